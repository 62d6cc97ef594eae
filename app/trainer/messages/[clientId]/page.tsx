import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { MessageThread } from "@/components/messaging/message-thread";
import { ZObjectId } from "@/lib/schemas/program";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Conversation" };

/** One client's conversation. Someone who is not (or no longer) the trainer's client gets a plain notice. */
export default async function TrainerConversationPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { caller } = await requireUser({ roles: ["trainer", "admin"] });
  // The heading needs only the client's name: the thread's newest message carries it (one message
  // read, checked with requireClient) — not the whole conversation list, which would decrypt every
  // client's last message.
  let otherName: string | null = null;
  if (ZObjectId.safeParse(clientId).success) {
    try {
      otherName = (await caller.messages.thread({ clientId, limit: 1 })).other.name;
    } catch (error) {
      // Not a client of this trainer (refused and audited by the procedure) or no longer one.
      if (!(error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"].includes(error.code))) throw error;
    }
  }
  if (otherName === null) {
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
      <h1 className="text-2xl font-bold">{otherName}</h1>
      <div className="flex gap-3 text-sm">
        <Link href={`/trainer/clients/${clientId}`} className="font-semibold text-brand-700 underline">
          Client details
        </Link>
      </div>
      <MessageThread clientId={clientId} otherName={otherName} />
    </div>
  );
}
