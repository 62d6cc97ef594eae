"use client";

import { useRef, type MouseEvent } from "react";
import { clearDeviceCopies } from "@/lib/offline/local-db";

/**
 * The sign-out button. Before the form posts, it deletes this device's copies of the member's pages and
 * workouts (a shared phone must not show them to the next person). Queued writes stay: they belong to
 * their account and are sent when that member signs in again.
 */
export function SignOutSubmit({ className }: { className: string }) {
  const cleared = useRef(false);
  async function clearThenSubmit(event: MouseEvent<HTMLButtonElement>) {
    if (cleared.current) return;
    event.preventDefault();
    const form = event.currentTarget.form;
    try {
      await clearDeviceCopies();
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
