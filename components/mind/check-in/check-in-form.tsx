"use client";

import { useState } from "react";
import { checkInScaleOrder, sleepHoursLabel, type CheckInScale } from "@/lib/mind/check-in-scales";
import { CHECK_IN_NOTE_MAX, checkInTagLabels, checkInTags, type CheckInTag, type TSaveCheckInRequest } from "@/lib/schemas/mind";
import { ScalePicker } from "./scale-picker";

export type CheckInDraft = Record<CheckInScale, number | null> & { sleepHours: number; tags: CheckInTag[]; note: string };

const SLEEP_STEP = 0.25;

/**
 * The check-in itself: four taps, the sleep hours (pre-set from the last check-in), then Save. Tags and
 * the note are optional and out of the way, so the whole thing takes a few seconds.
 */
export function CheckInForm({ dayKey: openedOn, start, onSave, onCancel }: { dayKey: string; start: CheckInDraft; onSave: (input: TSaveCheckInRequest) => Promise<boolean>; onCancel?: () => void }) {
  // The day of the first answer: answers begun at 23:58 and saved after midnight are about that day (the
  // server takes a late check-in for yesterday when it has none), and nothing typed is lost. Until then
  // the form follows the current day, so a screen left open overnight checks in for the morning.
  const [startedOn, setStartedOn] = useState<string | null>(null);
  const dayKey = startedOn ?? openedOn;
  const [draft, setDraft] = useState<CheckInDraft>(start);
  const [error, setError] = useState<string | null>(null);
  const missing = checkInScaleOrder.filter((scale) => draft[scale] === null);
  const set = <K extends keyof CheckInDraft>(key: K, value: CheckInDraft[K]) => {
    setError(null);
    setStartedOn((day) => day ?? openedOn);
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const moveSleep = (delta: number) => set("sleepHours", Math.min(24, Math.max(0, Math.round((draft.sleepHours + delta) / SLEEP_STEP) * SLEEP_STEP)));

  return (
    <form
      className="space-y-4"
      aria-label="Daily check-in"
      onSubmit={(event) => {
        event.preventDefault();
        if (missing.length > 0) return setError("Answer each of the four questions (one tap each).");
        if (draft.note.length > CHECK_IN_NOTE_MAX) return setError(`Keep the note under ${CHECK_IN_NOTE_MAX} characters.`);
        void onSave({ dayKey, mood: draft.mood!, energy: draft.energy!, stress: draft.stress!, sleepQuality: draft.sleepQuality!, sleepHours: draft.sleepHours, tags: draft.tags, note: draft.note.trim() }).then((stored) => {
          if (!stored) setError("This phone could not store your check-in (its storage may be full). Your answers are still here: free some space and save again.");
        });
      }}
    >
      {checkInScaleOrder.map((scale) => (
        <ScalePicker key={scale} scale={scale} value={draft[scale]} onChange={(value) => set(scale, value)} />
      ))}
      <div className="space-y-1">
        <p id="sleep-hours-label" className="text-sm font-semibold text-slate-800">
          Hours of sleep
        </p>
        <div className="flex items-center gap-2" role="group" aria-labelledby="sleep-hours-label">
          <button type="button" className="btn-secondary w-11 px-0" aria-label="Sleep: 15 minutes less" onClick={() => moveSleep(-SLEEP_STEP)} disabled={draft.sleepHours <= 0}>
            −
          </button>
          <output className="min-w-[6rem] text-center text-lg font-semibold" aria-live="polite" data-testid="sleep-hours">
            {sleepHoursLabel(draft.sleepHours)}
          </output>
          <button type="button" className="btn-secondary w-11 px-0" aria-label="Sleep: 15 minutes more" onClick={() => moveSleep(SLEEP_STEP)} disabled={draft.sleepHours >= 24}>
            +
          </button>
        </div>
      </div>
      <details className="rounded-xl border border-slate-200 px-3 py-2" open={draft.tags.length > 0 || draft.note !== ""}>
        <summary className="cursor-pointer text-sm font-semibold text-slate-800">Tags and a note (optional)</summary>
        <fieldset className="mt-2">
          <legend className="sr-only">What affected your day</legend>
          <div className="flex flex-wrap gap-2">
            {checkInTags.map((tag) => {
              const on = draft.tags.includes(tag);
              return (
                <button
                  key={tag}
                  type="button"
                  aria-pressed={on}
                  className={`rounded-full border px-3 py-1 text-sm ${on ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700"}`}
                  onClick={() => set("tags", on ? draft.tags.filter((other) => other !== tag) : [...draft.tags, tag])}
                >
                  {checkInTagLabels[tag]}
                </button>
              );
            })}
          </div>
        </fieldset>
        <label htmlFor="check-in-note" className="mt-3 block text-sm font-medium text-slate-700">
          Note (only you can read it)
        </label>
        <textarea id="check-in-note" className="input mt-1 min-h-[4rem] w-full" maxLength={CHECK_IN_NOTE_MAX} value={draft.note} onChange={(event) => set("note", event.target.value)} />
      </details>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary flex-1">
          Save check-in
        </button>
        {onCancel ? (
          <button type="button" className="btn-secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
