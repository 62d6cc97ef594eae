"use client";

import Link from "next/link";
import type { THabitView } from "@/lib/schemas/habit";
import { TodayCheckIn } from "./day-check-in";
import { canCheckIn, formatDayKey, hasEnded, scheduleLabel, statusLabels, targetLabel } from "./habit-display";
import { cueSentence } from "@/lib/habits/cue-sentence";
import { StrengthRing } from "./strength-ring";
import type { HabitWrites } from "./use-habit-writes";

export function TrainerBadge() {
  return <span className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-semibold text-violet-900">From your trainer</span>;
}

/** One habit in a list: today's status and check-off, its strength and current streak. */
export function HabitCard({ habit, writes }: { habit: THabitView; writes: Pick<HabitWrites, "actions" | "syncOf" | "awaitingNewDay"> }) {
  const target = targetLabel(habit);
  return (
    <li className="card space-y-3 p-4" aria-labelledby={`habit-${habit.id}`} data-testid="habit-card">
      <div className="flex items-start gap-3">
        <StrengthRing score={habit.strength} />
        <div className="min-w-0 flex-1">
          <h3 id={`habit-${habit.id}`} className="font-semibold text-slate-900">
            <Link href={`/habits/${habit.id}`} className="underline-offset-2 hover:underline">
              {habit.name}
            </Link>
          </h3>
          <p className="text-sm text-slate-600">
            {scheduleLabel(habit.schedule)}
            {target ? ` · ${target}` : ""}
            {" · "}
            Streak <span data-testid="habit-streak">{habit.streak.current}</span>
          </p>
          {cueSentence(habit.cue) ? <p className="mt-1 text-sm italic text-slate-600">{cueSentence(habit.cue)}</p> : null}
          {habit.assignedBy ? (
            <p className="mt-1">
              <TrainerBadge />
            </p>
          ) : null}
        </div>
      </div>
      {canCheckIn(habit.today.status) ? (
        <TodayCheckIn habit={habit} writes={writes} />
      ) : (
        <p className="text-sm text-slate-600" data-testid="habit-today-status">
          {habit.today.status === "paused" ? "Paused today" : hasEnded(habit) ? `Ended ${formatDayKey(habit.endDate)}` : `${statusLabels[habit.today.status]} today`}
        </p>
      )}
    </li>
  );
}
