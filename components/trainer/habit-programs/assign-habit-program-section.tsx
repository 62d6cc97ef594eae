"use client";

import { format } from "date-fns";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import type { THabitProgramEnrollment } from "@/lib/schemas/habit-program";
import { messageOf, useTRPC, useTRPCClient } from "@/lib/trpc/react";
import { ClientPicker, useAssignableClients } from "@/components/trainer/client-picker";

type Outcome = { clientId: string; name: string; ok: boolean; text: string };

const habitsIn = (enrollment: THabitProgramEnrollment) => enrollment.phases.reduce((sum, phase) => sum + phase.habits.length, 0);
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * "Assign to clients" on a habit program: active clients and a start date, then one enrollment per
 * client (each assigned on its own, so one refusal does not stop the others). An enrollment is a
 * snapshot of the program as saved now.
 */
export function AssignHabitProgramSection({ programId, programName }: { programId: string; programName: string }) {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="card space-y-3" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-lg font-semibold">
            Clients
          </h2>
          <p className="text-sm text-slate-600">
            A client gets the program as last saved. Later edits here do not change what a client already has: assign it again from a new date to pass them on.
          </p>
        </div>
        {open ? null : (
          <button type="button" className="btn-primary" onClick={() => setOpen(true)}>
            Assign to clients
          </button>
        )}
      </div>
      {open ? <AssignForm programId={programId} programName={programName} onClose={() => setOpen(false)} /> : null}
    </section>
  );
}

function AssignForm({ programId, programName, onClose }: { programId: string; programName: string; onClose(): void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const ids = useId();
  const clients = useAssignableClients();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Today on this device; mounted only after a click, so the server's clock never renders it.
  const [startDate, setStartDate] = useState(() => format(new Date(), "yyyy-MM-dd"));
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);


  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setOutcomes([]);
    const chosen = (clients.data ?? []).filter((candidate) => selected.has(candidate.id));
    if (chosen.length === 0) return setFormError("Choose at least one client.");
    if (!startDate) return setFormError("Choose a start date.");
    setFormError(null);
    setPending(true);
    const results: Outcome[] = [];
    for (const { id, name } of chosen) {
      try {
        const { enrollment, created } = await client.habitPrograms.assign.mutate({ programId, clientId: id, startDate });
        const count = plural(habitsIn(enrollment), "habit", "habits");
        results.push({ clientId: id, name, ok: true, text: created > 0 ? `Assigned, ${count}` : `Already assigned from ${startDate} (${count}): nothing changed` });
      } catch (error) {
        results.push({ clientId: id, name, ok: false, text: messageOf(error) });
      }
      setOutcomes([...results]);
    }
    setPending(false);
  }

  const dateId = `${ids}-date`;
  return (
    <form onSubmit={submit} noValidate aria-label={`Assign ${programName}`} className="space-y-4 rounded-xl bg-slate-50 p-3">
      <ClientPicker selected={selected} onChange={setSelected} />

      <div className="space-y-1">
        <label htmlFor={dateId} className="label">
          Start date
        </label>
        <input id={dateId} type="date" className="input max-w-56" value={startDate} required aria-describedby={`${dateId}-hint`} onChange={(event) => setStartDate(event.target.value)} />
        <p id={`${dateId}-hint`} className="text-sm text-slate-600">
          Week 1 starts on this day; each phase&apos;s habits appear on the client&apos;s Today when its week comes.
        </p>
      </div>

      {formError ? <Alert>{formError}</Alert> : null}
      {outcomes.length > 0 ? (
        <div role="status" className="space-y-2 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm">
          <p className="font-semibold">{pending ? "Assigning…" : "Done. What happened for each client:"}</p>
          <ul aria-label="Assignment results" className="space-y-1">
            {outcomes.map((outcome) => (
              <li key={outcome.clientId} className={outcome.ok ? "text-emerald-800" : "text-red-700"}>
                <span className="font-medium">{outcome.name}</span>: {outcome.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={pending || !clients.data || clients.data.length === 0}>
          {pending ? "Assigning…" : selected.size > 1 ? `Assign to ${selected.size} clients` : "Assign"}
        </button>
        <button type="button" className="btn-secondary" onClick={onClose} disabled={pending}>
          Close
        </button>
      </div>
    </form>
  );
}
