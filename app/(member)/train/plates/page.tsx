import Link from "next/link";
import { PlateCalculator } from "@/components/train/plate-calculator";
import { TrainingSetupForm } from "@/components/train/training-setup-form";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Plate calculator" };

export default async function PlatesPage() {
  const { caller } = await requireUser({ roles: ["member"], onboarded: true });
  const setup = await caller.training.setup();
  return (
    <div className="space-y-4">
      <Link href="/train" className="text-sm font-semibold text-brand-700 underline">
        ← Train
      </Link>
      <h1 className="text-2xl font-bold">Plate calculator</h1>
      <section className="card">
        <PlateCalculator setup={setup} />
      </section>
      <section className="card space-y-3" aria-labelledby="setup-heading">
        <h2 id="setup-heading" className="text-lg font-semibold">
          Your bar and plates
        </h2>
        <p className="text-sm text-slate-600">Targets from your programs are rounded to what you can load.</p>
        <TrainingSetupForm initial={setup} />
      </section>
    </div>
  );
}
