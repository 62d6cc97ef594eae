import Link from "next/link";
import { ComplianceBar } from "@/components/trainer/clients/compliance-bar";
import { TargetsToReview } from "@/components/trainer/nutrition/targets-to-review";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/server/auth/session";

export default async function TrainerHomePage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const { caller } = await requireUser({ roles: ["trainer", "admin"] });
  const [{ trainer, clientCount, needsAttention, needsAttentionCount }, pendingTargets] = await Promise.all([caller.trainer.overview(), caller.trainerNutrition.pendingProposals()]);
  const { denied } = await searchParams;
  return (
    <div className="max-w-4xl space-y-6">
      {denied ? <Alert tone="info">The member app is for members; this is your workspace.</Alert> : null}
      <div>
        <h1 className="text-3xl font-bold">Welcome, {trainer.name ?? trainer.email}</h1>
        <p className="mt-1 text-slate-600">Your coaching workspace.</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <section className="card space-y-3" aria-labelledby="clients-heading">
          <h2 id="clients-heading" className="font-semibold">
            Clients
          </h2>
          <p className="text-3xl font-bold tabular-nums">{clientCount}</p>
          <p className="text-sm text-slate-600">{clientCount === 1 ? "active client" : "active clients"}</p>
          <Link href="/trainer/clients" className="btn-secondary">
            Open the roster
          </Link>
        </section>
        <section className="card space-y-3" aria-labelledby="attention-heading">
          <h2 id="attention-heading" className="font-semibold">
            Needs attention {needsAttentionCount > 0 ? <span className="text-slate-600">({needsAttentionCount})</span> : null}
          </h2>
          {needsAttention.length === 0 ? (
            <p className="text-sm text-slate-600">{clientCount === 0 ? "Once you have clients, the ones slipping show up here." : "Everyone is on track."}</p>
          ) : (
            <ul className="space-y-3">
              {needsAttention.map((row) => (
                <li key={row.clientId} className="space-y-1">
                  <div className="flex items-center justify-between gap-2">
                    <Link href={`/trainer/clients/${row.clientId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {row.name}
                    </Link>
                    <ComplianceBar rate={row.workouts.days30} label="Workouts, 30 days" />
                  </div>
                  <p className="text-sm text-amber-900">{row.flags.map((flag) => flag.reason).join(" · ")}</p>
                </li>
              ))}
            </ul>
          )}
          {needsAttentionCount > needsAttention.length ? (
            <Link href="/trainer/clients" className="text-sm text-brand-700 underline-offset-2 hover:underline">
              See all {needsAttentionCount} in the roster
            </Link>
          ) : null}
        </section>
        <TargetsToReview pending={pendingTargets} />
      </div>
    </div>
  );
}
