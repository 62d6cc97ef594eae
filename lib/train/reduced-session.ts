/**
 * The lighter version of today's program day, for a readiness-adjusted workout. Pure: it takes the day's
 * prescriptions (what prescribeNext produced for each exercise) and returns new ones with a plain
 * sentence per exercise saying what changed, plus one summary for the whole session.
 *
 * - "reduce" (amber readiness): about a third fewer working sets per exercise (n − round(n/3), never
 *   below 1). Loads drop to 90 % rounded to what the member's setup can load; where the target is
 *   RPE-based it drops by one RPE instead, and the weight follows the lower RPE on the same 1RM curve
 *   the prescription came from.
 * - "swap" (red readiness): an easy session on the same exercises: half the working sets (rounded down,
 *   never below 1) at 80 % of the load, RPE targets two lower (never under 5).
 *
 * The exercises stay the same and in the same order (the phone derives entry ids from positions, so a
 * workout started offline lines up with the server's). Warm-ups stay; drop sets go (they only add
 * fatigue). The kept working sets are the first ones of the plan, so a top set stays and back-off sets
 * go first.
 */
import type { TTrainingSetup } from "@/lib/schemas/training-setup";
import { effectiveReps, oneRepMaxFactor } from "@/lib/train/one-rep-max";
import { roundLoadKg } from "@/lib/train/plates";
import { isWorkingSet } from "@/lib/train/progression";
import type { Equipment, SetType } from "@/lib/train/vocabulary";

export const reductionKinds = ["reduce", "swap"] as const;
export type ReductionKind = (typeof reductionKinds)[number];

/** One planned set as stored in a prescription (lib/schemas/workout ZPrescriptionSchema). */
export type TargetSet = { type: SetType; reps: { min: number; max: number }; weightKg: number | null; rpe: number | null };
export type DayPrescription = { sets: TargetSet[]; decision: string; reason: string };

export type DayEntryInput = { exerciseName: string; equipment: Equipment; prescription: DayPrescription };

export type ReducedEntry = {
  exerciseName: string;
  prescription: DayPrescription;
  workingSetsBefore: number;
  workingSetsAfter: number;
  /** What changed for this exercise, in one plain sentence. */
  change: string;
};

export type ReducedSession = { kind: ReductionKind; entries: ReducedEntry[]; summary: string };

export type ReduceOptions = {
  kind: ReductionKind;
  setup: TTrainingSetup;
  /** Formats kilograms in the member's unit. */
  formatWeight: (kg: number) => string;
  /** Why (for example "your readiness is amber today"), appended to the summary. */
  because?: string;
};

const RULES: Record<ReductionKind, { loadFactor: number; rpeDrop: number; label: string }> = {
  reduce: { loadFactor: 0.9, rpeDrop: 1, label: "lighter" },
  swap: { loadFactor: 0.8, rpeDrop: 2, label: "easy" },
};

const MIN_RPE = 5;
const KG_PRECISION = 0.01;

/** Working sets kept: "reduce" drops about a third, "swap" half; never below one. */
export function keptWorkingSets(kind: ReductionKind, planned: number): number {
  if (planned <= 0) return 0;
  const kept = kind === "reduce" ? planned - Math.round(planned / 3) : Math.floor(planned / 2);
  return Math.max(1, kept);
}

/**
 * A lighter load that the setup can make: nearest to the target, or the next step down when nearest
 * rounds back to the original load (a 9 kg target with 2 kg dumbbell steps from 10 kg).
 */
function lighterLoadKg(originalKg: number, targetKg: number, equipment: Equipment, setup: TTrainingSetup): number {
  const nearest = roundLoadKg(targetKg, equipment, setup, "nearest");
  if (nearest < originalKg - KG_PRECISION) return nearest;
  return Math.min(originalKg, roundLoadKg(targetKg, equipment, setup, "down"));
}

/** The load for the same reps at a lower RPE, on the curve RPE prescriptions come from. */
function loadAtLowerRpe(weightKg: number, reps: number, rpe: number, lowerRpe: number): number {
  return (weightKg * oneRepMaxFactor(effectiveReps(reps, rpe))) / oneRepMaxFactor(effectiveReps(reps, lowerRpe));
}

function lighterSet(set: TargetSet, kind: ReductionKind, equipment: Equipment, setup: TTrainingSetup): TargetSet {
  const rule = RULES[kind];
  if (set.rpe != null) {
    const rpe = Math.max(MIN_RPE, set.rpe - rule.rpeDrop);
    const weightKg = set.weightKg == null || set.weightKg <= 0 ? set.weightKg : lighterLoadKg(set.weightKg, loadAtLowerRpe(set.weightKg, set.reps.min, set.rpe, rpe), equipment, setup);
    return { ...set, rpe, weightKg };
  }
  const weightKg = set.weightKg == null || set.weightKg <= 0 ? set.weightKg : lighterLoadKg(set.weightKg, set.weightKg * rule.loadFactor, equipment, setup);
  return { ...set, weightKg };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function describeChange(kind: ReductionKind, before: TargetSet[], after: TargetSet[], workingBefore: number, workingAfter: number, formatWeight: (kg: number) => string): string {
  const parts: string[] = [];
  parts.push(workingAfter < workingBefore ? `${workingBefore} → ${plural(workingAfter, "working set")}` : `${plural(workingAfter, "working set")} as planned`);
  const firstBefore = before.find((set) => isWorkingSet(set.type));
  const firstAfter = after.find((set) => isWorkingSet(set.type));
  if (firstBefore && firstAfter) {
    if (firstBefore.rpe != null && firstAfter.rpe != null && firstAfter.rpe !== firstBefore.rpe) parts.push(`RPE ${firstBefore.rpe} → ${firstAfter.rpe}`);
    if (firstBefore.weightKg != null && firstAfter.weightKg != null && firstBefore.weightKg > 0) {
      if (firstAfter.weightKg < firstBefore.weightKg - KG_PRECISION) parts.push(`${formatWeight(firstBefore.weightKg)} → ${formatWeight(firstAfter.weightKg)}`);
      else parts.push(`weight stays at ${formatWeight(firstAfter.weightKg)} (your setup can't load less)`);
    } else if (firstBefore.rpe == null) {
      parts.push(kind === "reduce" ? "use about 10% less weight than usual" : "use about 80% of your usual weight");
    }
  }
  if (before.some((set) => set.type === "drop")) parts.push("no drop sets");
  return parts.join("; ") + ".";
}

/** The lighter version of one exercise's prescription. */
export function reducePrescription(entry: DayEntryInput, options: ReduceOptions): ReducedEntry {
  const { kind, setup, formatWeight } = options;
  const before = entry.prescription.sets;
  const workingBefore = before.filter((set) => isWorkingSet(set.type)).length;
  const keep = keptWorkingSets(kind, workingBefore);
  let seen = 0;
  const after: TargetSet[] = [];
  for (const set of before) {
    if (set.type === "drop") continue;
    if (!isWorkingSet(set.type)) {
      after.push(set);
      continue;
    }
    seen++;
    if (seen <= keep) after.push(lighterSet(set, kind, entry.equipment, setup));
  }
  const workingAfter = Math.min(keep, workingBefore);
  const change = describeChange(kind, before, after, workingBefore, workingAfter, formatWeight);
  const label = kind === "reduce" ? "Lighter version" : "Easy version";
  return {
    exerciseName: entry.exerciseName,
    workingSetsBefore: workingBefore,
    workingSetsAfter: workingAfter,
    change,
    prescription: {
      sets: after,
      decision: kind === "reduce" ? "readiness_reduce" : "readiness_swap",
      reason: `${label} for today: ${change} Planned: ${entry.prescription.reason}`,
    },
  };
}

/** The lighter version of a whole program day, with one summary sentence for the member. */
export function reduceSession(entries: DayEntryInput[], options: ReduceOptions): ReducedSession {
  const reduced = entries.map((entry) => reducePrescription(entry, options));
  const before = reduced.reduce((sum, entry) => sum + entry.workingSetsBefore, 0);
  const after = reduced.reduce((sum, entry) => sum + entry.workingSetsAfter, 0);
  const how =
    options.kind === "reduce"
      ? `${plural(after, "working set")} instead of ${before}, about 10% lighter (or one RPE easier)`
      : `an easy session: ${plural(after, "working set")} instead of ${before}, at about 80% of the weight (or two RPE easier)`;
  const why = options.because ? `, because ${options.because}` : "";
  return { kind: options.kind, entries: reduced, summary: `Same exercises, ${how}${why}.` };
}
