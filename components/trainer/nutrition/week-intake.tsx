import { formatDayKey, formatNumber } from "@/components/eat/targets/targets-format";
import { WeekIntakeTable } from "@/components/eat/week-intake-table";
import type { TDiaryWeekView } from "@/lib/schemas/nutrition";

const WIDTH = 420;
const HEIGHT = 120;

/**
 * The last seven days' energy against each day's target: bars for what was eaten, a dash for the
 * target (SVG: no inline styles under the CSP), with the same numbers as a table for screen readers.
 */
export function WeekIntake({ week }: { week: TDiaryWeekView }) {
  const top = Math.max(1, ...week.days.flatMap((day) => [day.totals.energyKcal, day.target?.energyKcal ?? 0])) * 1.1;
  const slot = WIDTH / week.days.length;
  const y = (kcal: number) => HEIGHT - (kcal / top) * HEIGHT;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {week.loggedDays} of 7 days logged
        {week.average && week.targetAverage
          ? `: ${formatNumber(week.average.energyKcal)} kcal a day on average against ${formatNumber(week.targetAverage.energyKcal)} targeted.`
          : "."}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 18}`} className="h-36 w-full max-w-xl" aria-hidden focusable="false">
        {week.days.map((day, index) => {
          const x = index * slot;
          const eaten = day.totals.energyKcal;
          return (
            <g key={day.dayKey}>
              {day.logged ? <rect x={x + slot * 0.2} width={slot * 0.6} y={y(eaten)} height={HEIGHT - y(eaten)} rx="3" className={day.target && eaten > day.target.energyKcal * 1.1 ? "fill-amber-500" : "fill-brand-600"} /> : null}
              {day.target ? <line x1={x + slot * 0.1} x2={x + slot * 0.9} y1={y(day.target.energyKcal)} y2={y(day.target.energyKcal)} className="stroke-slate-900" strokeWidth="2" strokeDasharray="4 3" /> : null}
              <text x={x + slot / 2} y={HEIGHT + 14} textAnchor="middle" className="fill-slate-600 text-[11px]">
                {formatDayKey(day.dayKey, { weekday: "short" })}
              </text>
            </g>
          );
        })}
      </svg>
      <WeekIntakeTable week={week} caption="Energy eaten against target, last seven days" />
    </div>
  );
}
