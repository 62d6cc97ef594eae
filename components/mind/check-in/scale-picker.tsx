"use client";

import { checkInScales, type CheckInScale } from "@/lib/mind/check-in-scales";

/**
 * One 1–5 scale as a row of radio buttons drawn as tappable faces with words: one tap answers it, the
 * arrow keys move along it, and a screen reader hears "Mood: Good". The (transparent) radio covers its
 * whole tile, so the tap lands on the control itself.
 */
export function ScalePicker({ scale, value, onChange }: { scale: CheckInScale; value: number | null; onChange: (value: number) => void }) {
  const { label, question, points } = checkInScales[scale];
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-semibold text-slate-800">{question}</legend>
      <div className="grid grid-cols-5 gap-1">
        {points.map((point) => {
          const id = `${scale}-${point.value}`;
          const checked = value === point.value;
          return (
            <label
              key={point.value}
              htmlFor={id}
              className={`relative flex min-h-[3.5rem] cursor-pointer flex-col items-center justify-center rounded-xl border-2 px-1 py-1 text-center text-xs leading-tight has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 ${
                checked ? "border-brand-600 bg-brand-50 font-semibold text-brand-900" : "border-slate-200 bg-white text-slate-700 hover:border-brand-400"
              }`}
            >
              <input id={id} type="radio" name={scale} value={point.value} checked={checked} onChange={() => onChange(point.value)} className="absolute inset-0 h-full w-full cursor-pointer appearance-none opacity-0" aria-label={`${label}: ${point.word}`} />
              <span aria-hidden className="text-xl">
                {point.face}
              </span>
              <span aria-hidden>{point.word}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
