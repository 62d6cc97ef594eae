import type { TDayTargets } from "@/lib/schemas/nutrition";
import { formatDifference, formatNutrient, nutrientRows } from "./targets-format";

/**
 * Training-day and rest-day targets side by side. With `compareTo`, each cell also shows the change from
 * those targets (a proposal against the current ones), so the reader sees what moves and by how much.
 */
export function TargetsTable({ targets, caption, compareTo }: { targets: TDayTargets; caption: string; compareTo?: TDayTargets | null }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="text-left text-slate-600">
          <th scope="col" className="py-1 font-medium">
            Per day
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Training day
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Rest day
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {nutrientRows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="py-1.5 text-left font-normal text-slate-700">
              {row.label}
            </th>
            {(["training", "rest"] as const).map((day) => (
              <td key={day} className="py-1.5 text-right tabular-nums">
                <span className="font-semibold text-slate-900">{formatNutrient(targets[day], row.key)}</span>
                {compareTo ? (
                  <span className="block text-xs text-slate-600">
                    was {formatNutrient(compareTo[day], row.key)} ({formatDifference(compareTo[day][row.key], targets[day][row.key], row.unit)})
                  </span>
                ) : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
