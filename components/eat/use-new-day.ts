"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo } from "react";
import { addDaysToKey } from "@/lib/dates/day-key";
import { zeroNutrients } from "@/lib/nutrition/nutrients";
import type { TDiaryDayView } from "@/lib/schemas/nutrition";
import { useCurrentDayKey } from "@/components/habits/use-current-day-key";

/** A day with nothing logged yet, worked out on the phone (readAt 0: any answer from the server wins). */
function emptyDayLike(template: TDiaryDayView, dayKey: string): TDiaryDayView {
  return {
    ...template,
    dayKey,
    entries: [],
    totals: zeroNutrients(),
    water: [],
    waterMl: 0,
    dayTypeReason: "From your last visit: this may change once you're back online.",
    readAt: 0,
  };
}

/**
 * "Today" is the member's day now, not the day the page was made: the offline copy of /eat, or an app
 * left open overnight, must not log this morning's breakfast on yesterday. Online the fresh page is
 * fetched (once per day and tab, so a cached answer cannot loop); until then, or offline, the new day
 * starts empty on the phone with the last known target.
 */
export function useNewDay({ timeZone, todayKey, initial, previousDay }: { timeZone: string; todayKey: string; initial: TDiaryDayView; previousDay: TDiaryDayView }) {
  const router = useRouter();
  const currentDayKey = useCurrentDayKey(timeZone);
  const behind = currentDayKey !== null && initial.dayKey === todayKey && currentDayKey > todayKey;
  useEffect(() => {
    if (!behind || !navigator.onLine) return;
    try {
      if (sessionStorage.getItem("eat-new-day") === currentDayKey) return;
      sessionStorage.setItem("eat-new-day", currentDayKey!);
    } catch {
      // No session storage (private mode): refresh without the guard.
    }
    router.refresh();
  }, [behind, currentDayKey, router]);

  return useMemo(() => {
    if (!behind || currentDayKey === null) return { todayKey, initial, previousDay };
    const yesterdayKey = addDaysToKey(currentDayKey, -1);
    return {
      todayKey: currentDayKey,
      initial: emptyDayLike(initial, currentDayKey),
      previousDay: yesterdayKey === initial.dayKey ? initial : emptyDayLike(initial, yesterdayKey),
    };
  }, [behind, currentDayKey, todayKey, initial, previousDay]);
}
