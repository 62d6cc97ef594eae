import Link from "next/link";
import type { TDiaryDayView } from "@/lib/schemas/nutrition";

const kcal = (value: number) => Math.round(value).toLocaleString("en-US");

/** Today's eating at a glance: energy against the day's target and protein, with the way into Eat. */
export function TodayNutrition({ day }: { day: TDiaryDayView }) {
  const target = day.target;
  const left = target ? Math.round(target.energyKcal - day.totals.energyKcal) : null;
  return (
    <section className="card" aria-labelledby="today-nutrition">
      <div className="flex items-center justify-between gap-3">
        <h2 id="today-nutrition" className="text-lg font-semibold">Eating today</h2>
        <Link href="/eat" className="text-sm font-semibold text-brand-700 underline">
          {day.entries.length === 0 ? "Log a meal" : "Open Eat"}
        </Link>
      </div>
      <p className="mt-2 text-slate-900">
        <span className="font-semibold">{kcal(day.totals.energyKcal)} kcal</span>
        {target ? <span className="text-slate-600"> of {kcal(target.energyKcal)} ({day.dayType === "training" ? "training day" : "rest day"})</span> : null}
      </p>
      {left !== null ? (
        <p className="text-sm text-slate-700">{left >= 0 ? `${kcal(left)} kcal left` : `${kcal(-left)} kcal over`} · protein {Math.round(day.totals.proteinG)} of {Math.round(target!.proteinG)} g</p>
      ) : (
        <p className="text-sm text-slate-700">Set your targets in Eat to see how your day adds up.</p>
      )}
    </section>
  );
}
