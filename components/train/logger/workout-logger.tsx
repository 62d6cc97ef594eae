"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { saveLocalWorkout, type LocalWorkout, type QueuedWrite, type WritePath } from "@/lib/offline/local-db";
import type { SentWrite } from "@/lib/offline/outbox";
import type { TTrainingSetup } from "@/lib/schemas/training-setup";
import type { TLogSetResult, TWorkoutEntry, TWorkoutSession, TWorkoutSet } from "@/lib/schemas/workout";
import { estimateOneRepMax } from "@/lib/train/one-rep-max";
import { recordLabels, type RecordKind } from "@/lib/train/records";
import { workoutReducer, type SetValues, type WorkoutAction } from "@/lib/train/workout-reducer";
import { formatWeight, type WeightUnit } from "@/lib/units";
import { ExercisePicker } from "@/components/train/exercise-picker";
import { startRestTimer } from "../rest-timer-bar";
import type { Outbox } from "../use-outbox";
import { EntryCard, type EntryActions } from "./entry-card";
import { FinishPanel } from "./finish-panel";
import { SyncStatus } from "./sync-status";
import { newClientId } from "@/lib/client-id";

/**
 * The phone's copy is the truth for a workout running on it (it has every tap, synced or not); the
 * server adds what the phone cannot compute: last time's sets, targets and records.
 */
export function withServerDetails(local: LocalWorkout, server: TWorkoutSession): LocalWorkout {
  const byId = new Map(server.entries.map((entry) => [entry.id, entry]));
  const records = new Map(server.entries.flatMap((entry) => entry.sets.map((set) => [set.id, set.records] as const)));
  return {
    ...local,
    entries: local.entries.map((entry) => {
      const fresh = byId.get(entry.id);
      const sets = entry.sets.map((set) => ({ ...set, records: records.get(set.id) ?? set.records }));
      return fresh ? { ...entry, sets, previous: entry.previous ?? fresh.previous, prescription: entry.prescription ?? fresh.prescription } : { ...entry, sets };
    }),
  };
}

function elapsedLabel(startedAt: Date, now: number): string {
  const minutes = Math.max(0, Math.floor((now - startedAt.getTime()) / 60_000));
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * The workout in progress. Every tap changes the phone's copy at once and queues the same change for
 * the server; nothing waits for the network, so logging works the same with no signal.
 */
export function WorkoutLogger(props: {
  initial: LocalWorkout;
  userId: string;
  unit: WeightUnit;
  setup: TTrainingSetup;
  outbox: Outbox;
  onClosed: (workout: LocalWorkout) => void;
}) {
  const { userId, unit, setup } = props;
  const [workout, setWorkout] = useState<LocalWorkout>(props.initial);
  const current = useRef(workout);
  const [celebration, setCelebration] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const applyLocal = useCallback(
    (action: WorkoutAction): LocalWorkout => {
      const next: LocalWorkout = { ...(workoutReducer(current.current, action) as LocalWorkout), userId, savedAt: Date.now() };
      current.current = next;
      setWorkout(next);
      return next;
    },
    [userId],
  );

  const onSent = useCallback(
    ({ write, result }: SentWrite) => {
      if (write.path === "workouts.logSet") {
        const logged = result as TLogSetResult;
        if (logged.newRecords.length === 0) return;
        const next = applyLocal({ kind: "records", setId: logged.set.id, records: logged.newRecords });
        void saveLocalWorkout(next);
        if (!logged.replayed) {
          const kinds = logged.newRecords.map((kind) => recordLabels[kind as RecordKind] ?? kind).join(", ");
          const weight = logged.set.weightKg ? ` at ${formatWeight(logged.set.weightKg, unit)}` : "";
          setCelebration(`New personal record${logged.newRecords.length > 1 ? "s" : ""}${weight}: ${kinds}!`);
        }
      }
      if (write.path === "workouts.start" || write.path === "workouts.addExercise") {
        const session = write.path === "workouts.start" ? (result as { session: TWorkoutSession }).session : (result as TWorkoutSession);
        const next = withServerDetails(current.current, session);
        current.current = next;
        setWorkout(next);
        void saveLocalWorkout(next);
      }
    },
    [applyLocal, unit],
  );

  const { outbox } = props;
  useEffect(() => outbox.subscribe(onSent), [outbox, onSent]);
  const pendingIds = useMemo(() => new Set(outbox.pending.flatMap((write) => write.subjectIds)), [outbox.pending]);
  const refusedIds = useMemo(() => new Set(outbox.rejected.flatMap((write) => write.subjectIds)), [outbox.rejected]);

  /** One change: applied locally, then queued with the new local copy in a single transaction. */
  const change = useCallback(
    (action: WorkoutAction, path: WritePath, input: unknown, key: string, subjectIds: string[] = []) => {
      const before = current.current;
      const next = applyLocal(action);
      void outbox.queue({ key, path, input, sessionId: next.id, subjectIds }, next).then((stored) => {
        // The phone could not keep it: show the workout as it really is rather than a change that is lost.
        if (!stored && current.current === next) {
          current.current = before;
          setWorkout(before);
        }
      });
      return next;
    },
    [applyLocal, outbox],
  );

  const sessionId = workout.id;
  const actions: EntryActions = {
    logSet(entry: TWorkoutEntry, values: SetValues) {
      const set: TWorkoutSet = {
        id: newClientId(),
        entryId: entry.id,
        exerciseId: entry.exercise.id,
        order: entry.sets.reduce((max, existing) => Math.max(max, existing.order + 1), 0),
        ...values,
        completedAt: new Date(),
        e1rmKg: values.weightKg && values.reps ? (estimateOneRepMax({ weightKg: values.weightKg, reps: values.reps, rpe: values.rpe })?.value ?? null) : null,
        records: [],
      };
      const { id: setId, e1rmKg: _e1rm, records: _records, ...rest } = set;
      change({ kind: "logSet", set }, "workouts.logSet", { ...rest, setId, sessionId }, setId, [setId]);
      // In a superset or circuit the rest comes after the group's last exercise, not between them.
      const ordered = [...current.current.entries].sort((a, b) => a.order - b.order);
      const following = ordered[ordered.findIndex((candidate) => candidate.id === entry.id) + 1];
      if (!(entry.groupId && following?.groupId === entry.groupId)) startRestTimer(entry.restSeconds, entry.exercise.name);
    },
    updateSet(setId, values) {
      change({ kind: "updateSet", setId, values }, "workouts.updateSet", { setId, values }, setId, [setId]);
    },
    deleteSet(setId) {
      change({ kind: "deleteSet", setId }, "workouts.deleteSet", { setId }, setId, [setId]);
    },
    moveSet(entryId, setId, direction) {
      const entry = current.current.entries.find((candidate) => candidate.id === entryId);
      if (!entry) return;
      const ids = [...entry.sets].sort((a, b) => a.order - b.order).map((set) => set.id);
      const index = ids.indexOf(setId);
      const target = index + direction;
      if (index < 0 || target < 0 || target >= ids.length) return;
      [ids[index], ids[target]] = [ids[target], ids[index]];
      change({ kind: "reorderSets", entryId, setIds: ids }, "workouts.reorderSets", { sessionId, entryId, setIds: ids }, `${entryId}:order`, ids);
    },
    move(entryId, direction) {
      const ids = [...current.current.entries].sort((a, b) => a.order - b.order).map((entry) => entry.id);
      const index = ids.indexOf(entryId);
      const target = index + direction;
      if (index < 0 || target < 0 || target >= ids.length) return;
      [ids[index], ids[target]] = [ids[target], ids[index]];
      change({ kind: "reorderEntries", entryIds: ids }, "workouts.reorderEntries", { sessionId, entryIds: ids }, `${sessionId}:order`);
    },
    remove(entryId) {
      const entry = current.current.entries.find((candidate) => candidate.id === entryId);
      if (entry && entry.sets.length > 0 && !window.confirm(`Remove ${entry.exercise.name} and its ${entry.sets.length} logged sets?`)) return;
      change({ kind: "removeEntry", entryId }, "workouts.removeEntry", { sessionId, entryId }, entryId, [entryId]);
    },
    setRest(entryId, seconds) {
      change({ kind: "updateEntry", entryId, restSeconds: seconds }, "workouts.updateEntry", { sessionId, entryId, restSeconds: seconds }, entryId);
    },
    setNotes(entryId, notes) {
      change({ kind: "updateEntry", entryId, notes }, "workouts.updateEntry", { sessionId, entryId, notes }, entryId);
    },
  };

  /** Dropping a refused write also takes back what it changed on the phone. */
  function discardRefused(write: QueuedWrite) {
    void outbox.discard(write.seq!);
    const input = write.input as { setId?: string; entryId?: string };
    let next: LocalWorkout | null = null;
    if (write.path === "workouts.logSet" && input.setId) next = applyLocal({ kind: "deleteSet", setId: input.setId });
    if (write.path === "workouts.addExercise" && input.entryId) next = applyLocal({ kind: "removeEntry", entryId: input.entryId });
    if (next) void saveLocalWorkout(next);
  }

  function addExercise(exercise: Pick<TWorkoutEntry["exercise"], "id" | "name" | "equipment" | "measurement" | "primaryMuscles">) {
    const entryId = newClientId();
    const entry: TWorkoutEntry = {
      id: entryId,
      exercise: { id: exercise.id, name: exercise.name, equipment: exercise.equipment, measurement: exercise.measurement, primaryMuscles: exercise.primaryMuscles },
      order: current.current.entries.reduce((max, existing) => Math.max(max, existing.order + 1), 0),
      notes: "",
      restSeconds: 120,
      groupId: null,
      prescription: null,
      previous: null,
      sets: [],
    };
    change({ kind: "addEntry", entry }, "workouts.addExercise", { sessionId, entryId, exerciseId: exercise.id, restSeconds: 120 }, entryId, [entryId]);
    setPicking(false);
  }

  function finish(values: { sessionRpe: number | null; durationMinutes: number | null; notes: string }) {
    const finishedAt = new Date();
    const next = change({ kind: "finish", finishedAt, ...values }, "workouts.finish", { sessionId, finishedAt, ...values }, `${sessionId}:finish`);
    setFinishing(false);
    props.onClosed(next);
  }

  const entries = [...workout.entries].sort((a, b) => a.order - b.order);
  const setCount = entries.reduce((sum, entry) => sum + entry.sets.length, 0);
  const editable = workout.status === "active";

  return (
    <div className="space-y-4 pb-32">
      <header className="space-y-2">
        <div className="flex items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold text-slate-900">{workout.name}</h1>
            <p className="text-sm text-slate-600">
              {elapsedLabel(workout.startedAt, now)} · {setCount} {setCount === 1 ? "set" : "sets"}
            </p>
          </div>
          {editable ? (
            <button type="button" className="btn-primary" onClick={() => setFinishing(true)}>
              Finish
            </button>
          ) : null}
        </div>
        <SyncStatus outbox={outbox} onDiscard={discardRefused} />
        {celebration ? (
          <div role="status" className="flex items-center justify-between gap-2 rounded-xl border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-semibold text-amber-900">
            <span>🏆 {celebration}</span>
            <button type="button" className="btn min-h-11 px-3 text-amber-900" onClick={() => setCelebration(null)} aria-label="Dismiss">
              ✕
            </button>
          </div>
        ) : null}
      </header>

      {finishing ? <FinishPanel startedAt={workout.startedAt} onCancel={() => setFinishing(false)} onFinish={finish} /> : null}

      {entries.length === 0 ? <p className="text-slate-700">Add your first exercise to start logging.</p> : null}
      {entries.map((entry, index) => (
        <EntryCard
          key={entry.id}
          entry={entry}
          position={index}
          count={entries.length}
          unit={unit}
          setup={setup}
          pendingIds={pendingIds}
          refusedIds={refusedIds}
          editable={editable}
          actions={actions}
        />
      ))}

      {editable ? (
        <button type="button" className="btn-secondary w-full" onClick={() => setPicking(true)}>
          Add exercise
        </button>
      ) : null}
      {picking ? <ExercisePicker title="Add an exercise" onPick={addExercise} onClose={() => setPicking(false)} /> : null}
    </div>
  );
}
