import Link from "next/link";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Messages" };

const when = (date: Date) => date.toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** Conversations with every active client, newest activity first, unread ones marked. */
export default async function TrainerMessagesPage() {
  const { caller } = await requireUser({ roles: ["trainer", "admin"] });
  const conversations = await caller.messages.conversations();
  const unread = conversations.reduce((sum, conversation) => sum + conversation.unread, 0);
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Messages</h1>
        <p className="text-sm text-slate-600">{unread > 0 ? `${unread} unread` : "All caught up"}</p>
      </div>
      {conversations.length === 0 ? (
        <div className="card">
          <p className="text-slate-700">No clients yet. Invite a client to start a conversation.</p>
        </div>
      ) : (
        <ul className="card divide-y divide-slate-200 p-0" aria-label="Conversations">
          {conversations.map((conversation) => (
            <li key={conversation.conversationId}>
              <Link href={`/trainer/messages/${conversation.clientId}`} className="flex items-center gap-4 px-5 py-3 hover:bg-slate-50">
                <div className="min-w-0 flex-1">
                  <p className={`truncate ${conversation.unread > 0 ? "font-bold" : "font-semibold"}`}>{conversation.name}</p>
                  <p className="truncate text-sm text-slate-600">
                    {conversation.lastMessage ? `${conversation.lastMessage.mine ? "You: " : ""}${conversation.lastMessage.preview}` : "No messages yet"}
                  </p>
                </div>
                {conversation.lastMessage ? <span className="shrink-0 text-xs text-slate-500">{when(conversation.lastMessage.createdAt)}</span> : null}
                {conversation.unread > 0 ? (
                  <span className="shrink-0 rounded-full bg-red-600 px-2 text-xs font-bold leading-5 text-white">
                    {conversation.unread}
                    <span className="sr-only"> unread</span>
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
