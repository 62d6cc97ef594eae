"use client";

import { useState } from "react";
import { checkInScaleOrder, checkInScales, scaleWord, sleepHoursLabel } from "@/lib/mind/check-in-scales";
import { checkInTagLabels, type CheckInTag, type TCheckInView, type TSaveCheckInRequest } from "@/lib/schemas/mind";
import { CheckInForm, type CheckInDraft } from "./check-in-form";

type Shown = Pick<TCheckInView, "mood" | "energy" | "stress" | "sleepQuality" | "sleepHours" | "tags" | "note">;

const DEFAULT_SLEEP_HOURS = 7.5;

function draftFrom(checkIn: Shown | null, lastSleepHours: number | null): CheckInDraft {
  if (!checkIn) return { mood: null, energy: null, stress: null, sleepQuality: null, sleepHours: lastSleepHours ?? DEFAULT_SLEEP_HOURS, tags: [], note: "" };
  return { ...checkIn, tags: checkIn.tags as CheckInTag[] };
}

/**
 * Today's check-in on /mind: the form until it is done, then what was recorded with "Edit" (all day
 * long; tomorrow it stays as it was). Saving works with no signal: it waits on the phone.
 */
export function CheckInCard({
  todayKey,
  saved,
  pending,
  lastSleepHours,
  onSave,
}: {
  todayKey: string;
  saved: TCheckInView | null;
  pending: TSaveCheckInRequest | undefined;
  lastSleepHours: number | null;
  onSave: (input: TSaveCheckInRequest) => Promise<boolean>;
}) {
  const current: Shown | null = pending ? { ...pending, tags: pending.tags ?? [], note: pending.note ?? "" } : saved && saved.dayKey === todayKey ? saved : null;
  const [editing, setEditing] = useState(false);

  if (!current || editing) {
    return (
      <section className="card space-y-3" aria-labelledby="check-in-heading">
        <div>
          <h2 id="check-in-heading" className="text-lg font-semibold">
            {current ? "Edit today's check-in" : "How are you today?"}
          </h2>
          <p className="text-sm text-slate-600">Four taps and Save. It helps you (and your coach, only if you choose to share) see what moves your training.</p>
        </div>
        <CheckInForm
          dayKey={todayKey}
          start={draftFrom(current, lastSleepHours)}
          onSave={async (input) => {
            const stored = await onSave(input);
            if (stored) setEditing(false);
            return stored;
          }}
          onCancel={current ? () => setEditing(false) : undefined}
        />
      </section>
    );
  }

  return (
    <section className="card space-y-3" aria-labelledby="check-in-heading">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="check-in-heading" className="text-lg font-semibold">
          Today&apos;s check-in
        </h2>
        {pending ? (
          <span data-testid="check-in-sync" className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
            Pending
          </span>
        ) : (
          <span className="text-sm text-emerald-700">Saved</span>
        )}
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm" data-testid="check-in-summary">
        {checkInScaleOrder.map((scale) => (
          <div key={scale} className="contents">
            <dt className="text-slate-600">{checkInScales[scale].label}</dt>
            <dd>{scaleWord(scale, current[scale])}</dd>
          </div>
        ))}
        <dt className="text-slate-600">Sleep</dt>
        <dd>{sleepHoursLabel(current.sleepHours)}</dd>
        {current.tags.length > 0 ? (
          <>
            <dt className="text-slate-600">Tags</dt>
            <dd>{current.tags.map((tag) => checkInTagLabels[tag as CheckInTag] ?? tag).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      {current.note ? <p className="rounded-xl bg-slate-50 px-3 py-2 text-sm text-slate-700">{current.note}</p> : null}
      <button type="button" className="btn-secondary" onClick={() => setEditing(true)}>
        Edit check-in
      </button>
    </section>
  );
}
