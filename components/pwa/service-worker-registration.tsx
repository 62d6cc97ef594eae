"use client";

import { useEffect, useRef, useState } from "react";
import type { Workbox } from "workbox-window";

/**
 * Registers /sw.js (built by workbox-build after `next build`) and offers a reload when a new version
 * is waiting, instead of switching versions under a member in the middle of logging a set.
 */
/** `enabled` is false in development, where no service worker is built. */
export function ServiceWorkerRegistration({ enabled }: { enabled: boolean }) {
  const [updateReady, setUpdateReady] = useState(false);
  const workbox = useRef<Workbox | null>(null);

  useEffect(() => {
    if (!enabled || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    void import("workbox-window").then(({ Workbox }) => {
      if (cancelled) return;
      const wb = new Workbox("/sw.js", { scope: "/" });
      wb.addEventListener("waiting", () => setUpdateReady(true));
      workbox.current = wb;
      void wb.register();
    });
    return () => {
      cancelled = true;
    };
  }, [enabled]);

  // Reload only once the new worker controls the page, and only because the member asked: the first
  // install also takes control (clientsClaim), and reloading then would throw away what they were typing.
  function switchToNewVersion() {
    const wb = workbox.current;
    if (!wb) return;
    wb.addEventListener("controlling", () => window.location.reload());
    wb.messageSkipWaiting();
  }

  if (!updateReady) return null;
  return (
    <div role="status" className="fixed inset-x-3 bottom-24 z-50 mx-auto flex max-w-md items-center justify-between gap-3 rounded-2xl bg-slate-900 px-4 py-3 text-sm text-white shadow-lg md:bottom-6">
      <span>A new version of Character Coach is ready.</span>
      <button type="button" className="btn bg-white text-slate-900" onClick={switchToNewVersion}>
        Reload
      </button>
    </div>
  );
}
