"use client";

import Link from "next/link";
import type { THabitView } from "@/lib/schemas/habit";
import { DayCheckIn } from "./day-check-in";
import { formatDayKey, scheduleLabel, statusLabels, targetLabel } from "./habit-display";
import { StrengthRing } from "./strength-ring";
import type { HabitWrites } from "./use-habit-writes";

export function TrainerBadge() {
  return <span className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-semibold text-violet-900">From your trainer</span>;
}

const canCheckToday = (habit: THabitView) => ["open", "done", "partial", "skipped", "missed"].includes(habit.today.status);

/** One habit in a list: today's status and check-off, its strength and current streak. */
export function HabitCard({ habit, writes }: { habit: THabitView; writes: Pick<HabitWrites, "actions" | "syncOf"> }) {
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
          {habit.cue && (habit.cue.after || habit.cue.will) ? (
            <p className="mt-1 text-sm italic text-slate-600">
              After I {habit.cue.after || "…"}, I will {habit.cue.will || "…"}
            </p>
          ) : null}
          {habit.assignedBy ? (
            <p className="mt-1">
              <TrainerBadge />
            </p>
          ) : null}
        </div>
      </div>
      {canCheckToday(habit) ? (
        <DayCheckIn
          habit={habit}
          dayKey={habit.today.dayKey}
          status={habit.today.status}
          value={habit.today.value}
          dayLabel="today"
          sync={writes.syncOf(habit.id, habit.today.dayKey)}
          actions={writes.actions}
        />
      ) : (
        <p className="text-sm text-slate-600" data-testid="habit-today-status">
          {habit.today.status === "paused" ? "Paused today" : habit.endDate && habit.endDate < habit.today.dayKey ? `Ended ${formatDayKey(habit.endDate)}` : `${statusLabels[habit.today.status]} today`}
        </p>
      )}
    </li>
  );
}
