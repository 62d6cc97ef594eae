import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { WorkoutComments } from "@/components/messaging/workout-comments";
import { DeleteWorkoutButton } from "@/components/train/delete-workout-button";
import { describeSet } from "@/lib/train/describe-set";
import { ZClientId } from "@/lib/schemas/program";
import { recordLabels, type RecordKind } from "@/lib/train/records";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Workout" };

/** A logged workout, read back from the server (the running one is edited on Train). */
export default async function WorkoutPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const { caller } = await requireUser({ roles: ["member"], onboarded: true });
  const profile = await caller.profile.get();
  const unit = profile?.units.weight ?? "kg";
  const workout = ZClientId.safeParse(sessionId).success
    ? await caller.workouts.get({ sessionId }).catch((error: unknown) => {
        if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
        throw error;
      })
    : null;
  if (!workout) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">Workout not found</h1>
        <p className="text-slate-700">It may have been deleted, or it was logged on another account.</p>
        <Link href="/train" className="btn-secondary">
          Back to Train
        </Link>
      </div>
    );
  }
  const sets = workout.entries.reduce((sum, entry) => sum + entry.sets.length, 0);
  return (
    <div className="space-y-4">
      <div>
        <Link href="/train" className="text-sm font-semibold text-brand-700 underline">
          ← Train
        </Link>
        <h1 className="text-2xl font-bold">{workout.name}</h1>
        <p className="text-sm text-slate-600">
          {workout.dayKey} · {sets} sets{workout.durationMinutes ? ` · ${workout.durationMinutes} min` : ""}
          {workout.sessionRpe ? ` · RPE ${workout.sessionRpe}` : ""}
          {workout.sessionLoad ? ` · load ${workout.sessionLoad}` : ""}
          {workout.status === "active" ? " · in progress" : ""}
        </p>
        {workout.notes ? <p className="mt-1 text-slate-700">{workout.notes}</p> : null}
      </div>
      {workout.entries.map((entry) => (
        <section key={entry.id} className="card" aria-labelledby={`summary-${entry.id}`}>
          <h2 id={`summary-${entry.id}`} className="font-semibold">
            {entry.exercise.name}
          </h2>
          <ol className="mt-2 space-y-1 text-slate-800">
            {entry.sets.map((set, index) => (
              <li key={set.id} className="flex justify-between gap-2">
                <span>
                  {index + 1}. {describeSet(set, entry.exercise.measurement, unit)}
                  {set.type !== "working" ? ` (${set.type})` : ""}
                </span>
                {set.records.length > 0 ? (
                  <span className="rounded-full bg-amber-100 px-2 text-xs font-semibold text-amber-900">{set.records.map((kind) => recordLabels[kind as RecordKind] ?? kind).join(", ")}</span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {workout.status === "finished" ? <WorkoutComments sessionId={workout.id} viewer="member" /> : null}
      {workout.status === "finished" ? <DeleteWorkoutButton sessionId={workout.id} name={workout.name} /> : null}
    </div>
  );
}
