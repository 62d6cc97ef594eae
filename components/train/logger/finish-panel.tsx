"use client";

import { useState } from "react";

/** Session RPE (how hard the whole workout felt) and duration give the session load, RPE × minutes. */
export function FinishPanel(props: {
  startedAt: Date;
  onCancel: () => void;
  onFinish: (values: { sessionRpe: number | null; durationMinutes: number | null; notes: string }) => void;
}) {
  const [rpe, setRpe] = useState("");
  const [minutes, setMinutes] = useState(() => String(Math.max(1, Math.round((Date.now() - props.startedAt.getTime()) / 60_000))));
  const [notes, setNotes] = useState("");
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="card space-y-3"
      aria-label="Finish workout"
      onSubmit={(event) => {
        event.preventDefault();
        const duration = Math.round(Number(minutes));
        if (!Number.isFinite(duration) || duration < 1 || duration > 600) return setError("Duration is 1 to 600 minutes.");
        props.onFinish({ sessionRpe: rpe ? Number(rpe) : null, durationMinutes: duration, notes: notes.trim() });
      }}
    >
      <h2 className="text-lg font-semibold">Finish workout</h2>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label className="label" htmlFor="session-rpe">
            How hard was it? (RPE 1–10)
          </label>
          <select id="session-rpe" className="input" value={rpe} onChange={(event) => setRpe(event.target.value)}>
            <option value="">Skip</option>
            {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="label" htmlFor="session-minutes">
            Duration (minutes)
          </label>
          <input id="session-minutes" className="input" inputMode="numeric" value={minutes} onChange={(event) => setMinutes(event.target.value)} />
        </div>
      </div>
      <div>
        <label className="label" htmlFor="session-notes">
          Workout notes
        </label>
        <textarea id="session-notes" className="input" rows={2} maxLength={1000} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </div>
      {rpe && Number(minutes) > 0 ? <p className="text-sm text-slate-700">Session load: {Math.round(Number(rpe) * Number(minutes))} (RPE × minutes)</p> : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary flex-1">
          Save workout
        </button>
        <button type="button" className="btn-secondary" onClick={props.onCancel}>
          Keep going
        </button>
      </div>
    </form>
  );
}
