"use client";

import { useEffect, useState, type FormEvent } from "react";
import { weightToKg, type WeightUnit } from "@/lib/units";

const LIMITS_KG = { min: 30, max: 350 };

/**
 * Today's weigh-in (or a past day's), typed in the member's unit and sent in kilograms. The date starts
 * at the member's today once it is known (their time zone, not the server's).
 */
export function WeightForm({ unit, todayKey, onLog }: { unit: WeightUnit; todayKey: string | null; onLog: (dayKey: string, kg: number) => void | Promise<boolean> }) {
  const [dayKey, setDayKey] = useState(todayKey ?? "");
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  useEffect(() => {
    if (todayKey) setDayKey((current) => current || todayKey);
  }, [todayKey]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const number = Number(value.replace(",", "."));
    const kg = weightToKg(number, unit);
    const range = unit === "kg" ? "30 and 350 kg" : "66 and 772 lb";
    setDateError(!/^\d{4}-\d{2}-\d{2}$/.test(dayKey) ? "Choose a day" : todayKey && dayKey > todayKey ? "Weigh-ins can't be in the future" : null);
    if (value.trim() === "" || !Number.isFinite(number)) return setError("Enter your weight");
    if (kg < LIMITS_KG.min || kg > LIMITS_KG.max) return setError(`Enter a weight between ${range}`);
    setError(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dayKey) || (todayKey && dayKey > todayKey)) return;
    const stored = onLog(dayKey, kg);
    // A queued weigh-in: clear the number only once the phone has stored it (else it stays to try again).
    if (stored instanceof Promise) void stored.then((ok) => ok && setValue((current) => (current === value ? "" : current)));
    else setValue("");
  }

  return (
    <form className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label="Log your weight" onSubmit={submit} noValidate>
      <div>
        <label htmlFor="weight-value" className="label">
          Weight ({unit})
        </label>
        <input
          id="weight-value"
          className="input"
          inputMode="decimal"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "weight-value-error" : undefined}
        />
        {error ? (
          <p id="weight-value-error" className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="weight-day" className="label">
          Day
        </label>
        <input
          id="weight-day"
          type="date"
          className="input"
          value={dayKey}
          max={todayKey ?? undefined}
          onChange={(event) => setDayKey(event.target.value)}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={dateError ? "weight-day-error" : undefined}
        />
        {dateError ? (
          <p id="weight-day-error" className="field-error" role="alert">
            {dateError}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn-primary">
        Log weight
      </button>
    </form>
  );
}
