"use client";

import { HabitEditor } from "@/components/habits/habit-editor";
import { ActionButton, TextField } from "@/components/train/programs/fields";
import { newKey } from "@/components/train/programs/program-draft";
import { ZProgramHabitSchema, type TProgramHabit } from "@/lib/schemas/habit-program";
import { habitDraftOf, habitSummary, MAX_HABITS_PER_PHASE, type DraftPhase } from "./habit-program-draft";

/** Which habit form is open: a habit of a phase (by key), or a new one (`habitKey` null). */
export type OpenHabit = { phaseKey: string; habitKey: string | null };

type Props = {
  phase: DraftPhase;
  index: number;
  /** The habit form open anywhere in the program; only one at a time, so nothing typed is dropped. */
  open: OpenHabit | null;
  groups: string[];
  errorAt(field: string): string | undefined;
  onChange(change: (phase: DraftPhase) => void): void;
  onOpen(open: OpenHabit | null): void;
  onRemove?: () => void;
};

/** One phase: its name, the week it starts in, and the habits it adds, each edited in place. */
export function PhaseEditor({ phase, index, open, groups, errorAt, onChange, onOpen, onRemove }: Props) {
  const number = index + 1;
  const headingId = `phase-${phase.key}`;
  const openHere = open?.phaseKey === phase.key ? open : null;
  const busy = open !== null;

  function keep(habitKey: string | null, parsed: TProgramHabit) {
    onChange((next) => {
      const existing = habitKey === null ? undefined : next.habits.find((item) => item.key === habitKey);
      if (existing) existing.habit = parsed;
      else next.habits.push({ key: newKey(), habit: parsed });
    });
    onOpen(null);
  }

  const habitForm = (habit: TProgramHabit | null, habitKey: string | null) => (
    <div className="rounded-xl border border-brand-200 bg-brand-50/40 p-3">
      <HabitEditor
        initial={habitDraftOf(habit)}
        audience="trainer"
        withDates={false}
        schema={ZProgramHabitSchema}
        groups={groups}
        submitLabel={habit ? "Update habit" : "Add habit"}
        ariaLabel={habit ? `Edit ${habit.name}` : `New habit for phase ${number}`}
        pending={false}
        onCancel={() => onOpen(null)}
        onSubmit={(definition) => {
          // The form checked it with this schema already; parsing drops the blank dates it carries.
          const parsed = ZProgramHabitSchema.safeParse(definition);
          if (parsed.success) keep(habitKey, parsed.data);
        }}
      />
    </div>
  );

  const habitsError = errorAt("habits");
  return (
    <section aria-labelledby={headingId} className="card space-y-4 p-3 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          Phase {number}
          {phase.name.trim() ? <span className="font-normal text-slate-600"> · {phase.name.trim()}</span> : null}
        </h2>
        {onRemove ? (
          <ActionButton context={String(number)} tone="danger" onClick={onRemove} disabled={busy}>
            Remove phase
          </ActionButton>
        ) : null}
      </div>

      <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
        <TextField
          label="Phase name (optional)"
          context={`Phase ${number}`}
          maxLength={60}
          value={phase.name}
          error={errorAt("name")}
          onChange={(name) => onChange((next) => void (next.name = name))}
        />
        <TextField
          label="Start week"
          context={`Phase ${number}`}
          inputMode="numeric"
          maxLength={2}
          value={phase.startWeek}
          error={errorAt("startWeek")}
          onChange={(startWeek) => onChange((next) => void (next.startWeek = startWeek))}
        />
      </div>

      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-700">Habits added in this phase</h3>
        {phase.habits.length === 0 && !openHere ? <p className="text-sm text-slate-600">No habits yet: add the first one.</p> : null}
        {phase.habits.length > 0 ? (
          <ul className="space-y-2" aria-label={`Habits in phase ${number}`}>
            {phase.habits.map((item) =>
              openHere?.habitKey === item.key ? (
                <li key={item.key}>{habitForm(item.habit, item.key)}</li>
              ) : (
                <li key={item.key} className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-slate-200 px-3 py-2">
                  <div className="min-w-0">
                    <p className="break-words font-medium text-slate-900">{item.habit.name}</p>
                    <p className="text-sm text-slate-600">{habitSummary(item.habit)}</p>
                  </div>
                  <div className="flex gap-2">
                    <ActionButton context={item.habit.name} disabled={busy} onClick={() => onOpen({ phaseKey: phase.key, habitKey: item.key })}>
                      Edit
                    </ActionButton>
                    <ActionButton
                      context={item.habit.name}
                      tone="danger"
                      disabled={busy}
                      onClick={() => onChange((next) => void (next.habits = next.habits.filter((existing) => existing.key !== item.key)))}
                    >
                      Remove
                    </ActionButton>
                  </div>
                </li>
              ),
            )}
          </ul>
        ) : null}
        {habitsError ? <p className="field-error">{habitsError}</p> : null}
        {openHere?.habitKey === null ? habitForm(null, null) : null}
        {openHere?.habitKey !== null && phase.habits.length < MAX_HABITS_PER_PHASE ? (
          <ActionButton context={`to phase ${number}`} disabled={busy} onClick={() => onOpen({ phaseKey: phase.key, habitKey: null })}>
            Add habit
          </ActionButton>
        ) : null}
      </div>
    </section>
  );
}
