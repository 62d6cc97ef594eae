import { TrainerInbox } from "@/components/trainer/insights/trainer-inbox";
import { PendingApprovals } from "@/components/trainer/readiness/pending-approvals";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Inbox" };

/** The exception inbox: reduced sessions waiting for approval first, then what across all clients is worth a message today, each with a drafted one. */
export default async function TrainerInboxPage() {
  const { caller } = await requireUser({ roles: ["trainer", "admin"] });
  // If the approvals read fails, that section asks again itself (and shows the error); the inbox still renders.
  const [inbox, pending] = await Promise.all([caller.trainerInsights.inbox(), caller.readiness.pending().catch(() => null)]);
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Inbox</h1>
        <p className="text-sm text-slate-600">Insights across your clients worth acting on, each with a message drafted from the numbers. Sent and dismissed items stay handled.</p>
      </div>
      <PendingApprovals initial={pending} />
      <TrainerInbox initial={inbox} />
    </div>
  );
}
