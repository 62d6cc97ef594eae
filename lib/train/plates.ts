/**
 * What a member can actually put on the bar or pick off the rack. The setup is in the member's own unit
 * (lb gyms have lb plates), so rounding happens in that unit and the result converts back to kg.
 *
 * All arithmetic runs on integer hundredths of the unit: 1.25 + 1.25 + 2.5 in floating point is not
 * always 5, and a plate breakdown that is off by 1e-15 would never count as exact.
 */
import type { TTrainingSetup } from "@/lib/schemas/training-setup";
import type { Equipment } from "@/lib/train/vocabulary";
import { kgToLb, weightToKg } from "@/lib/units";

export type RoundingMode = "nearest" | "down" | "up";

/** How a piece of equipment is loaded, which decides which loads exist. */
export type Loading = "bar" | "dumbbell" | "machine" | "added";

/**
 * Smith machines, EZ bars and trap bars are treated as a bar of setup.barWeight. Their real empty weight
 * varies (a smith bar is often counterbalanced, an EZ bar is ~10 kg), but the setup records one bar,
 * and the plate steps — what rounding is about — are the same.
 */
export function loadingFor(equipment: Equipment): Loading {
  switch (equipment) {
    case "barbell":
    case "smith_machine":
    case "ez_bar":
    case "trap_bar":
      return "bar";
    case "dumbbell":
    case "kettlebell":
      return "dumbbell";
    case "machine":
    case "cable":
      return "machine";
    default:
      // Bodyweight, bands and the rest: the load is what gets added (a plate on a belt or in a vest).
      return "added";
  }
}

const HUNDREDTHS = 100;
/**
 * Stored kilograms are kept to 0.01 kg, which is up to 0.011 lb off the member's real number: 135 lb is
 * stored as 61.23 kg and reads back as 134.995 lb. "down" and "up" forgive that much so they don't drop
 * or add a whole step.
 */
const DIRECTED_TOLERANCE = 2;

function toHundredths(value: number): number {
  return Math.round(value * HUNDREDTHS);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

type PlateSize = { hundredths: number; perSide: number };

/** Plate sizes heaviest first, with sizes listed twice merged. */
function plateSizes(setup: TTrainingSetup): PlateSize[] {
  const bySize = new Map<number, number>();
  for (const plate of setup.plates) {
    const hundredths = toHundredths(plate.weight);
    if (hundredths > 0 && plate.pairs > 0) bySize.set(hundredths, (bySize.get(hundredths) ?? 0) + plate.pairs);
  }
  return [...bySize.entries()].map(([hundredths, perSide]) => ({ hundredths, perSide })).sort((a, b) => b.hundredths - a.hundredths);
}

/**
 * Which per-side totals up to `capHundredths` the plates can make. Sums are indexed in steps of the
 * plates' greatest common divisor to keep the tables small. `fromSize[i]` is what sizes i… (the lighter
 * ones) can make, so a breakdown can pick heavy plates first and still know the rest is makeable.
 */
type PlateTable = { sizes: PlateSize[]; step: number; fromSize: Uint8Array[] };

function plateTable(setup: TTrainingSetup, capHundredths: number): PlateTable {
  const sizes = plateSizes(setup);
  const step = sizes.reduce((divisor, size) => gcd(size.hundredths, divisor), 0) || 1;
  const length = Math.max(0, Math.floor(capHundredths / step)) + 1;
  const fromSize: Uint8Array[] = new Array(sizes.length + 1);
  fromSize[sizes.length] = new Uint8Array(length);
  fromSize[sizes.length][0] = 1;
  for (let i = sizes.length - 1; i >= 0; i--) {
    // Bounded subset sum in one pass: `used` counts the fewest plates of this size a sum needs.
    const width = sizes[i].hundredths / step;
    const reachable = fromSize[i + 1].slice();
    const used = new Uint8Array(length);
    for (let sum = width; sum < length; sum++) {
      if (!reachable[sum] && reachable[sum - width] && used[sum - width] < sizes[i].perSide) {
        reachable[sum] = 1;
        used[sum] = used[sum - width] + 1;
      }
    }
    fromSize[i] = reachable;
  }
  return { sizes, step, fromSize };
}

function maxPerSideHundredths(setup: TTrainingSetup): number {
  return plateSizes(setup).reduce((sum, size) => sum + size.hundredths * size.perSide, 0);
}

/** Picks from the closest achievable totals below and above the target. Ties go up, like Math.round. */
function choose(target: number, below: number | null, above: number | null, mode: RoundingMode): number | null {
  if (mode === "down") return below ?? above;
  if (mode === "up") return above ?? below;
  if (below == null) return above;
  if (above == null) return below;
  return target - below < above - target ? below : above;
}

function directedTarget(target: number, mode: RoundingMode): { forBelow: number; forAbove: number } {
  return {
    forBelow: mode === "down" ? target + DIRECTED_TOLERANCE : target,
    forAbove: mode === "up" ? target - DIRECTED_TOLERANCE : target,
  };
}

function roundOnBar(target: number, setup: TTrainingSetup, mode: RoundingMode): number {
  const bar = toHundredths(setup.barWeight);
  if (target <= bar) return bar;
  const largestPlate = plateSizes(setup)[0]?.hundredths ?? 0;
  // The lightest total above the target is at most one plate per side past it (take plates off the full
  // bar one at a time), so the table never needs to reach further.
  const cap = Math.min(maxPerSideHundredths(setup), Math.ceil((target - bar) / 2) + largestPlate);
  const { step, fromSize } = plateTable(setup, cap);
  const reachable = fromSize[0];
  const { forBelow, forAbove } = directedTarget(target, mode);
  let below: number | null = null;
  let above: number | null = null;
  for (let index = 0; index < reachable.length; index++) {
    if (!reachable[index]) continue;
    const total = bar + 2 * index * step;
    if (total <= forBelow) below = total;
    if (total >= forAbove && above == null) above = total;
  }
  return choose(target, below, above, mode) ?? bar;
}

/** Multiples of a step. `atLeastOneStep` because there is no 0 kg dumbbell or empty weight stack. */
function roundToStep(target: number, step: number, mode: RoundingMode, atLeastOneStep: boolean): number {
  if (step <= 0) return Math.max(0, target);
  const { forBelow, forAbove } = directedTarget(target, mode);
  const below = Math.floor(forBelow / step) * step;
  const above = Math.ceil(forAbove / step) * step;
  const rounded = Math.max(0, choose(target, below, above, mode) ?? 0);
  return atLeastOneStep && target > 0 ? Math.max(step, rounded) : rounded;
}

/**
 * The achievable load nearest to (or not above / not below) a target, in kg to 0.01 kg. A barbell target
 * below the bar gives the bar; a bar target past every plate gives the heaviest bar that can be loaded.
 */
export function roundLoadKg(targetKg: number, equipment: Equipment, setup: TTrainingSetup, mode: RoundingMode = "nearest"): number {
  const targetInUnit = setup.unit === "kg" ? targetKg : kgToLb(targetKg);
  const target = Number.isFinite(targetInUnit) ? Math.max(0, toHundredths(targetInUnit)) : 0;
  const smallestPlate = plateSizes(setup).at(-1)?.hundredths ?? 0;
  let rounded: number;
  switch (loadingFor(equipment)) {
    case "bar":
      rounded = roundOnBar(target, setup, mode);
      break;
    case "dumbbell":
      rounded = roundToStep(target, toHundredths(setup.dumbbellStep), mode, true);
      break;
    case "machine":
      rounded = roundToStep(target, toHundredths(setup.machineStep), mode, true);
      break;
    case "added":
      rounded = roundToStep(target, smallestPlate, mode, false);
      break;
  }
  return Math.max(0, weightToKg(rounded / HUNDREDTHS, setup.unit));
}

export type PlateBreakdown = {
  /** Every plate on one side, heaviest first. */
  perSide: number[];
  /** What the bar weighs as loaded: bar + 2 × perSide. */
  achieved: number;
  /** The part of the total the plates could not make (0 when exact, and when below the bar). */
  remainder: number;
  /** The total is lighter than the empty bar; achieved is then the bar. */
  belowBar: boolean;
};

/**
 * The plates for one side of a bar loaded to `total` (setup unit). Never loads more than asked: when
 * the total can't be made it loads the closest total below and reports the remainder. Heaviest plates
 * first, but not blindly greedy: with one 25 and two 15s, 30 a side is 15 + 15, not 25 and a gap.
 */
export function platesPerSide(total: number, setup: TTrainingSetup): PlateBreakdown {
  const bar = toHundredths(setup.barWeight);
  const target = toHundredths(total);
  if (target < bar) return { perSide: [], achieved: setup.barWeight, remainder: 0, belowBar: true };

  const perSideTarget = Math.min(Math.floor((target - bar) / 2), maxPerSideHundredths(setup));
  const { sizes, step, fromSize } = plateTable(setup, perSideTarget);
  let left = Math.floor(perSideTarget / step);
  while (left > 0 && !fromSize[0][left]) left--;

  const perSide: number[] = [];
  let loaded = 0;
  sizes.forEach((size, i) => {
    const width = size.hundredths / step;
    let count = Math.min(size.perSide, Math.floor(left / width));
    while (count > 0 && !fromSize[i + 1][left - count * width]) count--;
    for (let n = 0; n < count; n++) perSide.push(size.hundredths / HUNDREDTHS);
    left -= count * width;
    loaded += count * size.hundredths;
  });

  const achieved = bar + 2 * loaded;
  return { perSide, achieved: achieved / HUNDREDTHS, remainder: (target - achieved) / HUNDREDTHS, belowBar: false };
}
