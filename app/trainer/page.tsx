import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/server/auth/session";

export default async function TrainerHomePage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const { caller } = await requireUser({ roles: ["trainer", "admin"] });
  const { trainer } = await caller.trainer.overview();
  const { denied } = await searchParams;
  return (
    <div className="max-w-4xl space-y-6">
      {denied ? <Alert tone="info">The member app is for members; this is your workspace.</Alert> : null}
      <div>
        <h1 className="text-3xl font-bold">Welcome, {trainer.name ?? trainer.email}</h1>
        <p className="mt-1 text-slate-600">Your coaching workspace.</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <section className="card" aria-labelledby="clients-heading">
          <h2 id="clients-heading" className="font-semibold">Clients</h2>
          <p className="mt-2 text-sm text-slate-600">
            You have no clients yet. Inviting clients by email or code, the roster with compliance and
            &ldquo;needs attention&rdquo; flags arrive with the next release of the workspace.
          </p>
        </section>
        <section className="card" aria-labelledby="programs-heading">
          <h2 id="programs-heading" className="font-semibold">Programs</h2>
          <p className="mt-2 text-sm text-slate-600">
            The program builder (weeks × days × exercises, with progression rules) arrives with training.
          </p>
        </section>
      </div>
    </div>
  );
}
