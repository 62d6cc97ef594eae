"use client";

import type { QueuedWrite } from "@/lib/offline/local-db";

/** One line that says whether what the member logged is on the server yet. */
export function SyncStatus({ pending, rejected, online, syncing }: { pending: QueuedWrite[]; rejected: QueuedWrite[]; online: boolean; syncing: boolean }) {
  const count = pending.length;
  let text = "All changes saved";
  let tone = "bg-emerald-50 text-emerald-900 border-emerald-200";
  if (count > 0 && !online) {
    text = `Offline · ${count} ${count === 1 ? "change" : "changes"} saved on this phone, will sync when you are back online`;
    tone = "bg-amber-50 text-amber-900 border-amber-200";
  } else if (count > 0) {
    text = syncing ? `Syncing ${count} ${count === 1 ? "change" : "changes"}…` : `${count} ${count === 1 ? "change" : "changes"} waiting to sync`;
    tone = "bg-sky-50 text-sky-900 border-sky-200";
  }
  return (
    <div className="space-y-2">
      <p role="status" data-testid="sync-status" data-pending={count} className={`rounded-xl border px-3 py-2 text-sm ${tone}`}>
        {text}
      </p>
      {rejected.length > 0 ? (
        <div role="alert" className="rounded-xl border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p className="font-semibold">The server refused {rejected.length === 1 ? "a change" : `${rejected.length} changes`}:</p>
          <ul className="list-disc pl-5">
            {rejected.map((write) => (
              <li key={write.seq}>{write.error}</li>
            ))}
          </ul>
          <p>They are kept on this phone; fix the set and log it again.</p>
        </div>
      ) : null}
    </div>
  );
}
