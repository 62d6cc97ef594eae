import Link from "next/link";
import { HistoryImport } from "@/components/train/import/history-import";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Import workout history" };

export default async function ImportHistoryPage() {
  const { caller } = await requireUser({ roles: ["member"], onboarded: true });
  const profile = await caller.profile.get();
  return (
    <div className="space-y-4">
      <Link href="/train" className="text-sm font-semibold text-brand-700 underline">
        ← Train
      </Link>
      <div>
        <h1 className="text-2xl font-bold">Import workout history</h1>
        <p className="text-slate-700">Bring your workouts over from Strong or Hevy: your records and progress pick them up.</p>
      </div>
      <HistoryImport defaultUnit={profile?.units.weight ?? "kg"} />
    </div>
  );
}
