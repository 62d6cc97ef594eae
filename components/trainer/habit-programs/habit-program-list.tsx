"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import type { THabitProgramSummary } from "@/lib/schemas/habit-program";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { LibraryToolbar } from "@/components/train/programs/library-toolbar";

const BASE_PATH = "/trainer/habit-programs";
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const updatedLabel = (date: Date) => date.toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });

/** The trainer's habit programs, newest change first, with edit and archive/restore. */
export function HabitProgramList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [showArchived, setShowArchived] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const programs = useQuery(trpc.habitPrograms.list.queryOptions({ includeArchived: showArchived }));
  const archive = useMutation(
    trpc.habitPrograms.archive.mutationOptions({
      onSuccess: async (program) => {
        setStatus(program.archived ? `“${program.name}” archived.` : `“${program.name}” restored.`);
        await queryClient.invalidateQueries({ queryKey: trpc.habitPrograms.list.queryKey() });
      },
    }),
  );

  return (
    <div className="space-y-4">
      <LibraryToolbar newHref={`${BASE_PATH}/new`} newLabel="New habit program" showArchived={showArchived} onShowArchivedChange={setShowArchived} />

      {archive.isError ? <Alert>{messageOf(archive.error)}</Alert> : null}
      {status ? <Alert tone="success">{status}</Alert> : null}

      {programs.isPending ? <p className="text-sm text-slate-600">Loading habit programs…</p> : null}
      {programs.isError ? <Alert>{messageOf(programs.error)}</Alert> : null}
      {programs.data && programs.data.length === 0 ? <EmptyState archivedToo={showArchived} /> : null}

      {programs.data && programs.data.length > 0 ? (
        <ul className="space-y-3" aria-label="Habit programs">
          {programs.data.map((program) => (
            <HabitProgramItem
              key={program.id}
              program={program}
              busy={archive.isPending}
              onArchive={(archived) => {
                setStatus(null);
                archive.reset();
                archive.mutate({ programId: program.id, archived });
              }}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function EmptyState({ archivedToo }: { archivedToo: boolean }) {
  return (
    <div className="card space-y-2">
      <p className="font-semibold text-slate-900">{archivedToo ? "No habit programs yet, archived or not." : "No habit programs yet."}</p>
      <p className="text-sm text-slate-700">
        A habit program adds habits to a client a few at a time, in phases over the weeks: for example “Drink water” in week 1, then “Walk 20 minutes” from week 3. Write it
        once, then assign it to any of your clients from the day they start.
      </p>
    </div>
  );
}

function HabitProgramItem({ program, busy, onArchive }: { program: THabitProgramSummary; busy: boolean; onArchive(archived: boolean): void }) {
  const headingId = useId();
  const named = <span className="sr-only"> {program.name}</span>;
  return (
    <li className="card space-y-3 p-4" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={headingId} className="break-words text-lg font-semibold">
            {program.name}
          </h2>
          <p className="text-sm text-slate-600">
            {plural(program.phaseCount, "phase", "phases")} · {plural(program.habitCount, "habit", "habits")} ·{" "}
            {program.lastPhaseWeek > 1 ? `last phase starts in week ${program.lastPhaseWeek}` : "all from week 1"} · updated {updatedLabel(program.updatedAt)}
          </p>
          {program.description ? <p className="mt-1 line-clamp-2 text-sm text-slate-700">{program.description}</p> : null}
        </div>
        {program.archived ? <span className="rounded-full bg-slate-200 px-3 py-1 text-sm font-semibold text-slate-800">Archived</span> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href={`${BASE_PATH}/${program.id}`} className="btn-secondary px-3">
          Edit{named}
        </Link>
        <button type="button" className="btn-secondary px-3" onClick={() => onArchive(!program.archived)} disabled={busy}>
          {program.archived ? "Restore" : "Archive"}
          {named}
        </button>
      </div>
    </li>
  );
}
