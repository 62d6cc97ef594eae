"use client";

import { useRef, type MouseEvent } from "react";
import { clearDeviceCopies, countQueuedWrites } from "@/lib/offline/local-db";
import { stopPushOnThisDevice } from "@/lib/push/device-subscription";

/**
 * The sign-out button. Before the form posts, it deletes this device's copies of the member's pages and
 * workouts and stops its habit reminders (a shared phone must not show them to the next person). Queued writes stay: they belong to
 * their account and are sent when that member signs in again.
 */
export function SignOutSubmit({ className }: { className: string }) {
  const cleared = useRef(false);
  async function clearThenSubmit(event: MouseEvent<HTMLButtonElement>) {
    if (cleared.current) return;
    event.preventDefault();
    const form = event.currentTarget.form;
    // Offline the sign-out cannot reach the server: the member would stay signed in with the device
    // copies gone, and re-log what looked missing.
    if (!navigator.onLine) {
      window.alert("You are offline. Sign out once you are back online.");
      return;
    }
    const waiting = await countQueuedWrites().catch(() => 0);
    if (waiting > 0 && !window.confirm(`${waiting} ${waiting === 1 ? "change has" : "changes have"} not reached the server yet. They stay on this phone and are sent the next time you sign in. Sign out anyway?`)) {
      return;
    }
    try {
      await Promise.all([clearDeviceCopies(), stopPushOnThisDevice()]);
    } finally {
      cleared.current = true;
      form?.requestSubmit();
    }
  }
  return (
    <button type="submit" className={className} onClick={clearThenSubmit}>
      Sign out
    </button>
  );
}
