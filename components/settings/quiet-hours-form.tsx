"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { messageOf, useTRPC } from "@/lib/trpc/react";

const DEFAULT_QUIET = { from: "22:00", to: "07:00" };

/** No reminders during these hours (in the member's time zone); a reminder due then waits until they end. */
export function QuietHoursForm() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.push.settings.queryOptions());
  const save = useMutation(trpc.push.saveSettings.mutationOptions());
  const [enabled, setEnabled] = useState(false);
  const [from, setFrom] = useState(DEFAULT_QUIET.from);
  const [to, setTo] = useState(DEFAULT_QUIET.to);

  useEffect(() => {
    const quiet = settings.data?.quietHours;
    setEnabled(Boolean(quiet));
    if (quiet) {
      setFrom(quiet.from);
      setTo(quiet.to);
    }
  }, [settings.data]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    save.mutate({ quietHours: enabled ? { from, to } : null });
  }

  if (settings.isPending) return <p className="text-sm text-slate-600">Loading quiet hours…</p>;
  return (
    <form onSubmit={submit} aria-label="Quiet hours" className="space-y-3">
      <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-800">
        <input type="checkbox" className="h-5 w-5" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        Quiet hours
      </label>
      {enabled ? (
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label className="label" htmlFor="quiet-from">From</label>
            <input id="quiet-from" type="time" className="input" value={from} required onChange={(event) => setFrom(event.target.value)} />
          </div>
          <div>
            <label className="label" htmlFor="quiet-to">Until</label>
            <input id="quiet-to" type="time" className="input" value={to} required onChange={(event) => setTo(event.target.value)} />
          </div>
        </div>
      ) : null}
      <p className="text-xs text-slate-600">A reminder due in quiet hours waits until they end, or is dropped if that day&apos;s next reminder comes first.</p>
      <button type="submit" className="btn-secondary" disabled={save.isPending}>Save quiet hours</button>
      {save.isSuccess ? <Alert tone="success">Quiet hours saved.</Alert> : null}
      {save.error ? <Alert>{messageOf(save.error)}</Alert> : null}
    </form>
  );
}
