import { describe, expect, it } from "vitest";
import { defaultTrainingSetup } from "@/lib/schemas/training-setup";
import { keptWorkingSets, reducePrescription, reduceSession, type DayEntryInput, type TargetSet } from "@/lib/train/reduced-session";
import type { Equipment, SetType } from "@/lib/train/vocabulary";
import { formatWeight, weightToKg } from "@/lib/units";

const kgSetup = defaultTrainingSetup.kg;
const lbSetup = defaultTrainingSetup.lb;
const fwKg = (kg: number) => formatWeight(kg, "kg");
const fwLb = (kg: number) => formatWeight(kg, "lb");

function sets(count: number, weightKg: number | null, reps = 5, rpe: number | null = null, type: SetType = "working"): TargetSet[] {
  return Array.from({ length: count }, () => ({ type, reps: { min: reps, max: reps }, weightKg, rpe }));
}

function entry(targets: TargetSet[], equipment: Equipment = "barbell", exerciseName = "Back squat"): DayEntryInput {
  return { exerciseName, equipment, prescription: { sets: targets, decision: "increase", reason: "You hit 3×5 last time." } };
}

const weights = (targets: TargetSet[]) => targets.map((set) => set.weightKg);

describe("keptWorkingSets", () => {
  it("drops about a third for reduce and half for swap, never below one", () => {
    // reduce: n − round(n / 3)
    expect([1, 2, 3, 4, 5, 6, 9].map((n) => keptWorkingSets("reduce", n))).toEqual([1, 1, 2, 3, 3, 4, 6]);
    // swap: floor(n / 2), at least 1
    expect([1, 2, 3, 4, 5, 6].map((n) => keptWorkingSets("swap", n))).toEqual([1, 1, 1, 2, 2, 3]);
    expect(keptWorkingSets("reduce", 0)).toBe(0);
  });
});

describe("reducePrescription: reduce", () => {
  it("3 × 5 @ 100 kg on a barbell becomes 2 × 5 @ 90 kg; the warm-up stays", () => {
    const result = reducePrescription(entry([...sets(1, 60, 5, null, "warmup"), ...sets(3, 100)]), { kind: "reduce", setup: kgSetup, formatWeight: fwKg });
    // 100 × 0.9 = 90 = 20 kg bar + 35 a side (25 + 10): loadable exactly.
    expect(weights(result.prescription.sets)).toEqual([60, 90, 90]);
    expect(result.prescription.sets.map((set) => set.type)).toEqual(["warmup", "working", "working"]);
    expect(result.workingSetsBefore).toBe(3);
    expect(result.workingSetsAfter).toBe(2);
    expect(result.change).toBe("3 → 2 working sets; 100 kg → 90 kg.");
    expect(result.prescription.decision).toBe("readiness_reduce");
    expect(result.prescription.reason).toBe("Lighter version for today: 3 → 2 working sets; 100 kg → 90 kg. Planned: You hit 3×5 last time.");
  });

  it("rounds 90% to the nearest load the plates make: 5 × 102.5 kg → 3 × 92.5 kg", () => {
    // 102.5 × 0.9 = 92.25; bar totals move in 2.5 kg steps (1.25 kg plates): 92.5 is nearer than 90.
    const result = reducePrescription(entry(sets(5, 102.5)), { kind: "reduce", setup: kgSetup, formatWeight: fwKg });
    expect(weights(result.prescription.sets)).toEqual([92.5, 92.5, 92.5]);
  });

  it("steps down when 90% rounds back to the planned dumbbell: 2 × 10 kg → 1 × 8 kg", () => {
    // 10 × 0.9 = 9, halfway between the 8 and 10 kg dumbbells; nearest rounds up to 10 (no change), so 8.
    const result = reducePrescription(entry(sets(2, 10, 10), "dumbbell", "Curl"), { kind: "reduce", setup: kgSetup, formatWeight: fwKg });
    expect(weights(result.prescription.sets)).toEqual([8]);
    expect(result.change).toBe("2 → 1 working set; 10 kg → 8 kg.");
  });

  it("lowers an RPE target by one and the weight along the same curve: 3 × 5 @ RPE 8, 100 kg → 2 × 5 @ RPE 7, 97.5 kg", () => {
    // 5 @ RPE 8 = 7 reps to failure, factor (1 + 7/30 + 36/30) / 2 = 1.21667; 5 @ RPE 7 = 8 reps,
    // factor (1 + 8/30 + 36/29) / 2 = 1.25402. 100 × 1.21667 / 1.25402 = 97.02 → nearest bar load 97.5.
    const result = reducePrescription(entry(sets(3, 100, 5, 8)), { kind: "reduce", setup: kgSetup, formatWeight: fwKg });
    expect(result.prescription.sets).toEqual([
      { type: "working", reps: { min: 5, max: 5 }, weightKg: 97.5, rpe: 7 },
      { type: "working", reps: { min: 5, max: 5 }, weightKg: 97.5, rpe: 7 },
    ]);
    expect(result.change).toBe("3 → 2 working sets; RPE 8 → 7; 100 kg → 97.5 kg.");
  });

  it("with no weight known, keeps the weight empty and says to go lighter", () => {
    const result = reducePrescription(entry(sets(4, null)), { kind: "reduce", setup: kgSetup, formatWeight: fwKg });
    expect(weights(result.prescription.sets)).toEqual([null, null, null]);
    expect(result.change).toBe("4 → 3 working sets; use about 10% less weight than usual.");
  });

  it("drops drop sets and keeps the first (top) working sets", () => {
    const targets: TargetSet[] = [
      { type: "working", reps: { min: 3, max: 3 }, weightKg: 120, rpe: null },
      { type: "working", reps: { min: 5, max: 5 }, weightKg: 100, rpe: null },
      { type: "working", reps: { min: 5, max: 5 }, weightKg: 100, rpe: null },
      { type: "drop", reps: { min: 10, max: 10 }, weightKg: 60, rpe: null },
    ];
    const result = reducePrescription(entry(targets), { kind: "reduce", setup: kgSetup, formatWeight: fwKg });
    // 120 × 0.9 = 108 (20 + 44 a side: 25 + 15 + 2.5 + 1.25 ... = 43.75 or 45 → 107.5 / 110; 108 is nearer 107.5).
    expect(result.prescription.sets.map((set) => [set.reps.min, set.weightKg])).toEqual([
      [3, 107.5],
      [5, 90],
    ]);
    expect(result.change).toBe("3 → 2 working sets; 120 kg → 107.5 kg; no drop sets.");
  });

  it("rounds in the member's own unit: 225 lb → 205 lb on lb plates", () => {
    // 225 × 0.9 = 202.5 lb; lb bar totals move in 5 lb steps (2.5 lb plates), the tie goes up to 205.
    const result = reducePrescription(entry(sets(3, weightToKg(225, "lb"))), { kind: "reduce", setup: lbSetup, formatWeight: fwLb });
    expect(weights(result.prescription.sets)).toEqual([weightToKg(205, "lb"), weightToKg(205, "lb")]);
    expect(result.change).toBe("3 → 2 working sets; 225 lb → 205 lb.");
  });
});

describe("reducePrescription: swap (red readiness)", () => {
  it("4 × 5 @ 100 kg becomes 2 × 5 @ 80 kg", () => {
    const result = reducePrescription(entry(sets(4, 100)), { kind: "swap", setup: kgSetup, formatWeight: fwKg });
    expect(weights(result.prescription.sets)).toEqual([80, 80]);
    expect(result.prescription.decision).toBe("readiness_swap");
    expect(result.prescription.reason.startsWith("Easy version for today: 4 → 2 working sets; 100 kg → 80 kg.")).toBe(true);
  });

  it("lowers RPE by two, never under 5, and keeps one set of a single-set exercise", () => {
    const result = reducePrescription(entry(sets(1, null, 8, 6), "machine", "Leg press"), { kind: "swap", setup: kgSetup, formatWeight: fwKg });
    expect(result.prescription.sets).toEqual([{ type: "working", reps: { min: 8, max: 8 }, weightKg: null, rpe: 5 }]);
    expect(result.change).toBe("1 working set as planned; RPE 6 → 5.");
  });
});

describe("reduceSession", () => {
  it("keeps every exercise in order and sums the sets in its summary", () => {
    const session = reduceSession([entry(sets(3, 100)), entry(sets(3, 40, 10), "dumbbell", "Row")], {
      kind: "reduce",
      setup: kgSetup,
      formatWeight: fwKg,
      because: "your readiness is amber today",
    });
    expect(session.entries.map((e) => e.exerciseName)).toEqual(["Back squat", "Row"]);
    // 40 × 0.9 = 36 kg, a 2 kg dumbbell step.
    expect(session.entries.map((e) => weights(e.prescription.sets))).toEqual([
      [90, 90],
      [36, 36],
    ]);
    expect(session.summary).toBe("Same exercises, 4 working sets instead of 6, about 10% lighter (or one RPE easier), because your readiness is amber today.");
  });
});
