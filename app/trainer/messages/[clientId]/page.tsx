import Link from "next/link";
import { MessageThread } from "@/components/messaging/message-thread";
import { ZObjectId } from "@/lib/schemas/program";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Conversation" };

/** One client's conversation. Someone who is not (or no longer) the trainer's client gets a plain notice. */
export default async function TrainerConversationPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { caller } = await requireUser({ roles: ["trainer", "admin"] });
  const conversation = ZObjectId.safeParse(clientId).success
    ? (await caller.messages.conversations()).find((candidate) => candidate.clientId === clientId) ?? null
    : null;
  // Only active clients are listed; the thread's own procedure checks again (and audits a refusal).
  if (!conversation) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">Conversation not available</h1>
        <p className="text-slate-700">This member is not one of your clients.</p>
        <Link href="/trainer/messages" className="btn-secondary">
          Back to messages
        </Link>
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-3">
      <Link href="/trainer/messages" className="text-sm font-semibold text-brand-700 underline">
        ← Messages
      </Link>
      <h1 className="text-2xl font-bold">{conversation.name}</h1>
      <div className="flex gap-3 text-sm">
        <Link href={`/trainer/clients/${clientId}`} className="font-semibold text-brand-700 underline">
          Client details
        </Link>
      </div>
      <MessageThread clientId={clientId} otherName={conversation.name} />
    </div>
  );
}
