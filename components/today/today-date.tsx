"use client";

import { formatDayKey } from "@/components/habits/habit-display";
import { useTodayKey } from "@/components/habits/use-current-day-key";

/**
 * The date above Today, kept current like the habits below it: a page from the offline copy or an app
 * left open overnight says the new day, not the one the page was made on.
 */
export function TodayDate({ servedDayKey, timeZone }: { servedDayKey: string; timeZone: string }) {
  const dayKey = useTodayKey(timeZone, servedDayKey);
  return (
    <p className="text-sm text-slate-500" data-testid="today-date">
      {formatDayKey(dayKey, { weekday: "long", day: "numeric", month: "long" })}
    </p>
  );
}
