"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import { addDaysToKey, isoWeekdayOf } from "@/lib/dates/day-key";
import type { THabitView } from "@/lib/schemas/habit";
import { fieldErrorsOf, messageOf, useTRPC, useTRPCClient } from "@/lib/trpc/react";
import { Alert } from "@/components/ui/alert";
import { HABIT_FORMATION_MEDIAN_DAYS } from "@/lib/habits/habit-stats";
import { DayCheckIn, TodayCheckIn } from "./day-check-in";
import { TrainerBadge } from "./habit-card";
import { HabitCalendar, type CalendarDay } from "./habit-calendar";
import { applyOverride, calendarAsOf, canCheckIn, dayRef, formatDayKey, horizonLabel, isUpcoming, rateLabel, scheduleLabel, statusLabels, targetLabel, type DayStatus } from "./habit-display";
import { HabitForm } from "./habit-form";
import { SyncStatusAfterChange } from "@/components/train/logger/sync-status";
import { StrengthChart } from "./strength-chart";
import { calendarStart, strengthHistory } from "./strength-history";
import { cueSentence } from "@/lib/habits/cue-sentence";
import { StrengthRing } from "./strength-ring";
import { useHabitWrites } from "./use-habit-writes";

type Calendar = { dayKey: string; status: DayStatus; value: number }[];

/** /habits/[id]: progress, the heat map with back-fill, and the habit's settings (edit, pause, archive). */
export function HabitDetail(props: { userId: string; timeZone: string; habit: THabitView; calendar: Calendar; groups: string[] }) {
  const client = useTRPCClient();
  const [fetched, setFetched] = useState(props.calendar);
  // A fresh page (router.refresh on a new day) brings a fresh calendar.
  useEffect(() => setFetched(props.calendar), [props.calendar]);
  const initial = useMemo(() => [props.habit], [props.habit]);
  const refetchCalendar = useCallback(() => {
    void client.habits.calendar
      .query({ habitId: props.habit.id })
      .then(setFetched)
      .catch(() => undefined);
  }, [client, props.habit.id]);
  const writes = useHabitWrites({ userId: props.userId, timeZone: props.timeZone, initial, onSent: refetchCalendar });
  const habit = writes.habits[0];
  const calendar = useMemo(() => calendarAsOf(fetched, habit, writes.currentDayKey), [fetched, habit, writes.currentDayKey]);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  // A young habit's heat map starts at its first week rather than with weeks of blank days.
  const shownFrom = calendar.length > 0 ? calendarStart(habit.startDate, calendar[0].dayKey, isoWeekdayOf) : "";
  const days: CalendarDay[] = calendar.filter((day) => day.dayKey >= shownFrom).map((day) => {
    const override = writes.overrides.get(dayRef(habit.id, day.dayKey));
    const shown = applyOverride(day.status, day.value, override, habit.target, day.dayKey === habit.today.dayKey);
    return { dayKey: day.dayKey, ...shown, pending: writes.syncOf(habit.id, day.dayKey) === "pending" };
  });
  const history = useMemo(() => strengthHistory(habit, calendar), [habit, calendar]);
  const selectedDay = days.find((day) => day.dayKey === selected) ?? null;
  const target = targetLabel(habit);
  const upcoming = isUpcoming(habit);

  return (
    <div className="space-y-5">
      <div>
        <Link href="/habits" className="text-sm font-semibold text-brand-700 underline">
          ← Habits
        </Link>
        <h1 className="text-2xl font-bold">{habit.name}</h1>
        <p className="text-sm text-slate-600">
          {scheduleLabel(habit.schedule)}
          {target ? ` · target ${target}` : ""}
          {habit.group ? ` · ${habit.group}` : ""}
        </p>
        {cueSentence(habit.cue) ? <p className="mt-1 italic text-slate-700">{cueSentence(habit.cue)}</p> : null}
        {habit.assignedBy ? (
          <p className="mt-2">
            <TrainerBadge />
          </p>
        ) : null}
      </div>
      <SyncStatusAfterChange outbox={writes.outbox} />
      {habit.archived ? <Alert tone="info">This habit is archived: it is no longer on your list and sends no reminders.</Alert> : null}

      {upcoming ? (
        <Alert tone="info">This habit starts on {formatDayKey(habit.startDate, { weekday: "long", day: "numeric", month: "long" })}.</Alert>
      ) : (
        <section className="card space-y-3" aria-labelledby="today-heading">
          <h2 id="today-heading" className="font-semibold">
            Today · <span data-testid="habit-today-status">{statusLabels[habit.today.status]}</span>
          </h2>
          {canCheckIn(habit.today.status) ? <TodayCheckIn habit={habit} writes={writes} /> : null}
          {habit.today.status === "paused" ? <p className="text-sm text-slate-600">{pausedUntil(habit)}</p> : null}
        </section>
      )}

      <section className="card space-y-4" aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="font-semibold">
          Progress
        </h2>
        <div className="flex items-center gap-4">
          <StrengthRing score={habit.strength} size="large" label="Habit strength" />
          <div className="space-y-1">
            <p className="font-semibold text-slate-900">Habit strength</p>
            <p className="text-sm text-slate-600">Grows with every check-in and fades slowly on a missed day. Skipped and paused days do not count against it.</p>
          </div>
        </div>
        <StrengthChart points={history} />
        <dl className="grid grid-cols-2 gap-3 text-center sm:grid-cols-5">
          {(
            [
              ["Current streak", <span key="c" data-testid="habit-streak">{habit.streak.current}</span>],
              ["Best streak", <span key="b" data-testid="habit-best-streak">{habit.streak.best}</span>],
              ["Last 7 days", rateLabel(habit.completion.days7)],
              ["Last 30 days", rateLabel(habit.completion.days30)],
              ["Last 90 days", rateLabel(habit.completion.days90)],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="rounded-xl bg-slate-50 px-2 py-3">
              <dt className="text-xs text-slate-600">{label}</dt>
              <dd className="text-xl font-bold text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
        {!upcoming ? (
          <div className="rounded-xl bg-brand-50 px-3 py-2 text-sm text-brand-900">
            <p className="font-semibold" data-testid="habit-horizon">
              {horizonLabel(habit.daysSinceStart)}
            </p>
            <p>
              New habits took a median of about {HABIT_FORMATION_MEDIAN_DAYS} days to feel automatic in a study of people building one (Lally et al., 2010), anywhere from 18 to
              254 days. Missing the odd day did not undo it: keep showing up.
            </p>
          </div>
        ) : null}
      </section>

      <section className="card space-y-3" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading" className="font-semibold">
          Calendar
        </h2>
        <p className="text-sm text-slate-600">Tap a day to fill in what you did, skip it, or undo.</p>
        <HabitCalendar habit={habit} days={days} selected={selected} onSelect={setSelected} />
        {selectedDay ? (
          <div className="space-y-2 rounded-xl border border-slate-200 p-3" aria-labelledby="selected-day">
            <h3 id="selected-day" className="font-semibold">
              {formatDayKey(selectedDay.dayKey, { weekday: "long", day: "numeric", month: "long" })} · {statusLabels[selectedDay.status]}
            </h3>
            <DayCheckIn
              habit={habit}
              dayKey={selectedDay.dayKey}
              status={selectedDay.status}
              value={selectedDay.value}
              dayLabel={selectedDay.dayKey === habit.today.dayKey ? "today" : formatDayKey(selectedDay.dayKey)}
              sync={writes.syncOf(habit.id, selectedDay.dayKey)}
              actions={writes.actions}
            />
          </div>
        ) : null}
      </section>

      <section className="card space-y-3" aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="font-semibold">
          Habit settings
        </h2>
        {editing ? (
          <HabitForm
            todayKey={habit.today.dayKey}
            groups={props.groups}
            habit={habit}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              writes.replace(saved);
              setEditing(false);
              refetchCalendar();
            }}
          />
        ) : (
          <button type="button" className="btn-secondary w-full" onClick={() => setEditing(true)}>
            Edit habit
          </button>
        )}
        <PauseForm
          habit={habit}
          onPaused={(fresh) => {
            writes.replace(fresh);
            refetchCalendar();
          }}
        />
        <ArchiveButton habit={habit} />
      </section>
    </div>
  );
}

function pausedUntil(habit: THabitView): string {
  const until = habit.pauses.filter((range) => range.from <= habit.today.dayKey && habit.today.dayKey <= range.to).map((range) => range.to).sort().pop();
  return until ? `Paused until ${formatDayKey(until, { weekday: "long", day: "numeric", month: "long" })}: these days do not count against it.` : "";
}

function PauseForm({ habit, onPaused }: { habit: THabitView; onPaused: (habit: THabitView) => void }) {
  const trpc = useTRPC();
  const pause = useMutation(trpc.habits.pause.mutationOptions());
  const [from, setFrom] = useState(habit.today.dayKey);
  const [to, setTo] = useState(addDaysToKey(habit.today.dayKey, 6));
  const [done, setDone] = useState(false);
  const errors = fieldErrorsOf(pause.error);
  const pauses = habit.pauses.filter((range) => range.to >= habit.today.dayKey);
  return (
    <details className="rounded-xl border border-slate-200 px-3">
      <summary className="flex min-h-11 cursor-pointer items-center font-medium">Pause (holiday, illness)</summary>
      <form
        className="space-y-3 pb-3"
        aria-label="Pause this habit"
        onSubmit={(event) => {
          event.preventDefault();
          setDone(false);
          pause.mutate(
            { habitId: habit.id, from, to },
            {
              onSuccess: (fresh) => {
                setDone(true);
                onPaused(fresh);
              },
            },
          );
        }}
      >
        <p className="text-sm text-slate-600">Paused days neither count against your strength nor break your streak.</p>
        {pauses.length > 0 ? (
          <ul className="text-sm text-slate-700">
            {pauses.map((range) => (
              <li key={`${range.from}-${range.to}`}>
                Paused {formatDayKey(range.from)} – {formatDayKey(range.to)}
              </li>
            ))}
          </ul>
        ) : null}
        {pause.error ? <Alert>{Object.values(errors)[0] ?? messageOf(pause.error)}</Alert> : null}
        {done ? <Alert tone="success">Paused from {formatDayKey(from)} to {formatDayKey(to)}.</Alert> : null}
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor={`pause-from-${habit.id}`} className="label">
              From
            </label>
            <input id={`pause-from-${habit.id}`} type="date" className="input" value={from} onChange={(event) => setFrom(event.target.value)} />
          </div>
          <div>
            <label htmlFor={`pause-to-${habit.id}`} className="label">
              To
            </label>
            <input id={`pause-to-${habit.id}`} type="date" className="input" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
          </div>
        </div>
        <button type="submit" className="btn-secondary w-full" disabled={pause.isPending}>
          {pause.isPending ? "Pausing…" : "Pause habit"}
        </button>
      </form>
    </details>
  );
}

function ArchiveButton({ habit }: { habit: THabitView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const archive = useMutation(trpc.habits.archive.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="btn w-full border border-red-300 bg-white text-red-700" onClick={() => setConfirming(true)}>
        Archive habit
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="archive-question" className="space-y-2 rounded-xl border border-red-200 bg-red-50 p-3">
      <p id="archive-question" className="text-sm text-red-900">
        Archive &ldquo;{habit.name}&rdquo;? It leaves your list and stops its reminders; its history is kept.
      </p>
      {archive.error ? <Alert>{messageOf(archive.error)}</Alert> : null}
      <div className="flex gap-2">
        <button
          type="button"
          className="btn flex-1 bg-red-700 text-white hover:bg-red-800"
          disabled={archive.isPending}
          onClick={() =>
            archive.mutate(
              { habitId: habit.id },
              {
                onSuccess: () => {
                  router.push("/habits");
                  router.refresh();
                },
              },
            )
          }
        >
          Yes, archive
        </button>
        <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
