import { TrainerInbox } from "@/components/trainer/insights/trainer-inbox";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Inbox" };

/** The exception inbox: what across all clients is worth a message today, each with a drafted one. */
export default async function TrainerInboxPage() {
  const { caller } = await requireUser({ roles: ["trainer", "admin"] });
  const inbox = await caller.trainerInsights.inbox();
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Inbox</h1>
        <p className="text-sm text-slate-600">Insights across your clients worth acting on, each with a message drafted from the numbers. Sent and dismissed items stay handled.</p>
      </div>
      <TrainerInbox initial={inbox} />
    </div>
  );
}
