import { ExerciseLibrary } from "@/components/train/exercises/exercise-library";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Exercises" };

export default async function TrainerExercisesPage() {
  await requireUser({ roles: ["trainer", "admin"] });
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Exercises</h1>
        <p className="text-sm text-slate-600">Browse the library and add your own exercises. Share one with your clients and they can find and log it too.</p>
      </div>
      <ExerciseLibrary canShare />
    </div>
  );
}
