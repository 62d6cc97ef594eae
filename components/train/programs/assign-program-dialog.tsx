"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import type { TAssignmentOutcome, TAssignProgramResponse } from "@/lib/schemas/program-assignment";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { ClientPicker, useAssignableClients } from "@/components/trainer/client-picker";
import { useModalDialog } from "@/components/ui/use-modal-dialog";

/** Next Monday on this device (a week from today when today is Monday), as YYYY-MM-DD. */
function nextMonday(): string {
  const date = new Date();
  const isoWeekday = date.getDay() === 0 ? 7 : date.getDay();
  date.setDate(date.getDate() + (8 - isoWeekday));
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const outcomeText: Record<TAssignmentOutcome["status"], string> = {
  assigned: "Assigned",
  already_assigned: "Already had this version from that date: nothing changed",
  not_your_client: "Not assigned: no longer your client",
};

/**
 * On a trainer's template: the button that opens the assignment dialog, and who has a copy already.
 * Each client gets their own copy; editing the template later does not change it (assign again).
 */
export function AssignProgramSection({ programId, programName }: { programId: string; programName: string }) {
  const trpc = useTRPC();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const assignments = useQuery(trpc.trainerPrograms.assignments.queryOptions({ programId }));
  const templateVersion = assignments.data?.templateVersion;

  return (
    <section className="card space-y-3" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-lg font-semibold">
            Clients on this program
          </h2>
          <p className="text-sm text-slate-600">Each client gets their own copy. Later edits here do not change it: assign again to pass them on.</p>
        </div>
        <button type="button" className="btn-primary" onClick={() => setOpen(true)}>
          Assign to clients
        </button>
      </div>
      {assignments.isPending ? <p className="text-sm text-slate-600">Loading assignments…</p> : null}
      {assignments.isError ? <Alert>{messageOf(assignments.error)}</Alert> : null}
      {assignments.data && assignments.data.assignments.length === 0 ? <p className="text-sm text-slate-600">Not assigned to any client yet.</p> : null}
      {assignments.data && assignments.data.assignments.length > 0 ? (
        <ul className="divide-y divide-slate-100" aria-label="Assignments">
          {assignments.data.assignments.map((assignment) => (
            <li key={assignment.copyId} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
              <span className="font-medium text-slate-900">{assignment.clientName}</span>
              <span className="text-slate-600">
                From {assignment.startDate} · version {assignment.version}
                {templateVersion !== undefined && assignment.version < templateVersion ? " (older than this template)" : ""} ·{" "}
                {assignment.active ? "running" : "not running"}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {open ? <AssignProgramDialog programId={programId} programName={programName} onClose={() => setOpen(false)} /> : null}
    </section>
  );
}

type DialogProps = { programId: string; programName: string; onClose(): void };

/** A modal to pick active clients and a start date; shows what happened for each client. */
export function AssignProgramDialog({ programId, programName, onClose }: DialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = useId();
  const { dialogProps } = useModalDialog(onClose);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [startDate, setStartDate] = useState(nextMonday);
  const [result, setResult] = useState<TAssignProgramResponse | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const clients = useAssignableClients();
  const assign = useMutation(
    trpc.trainerPrograms.assign.mutationOptions({
      onSuccess: async (response) => {
        setResult(response);
        await queryClient.invalidateQueries({ queryKey: trpc.trainerPrograms.assignments.queryKey({ programId }) });
      },
    }),
  );

  const names = new Map((clients.data ?? []).map((client) => [client.id, client.name]));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(null);
    assign.reset();
    if (selected.size === 0) return setFormError("Choose at least one client.");
    if (!startDate) return setFormError("Choose a start date.");
    setFormError(null);
    assign.mutate({ programId, clientIds: [...selected], startDate });
  }

  const titleId = `${ids}-title`;
  const dateId = `${ids}-date`;
  return (
    <dialog
      {...dialogProps}
      aria-labelledby={titleId}
      className="fixed inset-0 m-auto h-fit max-h-[85vh] w-full max-w-lg rounded-2xl bg-transparent p-0 backdrop:bg-slate-900/50"
    >
      <form onSubmit={submit} className="flex max-h-[85vh] flex-col rounded-2xl bg-white text-slate-900" noValidate>
        <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3">
          <h2 id={titleId} className="text-lg font-semibold">
            Assign “{programName}”
          </h2>
          <button type="button" className="btn-secondary" onClick={onClose}>
            Close
          </button>
        </div>

        <div className="min-h-0 flex-1 space-y-4 overflow-y-auto px-4 py-3">
          <ClientPicker selected={selected} onChange={setSelected} />

          <div className="space-y-1">
            <label htmlFor={dateId} className="label">
              Start date
            </label>
            <input id={dateId} type="date" className="input" value={startDate} required onChange={(event) => setStartDate(event.target.value)} />
            <p className="text-sm text-slate-600">Week 1 starts on this day; it replaces the program a client is running now.</p>
          </div>

          {formError ? <Alert>{formError}</Alert> : null}
          {assign.isError ? <Alert>{messageOf(assign.error)}</Alert> : null}
          {result ? (
            <div role="status" className="space-y-2 rounded-xl border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
              <p className="font-semibold">Done. What happened for each client:</p>
              <ul aria-label="Assignment results" className="space-y-1">
                {result.results.map((outcome) => (
                  <li key={outcome.clientId}>
                    <span className="font-medium">{names.get(outcome.clientId) ?? "Client"}</span>: {outcomeText[outcome.status]}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>

        <div className="flex justify-end gap-3 border-t border-slate-200 px-4 py-3">
          <button type="submit" className="btn-primary" disabled={assign.isPending || !clients.data || clients.data.length === 0}>
            {assign.isPending ? "Assigning…" : selected.size > 1 ? `Assign to ${selected.size} clients` : "Assign"}
          </button>
        </div>
      </form>
    </dialog>
  );
}
