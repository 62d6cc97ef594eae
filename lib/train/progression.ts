/**
 * The next session's targets for one slot exercise, from the plan, the progression rule and what the
 * member logged before. Loads are kilograms, rounded to what the member's setup can make; the reason is
 * one sentence the member reads, in their unit.
 */
import type { TLoadTarget, TPlannedSet, TRepTarget, TSlotExercise } from "@/lib/schemas/program";
import type { TTrainingSetup } from "@/lib/schemas/training-setup";
import { effectiveReps, estimateOneRepMax, loadForReps, oneRepMaxFactor, percentOfOneRepMax, type OneRepMaxEstimate } from "@/lib/train/one-rep-max";
import { loadingFor, roundLoadKg } from "@/lib/train/plates";
import type { Equipment, SetType } from "@/lib/train/vocabulary";

export type LoggedSet = { type: SetType; weightKg: number | null; reps: number | null; rpe: number | null };
/** One slot's sets from one earlier session. */
export type PastSession = { sets: LoggedSet[] };
export type NextSetTarget = { type: SetType; reps: TRepTarget; weightKg: number | null; rpe: number | null };
export type Decision = "start" | "increase" | "hold" | "reps_up" | "deload" | "from_rpe" | "no_rule";
export type Prescription = { sets: NextSetTarget[]; decision: Decision; reason: string };

export type PrescribeInput = {
  slot: TSlotExercise;
  equipment: Equipment;
  /** Earlier sessions of this slot, newest first (may be empty). */
  history: PastSession[];
  /** The member's current e1RM for the exercise, if known. */
  estimatedOneRepMaxKg: number | null;
  setup: TTrainingSetup;
  /** Formats kilograms in the member's unit, for the reason. */
  formatWeight: (kg: number) => string;
};

const WORKING_TYPES: ReadonlySet<SetType> = new Set<SetType>(["working", "amrap", "failure"]);
/** Two loads this close are the same load (stored kg carry 0.01 kg of rounding, lb conversions more). */
const SAME_LOAD_KG = 0.05;
/** Stored loads are kept to 0.01 kg, so a load must beat another by more than that to be heavier. */
const KG_PRECISION = 0.01;

export function isWorkingSet(type: SetType): boolean {
  return WORKING_TYPES.has(type);
}

// ---------------------------------------------------------------------------------------------------
// Reading the plan

function plannedRpe(load: TLoadTarget): number | null {
  if (load.kind === "rpe") return load.rpe;
  if (load.kind === "rir") return 10 - load.rir;
  return null;
}

/**
 * The load a planned set asks for, unrounded. RPE and RiR targets use the bottom of the rep range: the
 * member commits to at least that many reps at the planned effort, and more reps only mean an easier set.
 */
function plannedLoadKg(set: TPlannedSet, e1rmKg: number | null): number | null {
  const { load } = set;
  switch (load.kind) {
    case "absolute":
      return load.kg;
    case "percent_1rm":
      return e1rmKg == null ? null : (e1rmKg * load.percent) / 100;
    case "rpe":
    case "rir":
      return e1rmKg == null ? null : loadForReps(e1rmKg, set.reps.min, plannedRpe(load));
    case "none":
      return null;
  }
}

/** The share of the 1RM a planned set works at, when the plan says enough to know it. */
function plannedPercent(set: TPlannedSet, e1rmKg: number | null): number | null {
  const { load } = set;
  if (load.kind === "percent_1rm") return load.percent;
  if (load.kind === "rpe" || load.kind === "rir") return percentOfOneRepMax(set.reps.min, plannedRpe(load));
  if (load.kind === "absolute" && e1rmKg) return (load.kg / e1rmKg) * 100;
  return null;
}

type Plan = {
  input: PrescribeInput;
  /** Each planned set's load from its target and the known e1RM, unrounded. */
  initialKg: (number | null)[];
  /** The working set with the heaviest planned load (the first working set when none is known). */
  top: TPlannedSet;
  topKg: number | null;
  working: TPlannedSet[];
};

function readPlan(input: PrescribeInput): Plan {
  const initialKg = input.slot.sets.map((set) => plannedLoadKg(set, input.estimatedOneRepMaxKg));
  const working = input.slot.sets.filter((set) => isWorkingSet(set.type));
  const workingIndexes = input.slot.sets.flatMap((set, i) => (isWorkingSet(set.type) ? [i] : []));
  let topIndex = workingIndexes[0];
  for (const i of workingIndexes) {
    const kg = initialKg[i];
    const topKg = initialKg[topIndex];
    if (kg != null && (topKg == null || kg > topKg)) topIndex = i;
  }
  return { input, initialKg, top: input.slot.sets[topIndex], topKg: initialKg[topIndex] ?? null, working };
}

function roundKg(plan: Plan, kg: number): number;
function roundKg(plan: Plan, kg: number | null): number | null;
function roundKg(plan: Plan, kg: number | null): number | null {
  return kg == null ? null : roundLoadKg(kg, plan.input.equipment, plan.input.setup, "nearest");
}

type TargetsSpec = {
  /** The unrounded load for a working set. */
  workingKg: (set: TPlannedSet, plannedKg: number | null) => number | null;
  workingReps?: (set: TPlannedSet, ordinal: number) => TRepTarget;
  workingRpe?: number;
  /** The 1RM that %1RM warm-ups and drop sets scale from. */
  sessionE1rmKg: number | null;
};

function buildTargets(plan: Plan, spec: TargetsSpec): NextSetTarget[] {
  let ordinal = 0;
  return plan.input.slot.sets.map((set, i) => {
    if (isWorkingSet(set.type)) {
      const reps = spec.workingReps?.(set, ordinal) ?? set.reps;
      ordinal++;
      const rpe = spec.workingRpe ?? plannedRpe(set.load);
      return { type: set.type, reps, weightKg: roundKg(plan, spec.workingKg(set, plan.initialKg[i])), rpe };
    }
    // Warm-ups and drops keep their planned load; a %1RM one follows the session's working weight.
    const scaled = set.load.kind === "percent_1rm" && spec.sessionE1rmKg != null ? (spec.sessionE1rmKg * set.load.percent) / 100 : null;
    return { type: set.type, reps: set.reps, weightKg: roundKg(plan, scaled ?? plan.initialKg[i]), rpe: plannedRpe(set.load) };
  });
}

/**
 * Targets with the heaviest working set at `topKg`. Other working sets keep their planned proportion to
 * the heaviest (a back-off set planned at 90% of the top set stays at 90% of the new top set).
 */
function targetsAtTopLoad(plan: Plan, topKg: number | null, workingReps?: TargetsSpec["workingReps"]): NextSetTarget[] {
  const topPercent = plannedPercent(plan.top, plan.input.estimatedOneRepMaxKg);
  const sessionE1rmKg = topKg != null && topPercent ? topKg / (topPercent / 100) : plan.input.estimatedOneRepMaxKg;
  return buildTargets(plan, {
    workingKg: (_set, plannedKg) => {
      if (topKg == null) return null;
      const share = plannedKg != null && plan.topKg ? plannedKg / plan.topKg : 1;
      return topKg * share;
    },
    workingReps,
    sessionE1rmKg,
  });
}

function plannedTargets(plan: Plan): NextSetTarget[] {
  return buildTargets(plan, { workingKg: (_set, plannedKg) => plannedKg, sessionE1rmKg: plan.input.estimatedOneRepMaxKg });
}

// ---------------------------------------------------------------------------------------------------
// Reading the log

function loggedWorkingSets(session: PastSession): LoggedSet[] {
  return session.sets.filter((set) => isWorkingSet(set.type));
}

/** A session where no working set has reps logged says nothing about progress, so it is skipped. */
function hasLoggedWork(session: PastSession): boolean {
  return loggedWorkingSets(session).some((set) => set.reps != null);
}

/** The heaviest working-set weight of a session, or null when no weight was logged. */
function workingLoadKg(session: PastSession): number | null {
  const weights = loggedWorkingSets(session)
    .map((set) => set.weightKg)
    .filter((kg): kg is number => kg != null && kg >= 0);
  return weights.length ? Math.max(...weights) : null;
}

/**
 * Whether every planned working set was matched, in order, by a logged one that reached the bottom (or
 * top) of its rep range. A skipped set counts as missed; extra logged sets are ignored.
 */
function reachedEverySet(plan: Plan, session: PastSession, end: "min" | "max"): boolean {
  const logged = loggedWorkingSets(session);
  return plan.working.every((set, i) => {
    const reps = logged[i]?.reps;
    return reps != null && reps >= set.reps[end];
  });
}

function sameLoad(a: number | null, b: number | null): boolean {
  return a == null || b == null ? a === b : Math.abs(a - b) < SAME_LOAD_KG;
}

// ---------------------------------------------------------------------------------------------------
// Words

/** "3×5" when every working set shares the rep count, else "all 3 sets". */
function describeWork(plan: Plan, end: "min" | "max"): string {
  const counts = new Set(plan.working.map((set) => set.reps[end]));
  const n = plan.working.length;
  return counts.size === 1 ? `${n}×${[...counts][0]}` : `all ${n} sets`;
}

function describeLogged(set: LoggedSet, formatWeight: (kg: number) => string): string {
  const effort = set.rpe != null ? `@ RPE ${set.rpe}` : "to failure";
  return `${formatWeight(set.weightKg ?? 0)} × ${set.reps} ${effort}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// ---------------------------------------------------------------------------------------------------
// Rules

/**
 * The load to build from: the last working load, or for added-load work (pull-ups, dips) nothing logged
 * means bodyweight only. With loaded equipment and no logged weight, fall back to the plan's.
 */
function baseLoadKg(plan: Plan, last: PastSession): number | null {
  const logged = workingLoadKg(last);
  if (logged != null) return logged;
  return loadingFor(plan.input.equipment) === "added" ? 0 : plan.topKg;
}

function noWeightToBuildOn(plan: Plan): Prescription {
  return {
    sets: plannedTargets(plan),
    decision: "hold",
    reason: "No weight was logged last time, so enter the weight you use and the next target will follow.",
  };
}

/**
 * Base + increment, rounded to what can be loaded. If nearest rounding lands back on the base (a 1 kg
 * increment with 2.5 kg jumps), take the next loadable step instead so the member still progresses.
 * Null when nothing heavier can be loaded.
 */
function heavierLoadKg(plan: Plan, baseKg: number, incrementKg: number): number | null {
  const { equipment, setup } = plan.input;
  const nearest = roundLoadKg(baseKg + incrementKg, equipment, setup, "nearest");
  if (nearest > baseKg + KG_PRECISION) return nearest;
  const up = roundLoadKg(baseKg + incrementKg, equipment, setup, "up");
  return up > baseKg + KG_PRECISION ? up : null;
}

function cannotLoadMore(plan: Plan, baseKg: number, hit: string): Prescription {
  const fw = plan.input.formatWeight;
  return {
    sets: targetsAtTopLoad(plan, baseKg),
    decision: "hold",
    reason: `You hit ${hit} at ${fw(baseKg)} last time, but your setup can't load more, so stay at ${fw(roundKg(plan, baseKg))}.`,
  };
}

function linear(plan: Plan, rule: { incrementKg: number; deloadAfterFailures: number; deloadPercent: number }, sessions: PastSession[]): Prescription {
  const fw = plan.input.formatWeight;
  const last = sessions[0];
  const baseKg = baseLoadKg(plan, last);
  if (baseKg == null) return noWeightToBuildOn(plan);

  if (reachedEverySet(plan, last, "min")) {
    const hit = describeWork(plan, "min");
    const nextKg = heavierLoadKg(plan, baseKg, rule.incrementKg);
    if (nextKg == null) return cannotLoadMore(plan, baseKg, hit);
    return {
      sets: targetsAtTopLoad(plan, nextKg),
      decision: "increase",
      reason: `You hit ${hit} at ${fw(baseKg)} last time, so +${fw(nextKg - baseKg)} to ${fw(nextKg)}.`,
    };
  }

  // Count the misses in a row at this load: misses at a heavier load before an earlier deload don't
  // count, or one bad day right after a deload would trigger another.
  const lastLoad = workingLoadKg(last);
  let misses = 0;
  for (const session of sessions) {
    if (reachedEverySet(plan, session, "min") || !sameLoad(workingLoadKg(session), lastLoad)) break;
    misses++;
  }

  if (misses >= rule.deloadAfterFailures) {
    const deloadKg = roundLoadKg(baseKg * (1 - rule.deloadPercent / 100), plan.input.equipment, plan.input.setup, "nearest");
    return {
      sets: targetsAtTopLoad(plan, deloadKg),
      decision: "deload",
      reason: `You missed reps ${plural(misses, "session")} in a row at ${fw(baseKg)}, so drop ${rule.deloadPercent}% to ${fw(deloadKg)} and build back up.`,
    };
  }
  return {
    sets: targetsAtTopLoad(plan, baseKg),
    decision: "hold",
    reason: `You missed some reps at ${fw(roundKg(plan, baseKg))} last time, so stay there and try again (${misses} of ${rule.deloadAfterFailures} misses before a deload).`,
  };
}

function double(plan: Plan, rule: { incrementKg: number }, last: PastSession): Prescription {
  const fw = plan.input.formatWeight;
  const baseKg = baseLoadKg(plan, last);

  if (reachedEverySet(plan, last, "max")) {
    if (baseKg == null) return noWeightToBuildOn(plan);
    const hit = `the top of the range (${describeWork(plan, "max")})`;
    const nextKg = heavierLoadKg(plan, baseKg, rule.incrementKg);
    if (nextKg == null) return cannotLoadMore(plan, baseKg, hit);
    return {
      sets: targetsAtTopLoad(plan, nextKg),
      decision: "increase",
      reason: `You hit ${hit} at ${fw(baseKg)} last time, so +${fw(nextKg - baseKg)} to ${fw(nextKg)} and back to ${describeWork(plan, "min")}.`,
    };
  }

  // One more rep than last time on each set, up to the top of the range; `min` is this session's target
  // and `max` stays the point where the weight goes up.
  const logged = loggedWorkingSets(last);
  const aims: number[] = [];
  const sets = targetsAtTopLoad(plan, baseKg, (set, ordinal) => {
    const lastReps = logged[ordinal]?.reps;
    const aim = lastReps == null ? set.reps.min : Math.min(set.reps.max, lastReps + 1);
    aims.push(aim);
    return { min: aim, max: set.reps.max };
  });
  const aimText = new Set(aims).size === 1 ? `${aims[0]} reps a set` : aims.join(", ") + " reps";
  const heldKg = roundKg(plan, baseKg);
  const where = heldKg != null ? `at ${fw(heldKg)} ` : "";
  const top = new Set(plan.working.map((set) => set.reps.max));
  const topText = top.size === 1 ? `${[...top][0]}` : "the top of each range";
  return {
    sets,
    decision: "reps_up",
    reason: `Stay ${where}and add a rep: aim for ${aimText}, then add weight once every set reaches ${topText}.`,
  };
}

/**
 * Records keep the strict estimate (at most 10 reps to failure), but a rule steering hypertrophy work
 * (3 × 10 @ RPE 8 is 12 reps to failure) still needs one: up to 20 reps, the same curve loadForReps
 * inverts, so the next load is consistent with how it was derived.
 */
function highRepEstimate(weightKg: number, reps: number, rpe: number): OneRepMaxEstimate | null {
  if (!(weightKg > 0) || !(reps >= 1) || rpe < 5 || rpe > 10) return null;
  const toFailure = effectiveReps(reps, rpe);
  if (toFailure > 20) return null;
  const value = weightKg * oneRepMaxFactor(toFailure);
  return { epley: value, brzycki: value, value, effectiveReps: toFailure };
}

/** The strongest reading of the last session: sets to failure count as RPE 10, sets without RPE are skipped. */
function bestEstimate(last: PastSession): { set: LoggedSet; estimate: OneRepMaxEstimate } | null {
  let best: { set: LoggedSet; estimate: OneRepMaxEstimate } | null = null;
  for (const set of loggedWorkingSets(last)) {
    const rpe = set.rpe ?? (set.type === "failure" || set.type === "amrap" ? 10 : null);
    if (rpe == null || set.weightKg == null || set.reps == null) continue;
    const estimate = estimateOneRepMax({ weightKg: set.weightKg, reps: set.reps, rpe }) ?? highRepEstimate(set.weightKg, set.reps, rpe);
    if (estimate && (!best || estimate.value > best.estimate.value)) best = { set, estimate };
  }
  return best;
}

function byRpe(plan: Plan, rule: { targetRpe: number }, last: PastSession): Prescription {
  const fw = plan.input.formatWeight;
  const best = bestEstimate(last);
  const e1rmKg = best?.estimate.value ?? plan.input.estimatedOneRepMaxKg;

  if (e1rmKg == null) {
    const baseKg = workingLoadKg(last);
    return {
      sets: targetsAtTopLoad(plan, baseKg),
      decision: "hold",
      reason: baseKg != null
        ? `Log the RPE of your sets so the weight can follow it; until then stay at ${fw(roundKg(plan, baseKg))}.`
        : "Log the weight and RPE of your sets so the next weight can be worked out.",
    };
  }

  const sets = buildTargets(plan, {
    workingKg: (set) => loadForReps(e1rmKg, set.reps.min, rule.targetRpe),
    workingRpe: rule.targetRpe,
    sessionE1rmKg: e1rmKg,
  });
  const first = plan.working[0];
  const firstKg = sets.find((set) => isWorkingSet(set.type))?.weightKg ?? 0;
  const source = best
    ? `Your best set, ${describeLogged(best.set, fw)}, puts your 1RM near ${fw(e1rmKg)}`
    : `With no RPE logged last time, your estimated 1RM of ${fw(e1rmKg)} sets the weight`;
  return {
    sets,
    decision: "from_rpe",
    reason: `${source}, so ${first.reps.min} reps @ RPE ${rule.targetRpe} is ${fw(firstKg)}.`,
  };
}

function noRule(plan: Plan, last: PastSession): Prescription {
  const carriedKg = workingLoadKg(last);
  const planHasLoad = plan.initialKg.some((kg, i) => kg != null && isWorkingSet(plan.input.slot.sets[i].type));
  if (planHasLoad || carriedKg == null) {
    return { sets: plannedTargets(plan), decision: "no_rule", reason: "No progression rule for this exercise, so follow the plan." };
  }
  return {
    sets: targetsAtTopLoad(plan, carriedKg),
    decision: "no_rule",
    reason: `No progression rule and no planned weight, so carry last time's ${plan.input.formatWeight(roundKg(plan, carriedKg))}.`,
  };
}

function start(plan: Plan): Prescription {
  const sets = plannedTargets(plan);
  const working = sets.filter((set) => isWorkingSet(set.type));
  const knownKg = working.flatMap((set) => (set.weightKg == null ? [] : [set.weightKg]));
  const fw = plan.input.formatWeight;
  let reason: string;
  if (knownKg.length === working.length) {
    reason = `First time: start at the planned ${fw(Math.max(...knownKg))}.`;
  } else if (plan.working.some((set) => set.load.kind !== "none" && set.load.kind !== "absolute")) {
    reason = "First time: enter a starting weight, since there's no 1RM estimate yet to work it out from.";
  } else if (loadingFor(plan.input.equipment) === "added") {
    reason = "First time: follow the plan, adding weight only if it's easy.";
  } else {
    reason = `First time: enter a starting weight you can lift for ${plan.top.reps.min} good reps.`;
  }
  return { sets, decision: "start", reason };
}

export function prescribeNext(input: PrescribeInput): Prescription {
  const plan = readPlan(input);
  if (plan.working.length === 0) {
    return { sets: plannedTargets(plan), decision: "no_rule", reason: "No working sets planned, so follow the plan." };
  }
  const sessions = input.history.filter(hasLoggedWork);
  if (sessions.length === 0) return start(plan);

  const rule = input.slot.progression;
  switch (rule.kind) {
    case "linear":
      return linear(plan, rule, sessions);
    case "double":
      return double(plan, rule, sessions[0]);
    case "rpe":
      return byRpe(plan, rule, sessions[0]);
    case "none":
      return noRule(plan, sessions[0]);
  }
}
