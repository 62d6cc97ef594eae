/**
 * The rest timer lives in localStorage as an end time, not a countdown, so a reload, a locked screen or
 * a killed tab resumes it at the right second. Browser only.
 */
export type RestTimer = { endsAt: number; seconds: number; label: string; url: string };

const KEY = "character-coach:rest-timer";

export function readRestTimer(now = Date.now()): RestTimer | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const timer = JSON.parse(raw) as RestTimer;
    return typeof timer.endsAt === "number" && timer.endsAt > now - 60_000 ? timer : null;
  } catch {
    return null;
  }
}

export function writeRestTimer(timer: RestTimer | null): void {
  if (timer) window.localStorage.setItem(KEY, JSON.stringify(timer));
  else window.localStorage.removeItem(KEY);
}

/**
 * Asks the service worker to notify when the rest ends: it fires even if the page is in the background
 * or the screen is locked. Re-sending the same end time after a reload replaces the earlier request.
 */
export async function scheduleRestNotification(timer: RestTimer | null): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration();
  const worker = registration?.active;
  if (!worker) return;
  worker.postMessage(
    timer
      ? { type: "REST_TIMER_START", endsAt: timer.endsAt, title: "Rest over", body: `Time for your next set: ${timer.label}`, url: timer.url }
      : { type: "REST_TIMER_CANCEL" },
  );
}

export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
