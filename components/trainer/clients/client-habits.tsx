"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { HabitEditor } from "@/components/habits/habit-editor";
import { formatDayKey, isUpcoming, scheduleLabel, targetLabel } from "@/components/habits/habit-display";
import { draftOf, emptyDraft } from "@/components/habits/habit-form-state";
import { Alert } from "@/components/ui/alert";
import { percentLabel } from "@/lib/coaching/format";
import type { THabitView } from "@/lib/schemas/habit";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { ComplianceBar } from "./compliance-bar";
import { ConfirmPanel } from "@/components/ui/confirm-panel";

type Props = {
  clientId: string;
  clientName: string;
  /** The client's today (their time zone): where a new habit starts. */
  todayKey: string;
  /** The signed-in trainer: only the habits they assigned are theirs to change. */
  trainerId: string;
  /** The server-rendered detail's habits, shown until the query has its own. */
  initial: THabitView[];
};

/**
 * After a write to a client's habits: their habit list and habit program enrollments (each shows the
 * other's habits) are read again, and the server-rendered detail (compliance) is refreshed.
 */
export function useClientHabitsRefresh(clientId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.trainerHabits.listForClient.queryKey({ clientId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.habitPrograms.enrollments.queryKey({ clientId }) }),
    ]);
    router.refresh();
  };
}

type Open = { kind: "assign" } | { kind: "edit"; habitId: string } | { kind: "archive"; habitId: string } | null;

function Origin({ habit, trainerId }: { habit: THabitView; trainerId: string }) {
  if (habit.assignedBy === trainerId) return <span className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-semibold text-violet-900">Assigned by you</span>;
  if (habit.assignedBy) return <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">Assigned by another trainer</span>;
  return <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">The client&apos;s own</span>;
}

/**
 * The client's current habits with their progress, and the trainer's side of them: assign a new one,
 * change the plan of one they assigned (name, tracking, schedule, dates; the cue, reminders and routine
 * stay the client's) or archive it. Habits the client made are theirs alone: shown, never offered for edit.
 */
export function ClientHabits({ clientId, clientName, todayKey, trainerId, initial }: Props) {
  const trpc = useTRPC();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const habits = useQuery({ ...trpc.trainerHabits.listForClient.queryOptions({ clientId }), initialData: initial });
  const refresh = useClientHabitsRefresh(clientId);
  const finish = async (message: string) => {
    setOpen(null);
    setDone(message);
    await refresh();
  };
  const assign = useMutation(trpc.trainerHabits.assign.mutationOptions());
  const update = useMutation(trpc.trainerHabits.update.mutationOptions());
  const archive = useMutation(trpc.trainerHabits.archive.mutationOptions());

  function show(next: Open) {
    assign.reset();
    update.reset();
    archive.reset();
    setDone(null);
    setOpen(next);
  }

  const openHabitId = open && open.kind !== "assign" ? open.habitId : null;
  const groups = [...new Set((habits.data ?? []).map((habit) => habit.group).filter(Boolean))];
  const list = habits.data ?? [];

  return (
    <div className="space-y-4">
      {done ? <Alert tone="success">{done}</Alert> : null}
      {habits.isError ? <Alert>{messageOf(habits.error)}</Alert> : null}

      {open?.kind === "assign" ? (
        <div className="rounded-xl border border-slate-200 p-4">
          <h3 className="mb-3 font-semibold">Assign a habit to {clientName}</h3>
          <HabitEditor
            initial={emptyDraft(todayKey)}
            audience="trainer"
            groups={groups}
            ariaLabel={`Assign a habit to ${clientName}`}
            submitLabel="Assign habit"
            pending={assign.isPending}
            error={assign.error}
            onCancel={() => show(null)}
            onSubmit={(definition) => assign.mutate({ clientId, definition }, { onSuccess: (saved) => finish(`“${saved.name}” assigned to ${clientName}.`) })}
          />
        </div>
      ) : (
        <button type="button" className="btn-primary" onClick={() => show({ kind: "assign" })}>
          Assign a habit
        </button>
      )}

      {list.length === 0 ? <p className="text-sm text-slate-600">No habits yet.</p> : null}
      <ul className="space-y-3" aria-label={`${clientName}'s habits`}>
        {list.map((habit) => {
          const mine = habit.assignedBy === trainerId;
          const target = targetLabel(habit);
          return (
            <li key={habit.id} className="space-y-2 rounded-xl border border-slate-200 p-3 text-sm" aria-labelledby={`client-habit-${habit.id}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <h3 id={`client-habit-${habit.id}`} className="font-semibold text-slate-900">
                    {habit.name}
                  </h3>
                  <p className="text-slate-600">
                    {scheduleLabel(habit.schedule)}
                    {target ? ` · ${target}` : ""}
                    {isUpcoming(habit) ? ` · starts ${formatDayKey(habit.startDate)}` : ""}
                    {habit.endDate ? ` · until ${formatDayKey(habit.endDate)}` : ""}
                  </p>
                  <p className="mt-1">
                    <Origin habit={habit} trainerId={trainerId} />
                  </p>
                </div>
                <div className="text-right">
                  <ComplianceBar rate={habit.strength} label="Strength" />
                  <p className="text-xs text-slate-600">
                    Streak {habit.streak.current} · 30 days {percentLabel(habit.completion.days30)}
                  </p>
                </div>
              </div>

              {mine && open?.kind === "edit" && open.habitId === habit.id ? (
                <div className="rounded-xl border border-slate-200 p-3">
                  <p className="mb-3 text-slate-600">Its cue, reminders and routine are {clientName}&apos;s to set; check-ins so far stay.</p>
                  <HabitEditor
                    initial={draftOf(habit)}
                    audience="trainer"
                    planOnly
                    groups={groups}
                    ariaLabel={`Edit the plan of ${habit.name}`}
                    submitLabel="Save plan"
                    pending={update.isPending}
                    error={update.error}
                    onCancel={() => show(null)}
                    onSubmit={(definition) => update.mutate({ clientId, habitId: habit.id, definition }, { onSuccess: (saved) => finish(`The plan of “${saved.name}” is saved.`) })}
                  />
                </div>
              ) : null}

              {mine && open?.kind === "archive" && open.habitId === habit.id ? (
                <ConfirmPanel
                  label={`Confirm archiving ${habit.name}`}
                  error={archive.error}
                  pending={archive.isPending}
                  confirm={["Yes, archive", "Archiving…"]}
                  onConfirm={() => archive.mutate({ clientId, habitId: habit.id }, { onSuccess: () => finish(`“${habit.name}” archived.`) })}
                  onCancel={() => show(null)}
                >
                  Archive “{habit.name}”? It leaves {clientName}&apos;s habits and reminders; what they checked in so far is kept.
                </ConfirmPanel>
              ) : null}

              {mine && openHabitId !== habit.id ? (
                <div className="flex gap-2">
                  <button type="button" className="btn-secondary min-h-9 px-3 py-1" aria-label={`Edit plan of ${habit.name}`} onClick={() => show({ kind: "edit", habitId: habit.id })}>
                    Edit plan
                  </button>
                  <button type="button" className="btn-secondary min-h-9 px-3 py-1" aria-label={`Archive ${habit.name}`} onClick={() => show({ kind: "archive", habitId: habit.id })}>
                    Archive
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
