"use client";

import Link from "next/link";
import type { THabitView } from "@/lib/schemas/habit";
import { HabitCard, TrainerBadge } from "./habit-card";
import { formatDayKey, groupHabits, isUpcoming } from "./habit-display";
import { SyncStatusAfterChange } from "@/components/train/logger/sync-status";
import { useHabitWrites } from "./use-habit-writes";
import { HABIT_FORMATION_MEDIAN_DAYS } from "@/lib/habits/habit-stats";

/** /habits: routines together with today's check-off, upcoming habits apart, an empty state that leads to creation. */
export function HabitsScreen({ userId, timeZone, initial }: { userId: string; timeZone: string; initial: THabitView[] }) {
  const writes = useHabitWrites({ userId, timeZone, initial });
  const current = writes.habits.filter((habit) => !isUpcoming(habit));
  const upcoming = writes.habits.filter(isUpcoming).sort((a, b) => a.startDate.localeCompare(b.startDate));
  const groups = groupHabits(current);

  return (
    <div className="space-y-5">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Habits</h1>
        {writes.habits.length > 0 ? (
          <Link href="/habits/new" className="btn-primary">
            New habit
          </Link>
        ) : null}
      </div>
      <SyncStatusAfterChange outbox={writes.outbox} />

      {writes.habits.length === 0 ? (
        <section className="card space-y-3" aria-labelledby="no-habits">
          <h2 id="no-habits" className="text-lg font-semibold">
            Start with one small habit
          </h2>
          <p className="text-slate-700">
            Pick something you can do even on a bad day, tie it to something you already do (&ldquo;After I pour my coffee, I will…&rdquo;) and check it off here.
          </p>
          <p className="text-sm text-slate-600">
            Habits take weeks to months to feel automatic: about {HABIT_FORMATION_MEDIAN_DAYS} days on average in research, and a missed day does not undo your progress.
          </p>
          <Link href="/habits/new" className="btn-primary">
            Create your first habit
          </Link>
        </section>
      ) : null}

      {groups.map((group) => (
        <section key={group.name || "-"} aria-labelledby={`group-${group.name || "none"}`} className="space-y-2">
          <h2 id={`group-${group.name || "none"}`} className="text-sm font-semibold uppercase tracking-wide text-slate-600">
            {group.name || (groups.length > 1 ? "Other habits" : "Your habits")}
          </h2>
          <ul className="space-y-3" aria-label={group.name || "Habits"}>
            {group.habits.map((habit) => (
              <HabitCard key={habit.id} habit={habit} writes={writes} />
            ))}
          </ul>
        </section>
      ))}

      {upcoming.length > 0 ? (
        <section aria-labelledby="upcoming" className="space-y-2">
          <h2 id="upcoming" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
            Upcoming
          </h2>
          <ul className="card divide-y divide-slate-100 p-0">
            {upcoming.map((habit) => (
              <li key={habit.id}>
                <Link href={`/habits/${habit.id}`} className="flex min-h-11 flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-slate-50">
                  <span className="font-medium text-slate-900">{habit.name}</span>
                  <span className="flex items-center gap-2 text-sm text-slate-600">
                    {habit.assignedBy ? <TrainerBadge /> : null}
                    Starts {formatDayKey(habit.startDate)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
