"use client";

import { useEffect, useState } from "react";
import { formatClock, readRestTimer, scheduleRestNotification, writeRestTimer, type RestTimer } from "@/lib/train/rest-timer";

/** Starts (or replaces) the rest timer; the bar below picks it up through the storage event. */
export function startRestTimer(seconds: number, label: string): void {
  if (seconds <= 0) return;
  const timer: RestTimer = { endsAt: Date.now() + seconds * 1000, seconds, label, url: "/train" };
  writeRestTimer(timer);
  window.dispatchEvent(new Event("rest-timer"));
  void scheduleRestNotification(timer);
  // Asked on the member's own tap (logging a set), the only moment browsers allow the prompt.
  if ("Notification" in window && Notification.permission === "default") void Notification.requestPermission();
}

/**
 * The countdown, pinned above the bottom navigation. It reads the end time from storage on every
 * tick, so it is right after a reload or when the phone wakes from a locked screen.
 */
export function RestTimerBar() {
  const [timer, setTimer] = useState<RestTimer | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const load = () => setTimer(readRestTimer());
    load();
    // A reload keeps the timer; tell the service worker again in case it was restarted meanwhile.
    const existing = readRestTimer();
    if (existing && existing.endsAt > Date.now()) void scheduleRestNotification(existing);
    window.addEventListener("rest-timer", load);
    window.addEventListener("storage", load);
    const tick = window.setInterval(() => setNow(Date.now()), 250);
    return () => {
      window.removeEventListener("rest-timer", load);
      window.removeEventListener("storage", load);
      window.clearInterval(tick);
    };
  }, []);

  const remaining = timer ? Math.ceil((timer.endsAt - now) / 1000) : 1;
  const done = remaining <= 0;
  // With the page in front the phone buzzes too (the notification may not show over an open app).
  const endsAt = timer?.endsAt ?? 0;
  useEffect(() => {
    if (!done || endsAt === 0) return;
    if (document.visibilityState === "visible") navigator.vibrate?.([200, 100, 200]);
    // Browsers stop a service worker's wait after a few minutes, so a long rest may end unannounced:
    // the page asks again; the worker skips an end time it has already announced.
    else void scheduleRestNotification(readRestTimer(0));
  }, [done, endsAt]);

  if (!timer) return null;

  function adjust(deltaSeconds: number) {
    if (!timer) return;
    const next = { ...timer, endsAt: Math.max(Date.now(), timer.endsAt + deltaSeconds * 1000) };
    writeRestTimer(next);
    setTimer(next);
    void scheduleRestNotification(next);
  }
  function dismiss() {
    writeRestTimer(null);
    setTimer(null);
    void scheduleRestNotification(null);
  }

  return (
    <div
      role="timer"
      aria-label="Rest timer"
      className={`fixed inset-x-3 bottom-20 z-40 mx-auto flex max-w-md items-center justify-between gap-2 rounded-2xl px-4 py-2 text-white shadow-lg md:bottom-6 ${done ? "bg-emerald-700" : "bg-slate-900"}`}
    >
      <div>
        <p className={`text-xs ${done ? "text-white" : "text-slate-200"}`}>{done ? "Rest over" : `Rest · ${timer.label}`}</p>
        <p className="font-mono text-2xl font-semibold tabular-nums" data-testid="rest-remaining">
          {done ? "Go!" : formatClock(remaining)}
        </p>
      </div>
      <div className="flex gap-2">
        {!done ? (
          <>
            <button type="button" className="btn min-h-11 bg-white/15 px-3 text-white" onClick={() => adjust(-15)} aria-label="15 seconds less">
              −15
            </button>
            <button type="button" className="btn min-h-11 bg-white/15 px-3 text-white" onClick={() => adjust(30)} aria-label="30 seconds more">
              +30
            </button>
          </>
        ) : null}
        <button type="button" className="btn min-h-11 bg-white px-3 text-slate-900" onClick={dismiss}>
          {done ? "Dismiss" : "Skip"}
        </button>
      </div>
    </div>
  );
}
