"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import type { TProgramSummary } from "@/lib/schemas/program";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { LibraryToolbar } from "@/components/train/programs/library-toolbar";

/** Today on this device, as YYYY-MM-DD (the member's local day, not UTC's). */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The caller's programs with what can be done to each: edit, copy, archive or restore, start or stop. */
export function ProgramList({ basePath }: { basePath: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [showArchived, setShowArchived] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const programs = useQuery(trpc.programs.list.queryOptions({ includeArchived: showArchived }));

  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.programs.list.queryKey() });
  const copy = useMutation(trpc.programs.copy.mutationOptions({ onSuccess: async (created) => { setStatus(`Copied as “${created.name}”.`); await invalidate(); } }));
  const archive = useMutation(
    trpc.programs.archive.mutationOptions({
      onSuccess: async (program) => {
        setStatus(program.archived ? `“${program.name}” archived.` : `“${program.name}” restored.`);
        await invalidate();
      },
    }),
  );
  const start = useMutation(trpc.programs.start.mutationOptions({ onSuccess: async (program) => { setStatus(`“${program.name}” is now your active program.`); await invalidate(); } }));
  const stop = useMutation(trpc.programs.stop.mutationOptions({ onSuccess: async () => { setStatus("Program stopped."); await invalidate(); } }));
  const actionError = copy.error ?? archive.error ?? start.error ?? stop.error;
  const busy = copy.isPending || archive.isPending || start.isPending || stop.isPending;

  function clearFeedback() {
    setStatus(null);
    copy.reset();
    archive.reset();
    start.reset();
    stop.reset();
  }

  return (
    <div className="space-y-4">
      <LibraryToolbar newHref={`${basePath}/new`} newLabel="New program" showArchived={showArchived} onShowArchivedChange={setShowArchived} />

      {actionError ? <Alert>{messageOf(actionError)}</Alert> : null}
      {status ? <Alert tone="success">{status}</Alert> : null}

      {programs.isPending ? <p className="text-sm text-slate-600">Loading programs…</p> : null}
      {programs.isError ? <Alert>{messageOf(programs.error)}</Alert> : null}
      {programs.data && programs.data.length === 0 ? (
        <div className="card">
          <p className="text-slate-700">{showArchived ? "No programs yet, archived or not." : "No programs yet."} Write one to plan your weeks.</p>
        </div>
      ) : null}

      {programs.data && programs.data.length > 0 ? (
        <ul className="space-y-3" aria-label="Programs">
          {programs.data.map((program) => (
            <ProgramItem
              key={program.id}
              program={program}
              basePath={basePath}
              busy={busy}
              onCopy={() => {
                clearFeedback();
                copy.mutate({ programId: program.id });
              }}
              onArchive={(archived) => {
                clearFeedback();
                archive.mutate({ programId: program.id, archived });
              }}
              onStart={(startDate) => {
                clearFeedback();
                start.mutate({ programId: program.id, startDate });
              }}
              onStop={() => {
                clearFeedback();
                stop.mutate();
              }}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

type ItemProps = {
  program: TProgramSummary;
  basePath: string;
  busy: boolean;
  onCopy(): void;
  onArchive(archived: boolean): void;
  onStart(startDate: string): void;
  onStop(): void;
};

function ProgramItem({ program, basePath, busy, onCopy, onArchive, onStart, onStop }: ItemProps) {
  const ids = useId();
  const [starting, setStarting] = useState(false);
  const [startDate, setStartDate] = useState(localToday);
  const headingId = `${ids}-name`;
  const named = <span className="sr-only"> {program.name}</span>;

  function submitStart(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!startDate) return;
    setStarting(false);
    onStart(startDate);
  }

  return (
    <li className="card space-y-3 p-4" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={headingId} className="break-words text-lg font-semibold">
            {program.name}
          </h2>
          <p className="text-sm text-slate-600">
            {plural(program.weekCount, "week", "weeks")} × {plural(program.daysPerWeek, "day", "days")}/week
          </p>
          {program.description ? <p className="mt-1 line-clamp-2 text-sm text-slate-700">{program.description}</p> : null}
        </div>
        <div className="flex gap-2">
          {program.active ? <span className="rounded-full bg-brand-100 px-3 py-1 text-sm font-semibold text-brand-900">Active</span> : null}
          {program.archived ? <span className="rounded-full bg-slate-200 px-3 py-1 text-sm font-semibold text-slate-800">Archived</span> : null}
        </div>
      </div>

      <div className="flex flex-wrap gap-2">
        <Link href={`${basePath}/${program.id}`} className="btn-secondary px-3">
          Edit{named}
        </Link>
        <button type="button" className="btn-secondary px-3" onClick={onCopy} disabled={busy}>
          Copy{named}
        </button>
        <button type="button" className="btn-secondary px-3" onClick={() => onArchive(!program.archived)} disabled={busy}>
          {program.archived ? "Restore" : "Archive"}
          {named}
        </button>
        {program.active ? (
          <button type="button" className="btn-secondary px-3" onClick={onStop} disabled={busy}>
            Stop{named}
          </button>
        ) : !program.archived && !starting ? (
          <button type="button" className="btn-secondary px-3" onClick={() => setStarting(true)} disabled={busy}>
            Start{named}
          </button>
        ) : null}
      </div>

      {starting ? (
        <form onSubmit={submitStart} className="flex flex-wrap items-end gap-2 rounded-xl bg-slate-50 p-3" aria-label={`Start ${program.name}`}>
          <div>
            <label htmlFor={`${ids}-start`} className="label">
              Start date
            </label>
            <input id={`${ids}-start`} type="date" required className="input" value={startDate} onChange={(event) => setStartDate(event.target.value)} />
          </div>
          <button type="submit" className="btn-primary" disabled={busy || !startDate}>
            Start program
          </button>
          <button type="button" className="btn-secondary" onClick={() => setStarting(false)}>
            Cancel
          </button>
        </form>
      ) : null}
    </li>
  );
}
