import { AttentionSettings } from "@/components/trainer/clients/attention-settings";
import { RosterTable } from "@/components/trainer/clients/roster-table";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Clients" };

export default async function ClientsPage() {
  await requireUser({ roles: ["trainer", "admin"] });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Clients</h1>
        <p className="text-sm text-slate-600">Compliance is completed ÷ scheduled: program sessions for workouts, checked-in days for habits.</p>
      </div>
      <RosterTable />
      <details className="card">
        <summary className="cursor-pointer font-semibold">Needs attention settings</summary>
        <div className="mt-3">
          <AttentionSettings />
        </div>
      </details>
    </div>
  );
}
