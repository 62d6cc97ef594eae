"use client";

import Link from "next/link";
import type { THabitView } from "@/lib/schemas/habit";
import { TodayCheckIn } from "@/components/habits/day-check-in";
import { canCheckIn, groupHabits, scheduleLabel, targetLabel } from "@/components/habits/habit-display";
import { SyncStatusAfterChange } from "@/components/train/logger/sync-status";
import { useHabitWrites } from "@/components/habits/use-habit-writes";

const dueToday = (habit: THabitView) => canCheckIn(habit.today.status);

/** Today's habits as routines, checked off right here (through the offline outbox like everywhere else). */
export function TodayHabits({ userId, timeZone, initial }: { userId: string; timeZone: string; initial: THabitView[] }) {
  const writes = useHabitWrites({ userId, timeZone, initial });
  const due = writes.habits.filter(dueToday);
  const done = due.filter((habit) => habit.today.status === "done").length;
  const groups = groupHabits(due);

  return (
    <section className="space-y-3" aria-labelledby="today-habits">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="today-habits" className="text-lg font-semibold">
          Today&apos;s habits
        </h2>
        <Link href="/habits" className="text-sm font-semibold text-brand-700 underline">
          All habits
        </Link>
      </div>
      <SyncStatusAfterChange outbox={writes.outbox} />
      {writes.habits.length === 0 ? (
        <div className="card space-y-3">
          <p className="text-slate-700">No habits yet. One small daily habit, tied to something you already do, is a good start.</p>
          <Link href="/habits/new" className="btn-primary">
            Create a habit
          </Link>
        </div>
      ) : due.length === 0 ? (
        <p className="card text-slate-700">Nothing due today. Enjoy the rest day.</p>
      ) : (
        <>
          <p className="text-sm text-slate-600" data-testid="today-habits-done">
            {done} of {due.length} done
          </p>
          {groups.map((group) => (
            <div key={group.name || "-"} className="card space-y-3 p-4">
              <h3 className="font-semibold text-slate-900">{group.name || (groups.length > 1 ? "Other habits" : "Habits")}</h3>
              <ul className="divide-y divide-slate-100" aria-label={group.name || "Habits"}>
                {group.habits.map((habit) => (
                  <li key={habit.id} className="space-y-2 py-3 first:pt-0 last:pb-0">
                    <p>
                      <Link href={`/habits/${habit.id}`} className="font-medium text-slate-900 underline-offset-2 hover:underline">
                        {habit.name}
                      </Link>
                      <span className="block text-sm text-slate-600">
                        {scheduleLabel(habit.schedule)}
                        {targetLabel(habit) ? ` · ${targetLabel(habit)}` : ""} · Streak {habit.streak.current}
                      </span>
                    </p>
                    <TodayCheckIn habit={habit} writes={writes} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
