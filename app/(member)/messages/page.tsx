import Link from "next/link";
import { MessageThread } from "@/components/messaging/message-thread";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Messages" };

/** The member's conversation with their trainer (mobile chat), or how to get a trainer when there is none. */
export default async function MessagesPage() {
  const { caller } = await requireUser({ roles: ["member"], onboarded: true });
  const [conversation] = await caller.messages.conversations();
  if (!conversation) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">Messages</h1>
        <div className="card space-y-2">
          <p className="font-semibold">No trainer yet</p>
          <p className="text-slate-700">When you accept a trainer&apos;s invitation, you can message them here.</p>
          <Link href="/settings" className="btn-secondary">
            Go to settings
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{conversation.name || "Your trainer"}</h1>
      <MessageThread otherName={conversation.name || "your trainer"} />
    </div>
  );
}
