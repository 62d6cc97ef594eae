import { formatDayKey } from "@/lib/dates/day-key";
import type { TDiaryWeekView } from "@/lib/schemas/nutrition";

const kcal = (value: number) => `${Math.round(value).toLocaleString("en-GB")} kcal`;

/** Seven days of energy eaten against each day's target, as a table: the accessible twin of the week charts. */
export function WeekIntakeTable({ week, caption, className = "" }: { week: TDiaryWeekView; caption: string; className?: string }) {
  return (
    <table className={`w-full text-left text-sm ${className}`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="text-slate-600">
          <th scope="col" className="py-1 font-medium">
            Day
          </th>
          <th scope="col" className="py-1 font-medium">
            Type
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Eaten
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Target
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {week.days.map((day) => (
          <tr key={day.dayKey}>
            <th scope="row" className="py-1 font-normal">
              {formatDayKey(day.dayKey)}
            </th>
            <td className="py-1 text-slate-600">{day.dayType === "training" ? "Training" : "Rest"}</td>
            <td className="py-1 text-right tabular-nums">{day.logged ? kcal(day.totals.energyKcal) : "Not logged"}</td>
            <td className="py-1 text-right tabular-nums">{day.target ? kcal(day.target.energyKcal) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
