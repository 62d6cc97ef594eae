import type { TrainingSessionSummary } from "@/lib/analytics/history";
import type { Muscle } from "@/lib/train/vocabulary";

/** The fields of a stored workout session the rollup reads. */
export type RollupSession = {
  _id: string;
  name: string;
  status: string;
  programId?: unknown;
  startedAt: Date;
  finishedAt?: Date | null;
  sessionRpe?: number | null;
  durationMinutes?: number | null;
  sessionLoad?: number | null;
};

/** The fields of a stored set the rollup reads. */
export type RollupSet = {
  sessionId: string;
  exerciseId: string;
  type: string;
  weightKg?: number | null;
  reps?: number | null;
  durationSec?: number | null;
  distanceM?: number | null;
  volumeKg?: number | null;
  e1rmKg?: number | null;
  primaryMuscles?: string[] | null;
  secondaryMuscles?: string[] | null;
  records?: string[] | null;
};

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

/** The value a record kind measures on the set that broke it (lib/train/records.ts kinds). */
function recordValue(kind: string, set: RollupSet): number {
  switch (kind) {
    case "heaviest":
      return set.weightKg ?? 0;
    case "bestE1rm":
      return set.e1rmKg ?? 0;
    case "bestVolume":
      return set.volumeKg ?? 0;
    case "repsAtLoad":
    case "mostReps":
      return set.reps ?? 0;
    case "longestDuration":
      return set.durationSec ?? 0;
    case "longestDistance":
      return set.distanceM ?? 0;
    default:
      return 0;
  }
}

/** Minutes as entered, else from start to finish (null while unfinished). */
export function sessionMinutes(session: RollupSession): number | null {
  if (session.durationMinutes != null && session.durationMinutes > 0) return session.durationMinutes;
  if (!session.finishedAt) return null;
  const minutes = Math.round((new Date(session.finishedAt).getTime() - new Date(session.startedAt).getTime()) / 60_000);
  return minutes > 0 ? minutes : null;
}

/**
 * One session as the analytics read it: working sets (warm-ups excluded), hard sets and volume per
 * muscle (primary 1, secondary 0.5, as weeklyVolume in server/train/training-analytics.ts counts them),
 * the best e1RM per exercise, the records set, and Foster's session load (RPE × minutes).
 */
export function summariseSession(session: RollupSession, sets: readonly RollupSet[]): TrainingSessionSummary {
  const minutes = sessionMinutes(session);
  const rpe = session.sessionRpe ?? null;
  const load = session.sessionLoad ?? (rpe !== null && minutes !== null ? Math.round(rpe * minutes) : null);
  const volumeByMuscle: TrainingSessionSummary["volumeByMuscle"] = {};
  const bestE1rmKg: Record<string, number> = {};
  const records: TrainingSessionSummary["records"] = [];
  let workingSets = 0;
  const add = (muscle: Muscle, share: number, volumeKg: number) => {
    const total = volumeByMuscle[muscle] ?? { sets: 0, volumeKg: 0 };
    volumeByMuscle[muscle] = { sets: total.sets + share, volumeKg: round(total.volumeKg + volumeKg * share) };
  };
  for (const set of sets) {
    for (const kind of set.records ?? []) records.push({ exerciseId: set.exerciseId, kind, value: recordValue(kind, set) });
    if (set.type === "warmup") continue;
    workingSets += 1;
    for (const muscle of set.primaryMuscles ?? []) add(muscle as Muscle, 1, set.volumeKg ?? 0);
    for (const muscle of set.secondaryMuscles ?? []) add(muscle as Muscle, 0.5, set.volumeKg ?? 0);
    const e1rm = set.e1rmKg ?? null;
    if (e1rm !== null && Number.isFinite(e1rm) && e1rm > 0 && e1rm > (bestE1rmKg[set.exerciseId] ?? 0)) bestE1rmKg[set.exerciseId] = round(e1rm);
  }
  return {
    sessionId: session._id,
    name: session.name,
    minutes,
    rpe,
    load,
    workingSets,
    volumeByMuscle,
    bestE1rmKg,
    records,
    fromProgram: session.programId != null,
  };
}
