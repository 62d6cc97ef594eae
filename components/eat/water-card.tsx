import type { TDiaryDayView } from "@/lib/schemas/nutrition";
import { waterLabel, waterSteps, type WaterUnit } from "./diary-display";

/** The day's water against its target, a glass or a bottle in one tap, and the last one taken back. */
export function WaterCard({ day, unit, onAdd, onRemoveLast }: { day: TDiaryDayView; unit: WaterUnit; onAdd(ml: number): void; onRemoveLast(): void }) {
  const reached = day.waterMl >= day.waterTargetMl;
  return (
    <section aria-labelledby="water-title" className="card space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="water-title" className="text-lg font-semibold">
          Water
        </h2>
        <p className="text-sm text-slate-700" data-testid="water-total">
          <span className="font-semibold text-slate-900">{waterLabel(day.waterMl, unit)}</span> of {waterLabel(day.waterTargetMl, unit)}
          {reached ? " · target reached" : ""}
        </p>
      </div>
      <progress
        aria-labelledby="water-title"
        value={Math.min(day.waterMl, day.waterTargetMl)}
        max={Math.max(day.waterTargetMl, 1)}
        className="h-2.5 w-full appearance-none overflow-hidden rounded-full bg-slate-200 [&::-moz-progress-bar]:bg-sky-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-sky-600"
      />
      <div className="flex flex-wrap gap-2">
        {waterSteps(unit).map((step) => (
          <button key={step.ml} type="button" className="btn-secondary flex-1 whitespace-nowrap px-2" onClick={() => onAdd(step.ml)}>
            {step.label}
            <span className="sr-only"> of water</span>
          </button>
        ))}
        <button type="button" className="btn-secondary whitespace-nowrap px-3" disabled={day.water.length === 0} onClick={onRemoveLast}>
          Remove last
        </button>
      </div>
    </section>
  );
}
