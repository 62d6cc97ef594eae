"use client";

import { isoWeekdayOf } from "@/lib/dates/day-key";
import type { THabitView } from "@/lib/schemas/habit";
import { amountLabel, canCheckIn, formatDayKey, statusLabels, type DayStatus } from "./habit-display";

export type CalendarDay = { dayKey: string; status: DayStatus; value: number; pending: boolean };

/** Colour plus a glyph per status, so the heat map reads without colour too. */
const looks: Record<DayStatus, { className: string; glyph: string }> = {
  done: { className: "border-brand-600 bg-brand-600 text-white", glyph: "✓" },
  partial: { className: "border-brand-500 bg-brand-100 text-brand-900", glyph: "◐" },
  skipped: { className: "border-slate-400 bg-slate-200 text-slate-800", glyph: "–" },
  paused: { className: "border-sky-300 bg-sky-100 text-sky-900", glyph: "‖" },
  missed: { className: "border-red-300 bg-red-50 text-red-800", glyph: "×" },
  not_scheduled: { className: "border-slate-100 bg-slate-100 text-slate-600", glyph: "" },
  open: { className: "border-brand-600 border-dashed bg-white text-slate-900", glyph: "○" },
  future: { className: "border-transparent bg-transparent text-slate-500", glyph: "" },
  before_start: { className: "border-transparent bg-transparent text-slate-500", glyph: "" },
};

const legend: DayStatus[] = ["done", "partial", "skipped", "paused", "missed", "not_scheduled"];
const weekdayInitials = ["M", "T", "W", "T", "F", "S", "S"];

/**
 * The last 13 weeks, a row per week (Monday first) so each day is a thumb-sized target. Tapping a day
 * that can be logged selects it for back-fill.
 */
export function HabitCalendar(props: {
  habit: Pick<THabitView, "type" | "target" | "unit">;
  days: CalendarDay[];
  selected: string | null;
  onSelect: (dayKey: string) => void;
}) {
  const { days } = props;
  const lead = days.length > 0 ? isoWeekdayOf(days[0].dayKey) - 1 : 0;
  const cells: (CalendarDay | null)[] = [...Array.from({ length: lead }, () => null), ...days];
  return (
    <div className="space-y-3">
      <div className="grid grid-cols-7 gap-1 text-center text-xs font-semibold text-slate-600" aria-hidden>
        {weekdayInitials.map((initial, index) => (
          <span key={index}>{initial}</span>
        ))}
      </div>
      <ol className="grid grid-cols-7 gap-1" aria-label="Last 13 weeks">
        {cells.map((day, index) => {
          if (!day) return <li key={`pad-${index}`} aria-hidden />;
          const look = looks[day.status];
          const amount = props.habit.type === "numeric" && day.value > 0 ? `, ${amountLabel(props.habit, day.value)}` : "";
          const label = `${formatDayKey(day.dayKey)}: ${statusLabels[day.status]}${amount}${day.pending ? ", pending sync" : ""}`;
          const [, , dayOfMonth] = day.dayKey.split("-");
          // The 1st shows its month, so the grid reads as a calendar.
          const dayText = dayOfMonth === "01" ? formatDayKey(day.dayKey, { month: "short" }) : String(Number(dayOfMonth));
          const face = (
            <>
              <span className="sr-only">{label}</span>
              <span aria-hidden className="text-xs leading-none">
                {dayText}
              </span>
              <span aria-hidden className="h-4 text-sm leading-none">
                {look.glyph}
                {day.pending ? "*" : ""}
              </span>
            </>
          );
          const base = `flex min-h-11 w-full flex-col items-center justify-center gap-0.5 rounded-lg border ${look.className}`;
          return (
            <li key={day.dayKey} data-day-key={day.dayKey} data-status={day.status}>
              {canCheckIn(day.status) ? (
                <button
                  type="button"
                  className={`${base} ${props.selected === day.dayKey ? "ring-2 ring-slate-900 ring-offset-1" : ""}`}
                  aria-pressed={props.selected === day.dayKey}
                  onClick={() => props.onSelect(day.dayKey)}
                >
                  {face}
                </button>
              ) : (
                <span className={base}>{face}</span>
              )}
            </li>
          );
        })}
      </ol>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700" aria-label="Legend">
        {legend.map((status) => (
          <li key={status} className="flex items-center gap-1">
            <span aria-hidden className={`inline-flex h-5 w-5 items-center justify-center rounded border text-[11px] ${looks[status].className}`}>
              {looks[status].glyph}
            </span>
            {statusLabels[status]}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span aria-hidden className="font-semibold">*</span> Pending sync
        </li>
      </ul>
    </div>
  );
}
