import Link from "next/link";
import { ExerciseLibrary } from "@/components/train/exercises/exercise-library";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Exercises" };

export default async function ExercisesPage() {
  await requireUser({ roles: ["member"], onboarded: true });
  return (
    <div className="space-y-4">
      <Link href="/train" className="text-sm font-semibold text-brand-700 underline">
        ← Train
      </Link>
      <div>
        <h1 className="text-2xl font-bold">Exercises</h1>
        <p className="text-sm text-slate-600">Browse the library, or add an exercise it does not have yet. Only you see the ones you add.</p>
      </div>
      <ExerciseLibrary canShare={false} />
    </div>
  );
}
