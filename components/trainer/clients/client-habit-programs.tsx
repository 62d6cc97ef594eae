"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { formatDayKey } from "@/components/habits/habit-display";
import { Alert } from "@/components/ui/alert";
import type { THabitProgramEnrollment } from "@/lib/schemas/habit-program";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { useClientHabitsRefresh } from "./client-habits";

const habitsLabel = (count: number) => `${count} ${count === 1 ? "habit" : "habits"}`;

/** What an enrollment request did: a repeat of the same one (same program, client and date) makes nothing. */
function enrolledMessage(programName: string, created: number): string {
  if (created === 0) return `Already enrolled in “${programName}” from that date: no habits added.`;
  return `Enrolled in “${programName}”: ${habitsLabel(created)} added.`;
}

function EndEnrollment({ enrollment, clientName, onEnded }: { enrollment: THabitProgramEnrollment; clientName: string; onEnded: (archived: number) => Promise<void> }) {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const end = useMutation(trpc.habitPrograms.endEnrollment.mutationOptions());
  if (!confirming) {
    return (
      <button type="button" className="btn-secondary min-h-9 px-3 py-1" aria-label={`End ${enrollment.programName}`} onClick={() => setConfirming(true)}>
        End
      </button>
    );
  }
  return (
    <ConfirmPanel
      label={`Confirm ending ${enrollment.programName}`}
      error={end.error}
      pending={end.isPending}
      confirm={["Yes, end it", "Ending…"]}
      onConfirm={() => end.mutate({ enrollmentId: enrollment.id }, { onSuccess: (result) => onEnded(result.archived) })}
      onCancel={() => setConfirming(false)}
    >
      End “{enrollment.programName}” for {clientName}? Its habits that have not started yet are removed. Habits already started stay with {clientName}, with their
      history; you can archive them one by one.
    </ConfirmPanel>
  );
}

function EnrollmentCard({ enrollment, clientName, onEnded }: { enrollment: THabitProgramEnrollment; clientName: string; onEnded: (archived: number) => Promise<void> }) {
  const headingId = `enrollment-${enrollment.id.replaceAll(":", "-")}`;
  const active = enrollment.status === "active";
  return (
    <li className="space-y-3 rounded-xl border border-slate-200 p-3 text-sm" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h4 id={headingId} className="font-semibold text-slate-900">
            {enrollment.programName}
          </h4>
          <p className="text-slate-600">
            From {formatDayKey(enrollment.startDate)} ·{" "}
            {active ? (
              <span className="font-medium text-emerald-800">Active</span>
            ) : (
              <span className="font-medium text-slate-700">Ended{enrollment.endedAt ? ` ${enrollment.endedAt.toISOString().slice(0, 10)}` : ""}</span>
            )}
          </p>
        </div>
        {active ? <EndEnrollment enrollment={enrollment} clientName={clientName} onEnded={onEnded} /> : null}
      </div>
      <ol className="space-y-2" aria-label={`Phases of ${enrollment.programName}`}>
        {enrollment.phases.map((phase, index) => (
          <li key={index}>
            <p className="font-medium text-slate-800">
              {phase.name || `Phase ${index + 1}`}
              <span className="font-normal text-slate-600">
                {" "}
                · week {phase.startWeek}, from {formatDayKey(phase.startDate)}
              </span>
            </p>
            <ul className="ml-4 list-disc text-slate-700">
              {phase.habits.map((habit, item) => (
                <li key={item}>
                  {habit.name}
                  {habit.archived ? <span className="text-slate-600"> (archived)</span> : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </li>
  );
}

/** Picks one of the trainer's habit programs and a start date; each phase's habits are made for the client. */
function EnrollForm({ clientId, todayKey, onEnrolled }: { clientId: string; todayKey: string; onEnrolled: (message: string) => Promise<void> }) {
  const trpc = useTRPC();
  const baseId = useId();
  const programs = useQuery(trpc.habitPrograms.list.queryOptions({}));
  const [programId, setProgramId] = useState("");
  const [startDate, setStartDate] = useState(todayKey);
  const enroll = useMutation(trpc.habitPrograms.assign.mutationOptions());

  if (programs.isError) return <Alert>{messageOf(programs.error)}</Alert>;
  if (!programs.data) return <p className="text-sm text-slate-600">Loading your habit programs…</p>;
  if (programs.data.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        You have no habit programs yet.{" "}
        <Link href="/trainer/habit-programs" className="font-semibold text-brand-700 underline">
          Create a habit program
        </Link>{" "}
        to add habits to a client in phases.
      </p>
    );
  }

  const chosen = programs.data.find((program) => program.id === programId);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    enroll.mutate({ clientId, programId: chosen.id, startDate }, { onSuccess: (result) => onEnrolled(enrolledMessage(result.enrollment.programName, result.created)) });
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Enroll in a habit program">
      {enroll.error ? <Alert>{messageOf(enroll.error)}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${baseId}-program`} className="label">
            Habit program
          </label>
          <select
            id={`${baseId}-program`}
            className="input"
            value={programId}
            aria-describedby={chosen ? `${baseId}-program-hint` : undefined}
            onChange={(event) => {
              enroll.reset();
              setProgramId(event.target.value);
            }}
          >
            <option value="">Choose a program</option>
            {programs.data.map((program) => (
              <option key={program.id} value={program.id}>
                {program.name}
              </option>
            ))}
          </select>
          {chosen ? (
            <p id={`${baseId}-program-hint`} className="mt-1 text-sm text-slate-600">
              {chosen.phaseCount} {chosen.phaseCount === 1 ? "phase" : "phases"}, {habitsLabel(chosen.habitCount)} over {chosen.lastPhaseWeek}{" "}
              {chosen.lastPhaseWeek === 1 ? "week" : "weeks"}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor={`${baseId}-start`} className="label">
            Start date
          </label>
          <input id={`${baseId}-start`} type="date" className="input" value={startDate} required onChange={(event) => setStartDate(event.target.value)} />
        </div>
      </div>
      <button type="submit" className="btn-primary" disabled={enroll.isPending || !chosen || startDate === ""}>
        {enroll.isPending ? "Enrolling…" : "Enroll"}
      </button>
    </form>
  );
}

/**
 * The client's habit program enrollments with this trainer (phases, their start dates and the habits
 * each made), ending an active one, and enrolling the client in another.
 */
export function ClientHabitPrograms({ clientId, clientName, todayKey }: { clientId: string; clientName: string; todayKey: string }) {
  const trpc = useTRPC();
  const enrollments = useQuery(trpc.habitPrograms.enrollments.queryOptions({ clientId }));
  const refresh = useClientHabitsRefresh(clientId);
  const [done, setDone] = useState<string | null>(null);
  const report = async (message: string) => {
    setDone(message);
    await refresh();
  };

  return (
    <div className="space-y-4">
      {done ? <Alert tone="success">{done}</Alert> : null}
      {enrollments.isError ? <Alert>{messageOf(enrollments.error)}</Alert> : null}
      {enrollments.data && enrollments.data.length === 0 ? <p className="text-sm text-slate-600">{clientName} is not in any of your habit programs.</p> : null}
      {enrollments.data && enrollments.data.length > 0 ? (
        <ul className="space-y-3" aria-label="Enrollments">
          {enrollments.data.map((enrollment) => (
            <EnrollmentCard
              key={enrollment.id}
              enrollment={enrollment}
              clientName={clientName}
              onEnded={(archived) => report(`“${enrollment.programName}” ended: ${habitsLabel(archived)} not started yet removed.`)}
            />
          ))}
        </ul>
      ) : null}
      <div className="space-y-2 border-t border-slate-200 pt-4">
        <h4 className="font-semibold">Enroll in a habit program</h4>
        <EnrollForm clientId={clientId} todayKey={todayKey} onEnrolled={report} />
      </div>
    </div>
  );
}
