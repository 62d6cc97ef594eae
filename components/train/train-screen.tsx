"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { dayKeyOf } from "@/lib/dates/day-key";
import { localActiveWorkout, savePlan, loadPlan, type LocalWorkout } from "@/lib/offline/local-db";
import { queuedWrites } from "@/lib/offline/outbox";
import type { TTrainingSetup } from "@/lib/schemas/training-setup";
import type { TSessionSummary, TTodayPlan, TWorkoutSession } from "@/lib/schemas/workout";
import { entryIdFor } from "@/lib/train/entry-ids";
import type { WeightUnit } from "@/lib/units";
import { WorkoutLogger, withServerDetails } from "./logger/workout-logger";
import { RestTimerBar } from "./rest-timer-bar";
import { SyncStatus } from "./logger/sync-status";
import { TrainHome } from "./train-home";
import { useOutbox } from "./use-outbox";
import { newClientId } from "@/lib/client-id";

type Props = {
  userId: string;
  timeZone: string;
  unit: WeightUnit;
  setup: TTrainingSetup;
  plan: TTodayPlan;
  serverActive: TWorkoutSession | null;
  recent: TSessionSummary[];
};

/**
 * Train: the running workout if there is one, else the home. The workout on this phone wins while it
 * has changes the server has not seen yet (it may have been started with no signal); otherwise the
 * server's copy is fresher (it knows last time's sets).
 */
export function TrainScreen(props: Props) {
  const { userId } = props;
  const [active, setActive] = useState<LocalWorkout | null | undefined>(undefined);
  const [plan, setPlan] = useState(props.plan);
  const [notice, setNotice] = useState<string | null>(null);
  const outbox = useOutbox(userId);
  const router = useRouter();
  // Once a finished workout reaches the server, re-read the page data (recent workouts, today's plan).
  // So does a start that reaches the server while the phone shows no workout (its copy was cleared).
  const showing = useRef<LocalWorkout | null | undefined>(undefined);
  showing.current = active;
  useEffect(
    () =>
      outbox.subscribe(({ write }) => {
        if (write.path === "workouts.finish" || (write.path === "workouts.start" && !showing.current)) router.refresh();
      }),
    [outbox, router],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [local, writes] = await Promise.all([localActiveWorkout(userId), queuedWrites(userId)]);
      const unsynced = (id: string) => writes.some((write) => write.sessionId === id);
      let chosen: LocalWorkout | null = null;
      const server = props.serverActive;
      if (local && server && local.id === server.id) chosen = withServerDetails(local, server);
      else if (local && (unsynced(local.id) || !navigator.onLine)) chosen = local;
      else if (server) chosen = { ...server, userId, savedAt: Date.now() };
      if (props.plan.schedule.status !== "no_program" || !navigator.onLine) {
        // Keep today's plan on the phone so a program day can start with no signal.
        if (navigator.onLine) await savePlan(userId, props.plan);
        else setPlan((await loadPlan(userId)) ?? props.plan);
      }
      if (!cancelled) setActive(chosen);
    })();
    return () => {
      cancelled = true;
    };
  }, [userId, props.serverActive, props.plan]);

  const starting = useRef(false);
  async function start(workout: LocalWorkout, input: unknown) {
    // A double tap must not start two workouts.
    if (starting.current) return;
    starting.current = true;
    try {
      if (!(await outbox.queue({ key: workout.id, path: "workouts.start", input, sessionId: workout.id, subjectIds: [workout.id] }, workout))) return;
      setNotice(null);
      setActive(workout);
    } finally {
      starting.current = false;
    }
  }

  // An installed app left open overnight: a new day in the member's zone means a new plan.
  useEffect(() => {
    const check = () => {
      if (document.visibilityState === "visible" && navigator.onLine && dayKeyOf(new Date(), props.timeZone) !== plan.dayKey) router.refresh();
    };
    document.addEventListener("visibilitychange", check);
    return () => document.removeEventListener("visibilitychange", check);
  }, [plan.dayKey, props.timeZone, router]);
  const planIsStale = dayKeyOf(new Date(), props.timeZone) !== plan.dayKey;

  function startEmpty() {
    const sessionId = newClientId();
    const startedAt = new Date();
    void start(
      { id: sessionId, userId, savedAt: Date.now(), name: "Workout", status: "active", source: "app", startedAt, finishedAt: null, dayKey: "", notes: "", sessionRpe: null, durationMinutes: null, sessionLoad: null, program: null, entries: [] },
      { sessionId, startedAt, name: "Workout" },
    );
  }

  function startPlanned() {
    const schedule = plan.schedule;
    if (schedule.status !== "training" || !plan.program || planIsStale) return;
    const sessionId = newClientId();
    const startedAt = new Date();
    const program = { programId: plan.program.id, weekIndex: schedule.weekIndex, dayIndex: schedule.dayIndex };
    void start(
      {
        id: sessionId,
        userId,
        savedAt: Date.now(),
        name: `${plan.program.name}: ${schedule.dayName}`,
        status: "active",
        source: "app",
        startedAt,
        finishedAt: null,
        dayKey: plan.dayKey,
        notes: "",
        sessionRpe: null,
        durationMinutes: null,
        sessionLoad: null,
        program,
        // The same entry ids the server derives, so sets logged before the start syncs line up.
        entries: schedule.entries.map((entry, index) => ({
          id: entryIdFor(sessionId, index),
          exercise: entry.exercise,
          order: index,
          notes: "",
          restSeconds: entry.restSeconds,
          groupId: entry.groupId,
          prescription: entry.prescription,
          previous: null,
          sets: [],
        })),
      },
      { sessionId, startedAt, program, entries: schedule.entries.map((entry, index) => ({ entryId: entryIdFor(sessionId, index), exerciseId: entry.exercise.id })) },
    );
  }

  if (active === undefined) return <p className="text-slate-600">Loading your training…</p>;
  return (
    <>
      {active ? (
        <WorkoutLogger
          key={active.id}
          initial={active}
          userId={userId}
          unit={props.unit}
          setup={props.setup}
          outbox={outbox}
          onClosed={(finished) => {
            setActive(null);
            const sets = finished.entries.reduce((sum, entry) => sum + entry.sets.length, 0);
            setNotice(`Workout saved: ${sets} ${sets === 1 ? "set" : "sets"}${finished.sessionLoad ? `, session load ${finished.sessionLoad}` : ""}.`);
          }}
        />
      ) : (
        <>
          {outbox.pending.length > 0 || outbox.rejected.length > 0 || outbox.storageError ? (
            <SyncStatus outbox={outbox} />
          ) : null}
          <TrainHome plan={plan} planIsStale={planIsStale} recent={props.recent} unit={props.unit} onStartPlanned={startPlanned} onStartEmpty={startEmpty} notice={notice} />
        </>
      )}
      <RestTimerBar />
    </>
  );
}
