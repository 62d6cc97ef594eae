"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { QueuedWrite } from "@/lib/offline/local-db";
import type { Outbox } from "../use-outbox";

const changes = (count: number) => `${count} ${count === 1 ? "change" : "changes"}`;

/** One line that says whether what the member logged is on the server yet, and what to do if not. */
export function SyncStatus({ outbox, onDiscard, describeWrite }: { outbox: Outbox; onDiscard?: (write: QueuedWrite) => void; describeWrite?: (write: QueuedWrite) => string }) {
  const props = {
    ...outbox,
    onRetry: (write: QueuedWrite) => void outbox.retry(write.seq!),
    onDiscard: onDiscard ?? ((write: QueuedWrite) => void outbox.discard(write.seq!)),
  };
  const count = props.pending.length;
  let text = "All changes saved";
  let tone = "bg-emerald-50 text-emerald-900 border-emerald-200";
  if (count > 0 && props.signedOut) {
    text = `${changes(count)} saved on this phone: sign in again to send them`;
    tone = "bg-amber-50 text-amber-900 border-amber-200";
  } else if (count > 0 && !props.online) {
    text = `Offline · ${changes(count)} saved on this phone, will sync when you are back online`;
    tone = "bg-amber-50 text-amber-900 border-amber-200";
  } else if (count > 0) {
    text = props.syncing ? `Syncing ${changes(count)}…` : `${changes(count)} waiting to sync`;
    tone = "bg-sky-50 text-sky-900 border-sky-200";
  }
  return (
    <div className="space-y-2">
      <p role="status" data-testid="sync-status" data-pending={count} className={`rounded-xl border px-3 py-2 text-sm ${tone}`}>
        {text}
        {count > 0 && props.signedOut ? (
          <>
            {" "}
            <Link href="/sign-in" className="font-semibold underline">
              Sign in
            </Link>
          </>
        ) : null}
      </p>
      {props.storageError ? (
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {props.storageError}
        </p>
      ) : null}
      {props.rejected.length > 0 ? (
        <div role="alert" className="space-y-2 rounded-xl border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p className="font-semibold">Not saved: the server refused {props.rejected.length === 1 ? "a change" : `${props.rejected.length} changes`}.</p>
          <ul className="space-y-2">
            {props.rejected.map((write) => (
              <li key={write.seq} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {describeWrite ? `${describeWrite(write)}: ` : ""}
                  {write.error}
                </span>
                <span className="flex gap-2">
                  <button type="button" className="btn-secondary" onClick={() => props.onRetry(write)}>
                    Try again
                  </button>
                  <button type="button" className="btn border border-red-300 bg-white text-red-800" onClick={() => props.onDiscard(write)}>
                    Discard
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** Screens where something was queued in this tab: a screen re-mounted by a navigation keeps its line. */
const touchedScreens = new Set<string>();

/**
 * The sync line for screens that are mostly read (habits, Today, Eat): shown once something was queued
 * on this screen (or is still waiting from before), since "All changes saved" is only news after a change.
 */
export function SyncStatusAfterChange({ outbox, describeWrite }: { outbox: Outbox; describeWrite?: (write: QueuedWrite) => string }) {
  const [touched, setTouched] = useState(() => typeof window !== "undefined" && touchedScreens.has(window.location.pathname));
  const busy = outbox.pending.length > 0 || outbox.rejected.length > 0 || outbox.storageError !== null;
  useEffect(() => {
    if (!busy) return;
    touchedScreens.add(window.location.pathname);
    setTouched(true);
  }, [busy]);
  if (!busy && !touched) return null;
  return <SyncStatus outbox={outbox} describeWrite={describeWrite} />;
}
