import Link from "next/link";
import { addDaysToKey } from "@/lib/dates/day-key";
import type { TDiaryDayView } from "@/lib/schemas/nutrition";
import { dayTitle, formatDayKey, isViewableDay } from "./diary-display";

const dayHref = (dayKey: string, todayKey: string) => (dayKey === todayKey ? "/eat" : `/eat?day=${dayKey}`);

/** The day shown, its neighbours (never past tomorrow), its training/rest badge and the Eat sub-pages. */
export function DayHeader({ day, todayKey }: { day: TDiaryDayView; todayKey: string }) {
  const previous = addDaysToKey(day.dayKey, -1);
  const next = addDaysToKey(day.dayKey, 1);
  const title = dayTitle(day.dayKey, todayKey);
  return (
    <header className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        {isViewableDay(previous, todayKey) ? (
          <Link href={dayHref(previous, todayKey)} className="btn-secondary px-3" aria-label={`Previous day, ${formatDayKey(previous)}`}>
            <span aria-hidden="true">‹</span>
          </Link>
        ) : (
          <span className="w-11" />
        )}
        <div className="text-center">
          <h1 className="text-2xl font-bold">{title === "Today" ? "Eat today" : title}</h1>
          {title === "Today" || title === "Yesterday" || title === "Tomorrow" ? <p className="text-sm text-slate-600">{formatDayKey(day.dayKey, { weekday: "long", day: "numeric", month: "long" })}</p> : null}
        </div>
        {isViewableDay(next, todayKey) ? (
          <Link href={dayHref(next, todayKey)} className="btn-secondary px-3" aria-label={`Next day, ${formatDayKey(next)}`}>
            <span aria-hidden="true">›</span>
          </Link>
        ) : (
          <span className="w-11" />
        )}
      </div>
      <p className="flex flex-wrap items-center justify-center gap-2 text-sm text-slate-700">
        <span className={`rounded-full px-3 py-1 font-semibold ${day.dayType === "training" ? "bg-brand-100 text-brand-900" : "bg-slate-200 text-slate-800"}`}>
          {day.dayType === "training" ? "Training day" : "Rest day"}
        </span>
        <span>{day.dayTypeReason}</span>
      </p>
      <nav aria-label="Eat settings" className="flex flex-wrap justify-center gap-2 text-sm">
        <Link href="/eat/targets" className="rounded-full border border-slate-300 bg-white px-3 py-2 font-medium text-slate-800 hover:bg-slate-100">
          Targets
        </Link>
        <Link href="/eat/weight" className="rounded-full border border-slate-300 bg-white px-3 py-2 font-medium text-slate-800 hover:bg-slate-100">
          Weight
        </Link>
        <Link href="/eat/foods" className="rounded-full border border-slate-300 bg-white px-3 py-2 font-medium text-slate-800 hover:bg-slate-100">
          My foods
        </Link>
      </nav>
    </header>
  );
}
