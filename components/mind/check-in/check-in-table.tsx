import { formatDayKey } from "@/lib/dates/day-key";
import { scaleWord, sleepHoursLabel } from "@/lib/mind/check-in-scales";
import { checkInTagLabels, type CheckInTag, type TCheckInView } from "@/lib/schemas/mind";

type Row = Pick<TCheckInView, "dayKey" | "mood" | "energy" | "stress" | "sleepHours" | "sleepQuality" | "tags">;

export const tagLabel = (tag: string) => checkInTagLabels[tag as CheckInTag] ?? tag;

/**
 * Check-ins as a table, newest first, under a "Show as a table" toggle: the same numbers as the chart
 * above it, for screen readers and for anyone who prefers numbers. Used by the member and the trainer.
 */
export function CheckInTable({ checkIns, caption }: { checkIns: readonly Row[]; caption: string }) {
  return (
    <details>
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">Show as a table</summary>
      <table className="mt-2 w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 font-medium">Day</th>
            <th scope="col" className="py-1 font-medium">Mood</th>
            <th scope="col" className="py-1 font-medium">Energy</th>
            <th scope="col" className="py-1 font-medium">Stress</th>
            <th scope="col" className="py-1 font-medium">Sleep</th>
            <th scope="col" className="py-1 font-medium">Tags</th>
          </tr>
        </thead>
        <tbody>
          {[...checkIns].reverse().map((checkIn) => (
            <tr key={checkIn.dayKey} className="border-t border-slate-100 align-top">
              <th scope="row" className="py-1 text-left font-normal">{formatDayKey(checkIn.dayKey)}</th>
              <td className="py-1">{checkIn.mood} · {scaleWord("mood", checkIn.mood)}</td>
              <td className="py-1">{checkIn.energy} · {scaleWord("energy", checkIn.energy)}</td>
              <td className="py-1">{checkIn.stress} · {scaleWord("stress", checkIn.stress)}</td>
              <td className="py-1">
                {sleepHoursLabel(checkIn.sleepHours)}, {scaleWord("sleepQuality", checkIn.sleepQuality).toLowerCase()}
              </td>
              <td className="py-1">{checkIn.tags.length === 0 ? "—" : checkIn.tags.map(tagLabel).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
