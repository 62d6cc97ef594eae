import Link from "next/link";
import type { TTodayPlan } from "@/lib/schemas/workout";

/** Today's program day (or why there is none), with the way into Train. */
export function TodayWorkout({ plan }: { plan: TTodayPlan }) {
  const { program, schedule } = plan;
  if (!program || schedule.status === "no_program") return null;
  return (
    <section className="card" aria-labelledby="today-workout">
      <div className="flex items-center justify-between gap-3">
        <h2 id="today-workout" className="text-lg font-semibold">Today&apos;s workout</h2>
        <Link href="/train" className="text-sm font-semibold text-brand-700 underline">
          Open in Train
        </Link>
      </div>
      <p className="mt-1 text-sm text-slate-600">{program.name}</p>
      {schedule.status === "training" ? (
        <>
          <p className="mt-2 font-medium text-slate-900">
            {schedule.dayName} · week {schedule.weekIndex + 1}
          </p>
          <p className="text-sm text-slate-600">
            {schedule.entries.length} {schedule.entries.length === 1 ? "exercise" : "exercises"}: {schedule.entries.map((entry) => entry.exercise.name).join(", ")}
            {schedule.sessionId ? " · started" : ""}
          </p>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-700">
          {schedule.status === "rest"
            ? "Rest day: recovery is part of the plan."
            : schedule.status === "not_started"
              ? `Starts in ${schedule.startsInDays} ${schedule.startsInDays === 1 ? "day" : "days"}.`
              : "Program finished. Time to talk to your trainer about what comes next."}
        </p>
      )}
    </section>
  );
}
