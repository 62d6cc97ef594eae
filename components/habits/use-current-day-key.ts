"use client";

import { useEffect, useState } from "react";
import { dayKeyOf } from "@/lib/dates/day-key";

const CHECK_EVERY_MS = 60_000;

function currentDayKey(timeZone: string): string | null {
  try {
    return dayKeyOf(new Date(), timeZone);
  } catch {
    // An unknown zone name: keep the server's idea of today rather than guess.
    return null;
  }
}

/**
 * The member's calendar day now, in their own time zone, kept current while the screen stays open:
 * checked every minute and whenever the app comes back into view (an installed app resumed after
 * midnight does not reload). Null until mounted, so server-rendered and cached HTML hydrate as rendered.
 */
export function useCurrentDayKey(timeZone: string): string | null {
  const [dayKey, setDayKey] = useState<string | null>(null);
  useEffect(() => {
    const check = () => setDayKey(currentDayKey(timeZone));
    const onVisible = () => {
      if (document.visibilityState === "visible") check();
    };
    check();
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    document.addEventListener("visibilitychange", onVisible);
    // A page restored from the back/forward cache runs no effects again.
    window.addEventListener("pageshow", check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("pageshow", check);
    };
  }, [timeZone]);
  return dayKey;
}

/**
 * Today as a screen should use it: the member's day now, or the day the page was made until mounted
 * (and never a day behind the page, should the phone's clock be late).
 */
export function useTodayKey(timeZone: string, servedDayKey: string): string {
  const current = useCurrentDayKey(timeZone);
  return current !== null && current > servedDayKey ? current : servedDayKey;
}
