"use client";

import { useState } from "react";
import type { THabitView } from "@/lib/schemas/habit";
import { amountLabel, statusLabels, type DayStatus } from "./habit-display";
import type { HabitActions, HabitWrites } from "./use-habit-writes";

type Props = {
  habit: Pick<THabitView, "id" | "name" | "type" | "target" | "unit">;
  dayKey: string;
  status: DayStatus;
  value: number;
  /** "today" or a date such as "Mon 23 Nov", used in button names. */
  dayLabel: string;
  sync: "pending" | "refused" | "synced";
  actions: HabitActions;
};

/** The step −/+ move a numeric habit by: 1 for small targets, a tenth of the order of magnitude above. */
export function numericStep(target: number): number {
  return target <= 20 ? 1 : Math.pow(10, Math.floor(Math.log10(target)) - 1);
}

function SyncBadge({ sync }: { sync: Props["sync"] }) {
  if (sync === "synced") return null;
  return (
    <span data-testid="habit-sync" className={`rounded-full px-2 py-0.5 text-xs font-semibold ${sync === "refused" ? "bg-red-100 text-red-800" : "bg-amber-100 text-amber-900"}`}>
      {sync === "refused" ? "Not saved" : "Pending"}
    </span>
  );
}

/** What the member has typed in the amount field and not saved yet, and for which day. */
export type AmountDraft = { dayKey: string; text: string } | null;

/**
 * The amount field's text: the member's unsaved typing for this day, else the day's value. The typing
 * wins over a value that changes meanwhile (another queued write landing), never leaks to another day.
 */
export function amountFieldText(draft: AmountDraft, dayKey: string, value: number): string {
  return draft !== null && draft.dayKey === dayKey ? draft.text : String(value);
}

/**
 * Check-in for one habit on one day: a one-tap toggle for yes/no, −/+ and a typed amount for numeric
 * habits, skip and undo. Every tap goes to the outbox, so it works with no signal.
 */
export function DayCheckIn({ habit, dayKey, status, value, dayLabel, sync, actions }: Props) {
  // Until the member types, the field follows the value; their typing then stays until saved.
  const [draft, setDraft] = useState<AmountDraft>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = amountFieldText(draft, dayKey, value);
  const done = status === "done";
  const canUndo = status === "done" || status === "partial" || status === "skipped";
  const canSkip = status === "open" || status === "missed" || status === "partial";
  const forDay = dayLabel === "today" ? "" : ` on ${dayLabel}`;

  function setValue(next: number) {
    setError(null);
    setDraft(null);
    if (next <= 0) actions.undo(habit.id, dayKey);
    else actions.checkIn(habit.id, dayKey, next);
  }

  const secondary = (
    <>
      {canSkip ? (
        <button type="button" className="btn px-3 text-slate-700 hover:bg-slate-100" aria-label={`Skip ${dayLabel}: ${habit.name}`} onClick={() => actions.skip(habit.id, dayKey)}>
          Skip {dayLabel}
        </button>
      ) : null}
      {canUndo && (habit.type === "numeric" || status === "skipped") ? (
        <button type="button" className="btn px-3 text-slate-700 hover:bg-slate-100" aria-label={`Undo: ${habit.name}${forDay}`} onClick={() => actions.undo(habit.id, dayKey)}>
          Undo
        </button>
      ) : null}
      <SyncBadge sync={sync} />
    </>
  );

  if (habit.type === "boolean") {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-pressed={done}
          aria-label={`Check off ${habit.name}${forDay}`}
          onClick={() => (done ? actions.undo(habit.id, dayKey) : actions.checkIn(habit.id, dayKey, 1))}
          className={`btn min-w-[7.5rem] border-2 ${done ? "border-brand-600 bg-brand-600 text-white hover:bg-brand-700" : "border-slate-300 bg-white text-slate-800 hover:border-brand-600"}`}
        >
          <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round">
            {done ? <path d="M5 12l5 5L19 7" /> : <circle cx="12" cy="12" r="8" />}
          </svg>
          {done ? "Done" : status === "skipped" ? "Skipped" : "Mark done"}
        </button>
        {secondary}
      </div>
    );
  }

  const step = numericStep(habit.target);
  const inputId = `amount-${habit.id}-${dayKey}`;
  return (
    <form
      className="space-y-2"
      aria-label={`Amount for ${habit.name}${forDay}`}
      onSubmit={(event) => {
        event.preventDefault();
        const next = Number(shown.replace(",", "."));
        if (shown.trim() === "" || !Number.isFinite(next) || next < 0 || next > 100_000) return setError("Enter an amount of 0 or more.");
        setValue(next);
      }}
    >
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn-secondary w-11 px-0" aria-label={`${habit.name}: ${step} less`} onClick={() => setValue(Math.max(0, value - step))} disabled={value <= 0}>
          −
        </button>
        <label htmlFor={inputId} className="sr-only">
          {habit.name} amount{habit.unit ? ` (${habit.unit})` : ""}
          {forDay}
        </label>
        <input
          id={inputId}
          className="input w-20 text-center"
          inputMode="decimal"
          value={shown}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setDraft({ dayKey, text: event.target.value })}
          onBlur={() => {
            // Left as it was: nothing to keep, so the field follows the value again.
            if (shown.trim() === String(value)) setDraft(null);
          }}
        />
        <button type="button" className="btn-secondary w-11 px-0" aria-label={`${habit.name}: ${step} more`} onClick={() => setValue(value + step)}>
          +
        </button>
        <button type="submit" className="btn-primary px-3">
          Save
        </button>
      </div>
      <p className="text-sm text-slate-600" data-testid="habit-amount">
        {status === "skipped" ? statusLabels.skipped : amountLabel(habit, value)}
        {status === "done" ? " · target reached" : ""}
      </p>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">{secondary}</div>
    </form>
  );
}

/**
 * Today's check-in on a list or detail screen. Right after midnight, while the new day's page is on its
 * way from the server, there is nothing to tap: a tap now could only be for yesterday.
 */
export function TodayCheckIn({ habit, writes }: { habit: THabitView; writes: Pick<HabitWrites, "actions" | "syncOf" | "awaitingNewDay"> }) {
  if (writes.awaitingNewDay) {
    return (
      <p className="text-sm text-slate-600" role="status" data-testid="habit-new-day">
        A new day has started. Loading today&hellip;
      </p>
    );
  }
  return (
    <DayCheckIn
      habit={habit}
      dayKey={habit.today.dayKey}
      status={habit.today.status}
      value={habit.today.value}
      dayLabel="today"
      sync={writes.syncOf(habit.id, habit.today.dayKey)}
      actions={writes.actions}
    />
  );
}
