import { describe, expect, it } from "vitest";
import type { TLoadTarget, TPlannedSet, TProgressionRule, TSlotExercise } from "@/lib/schemas/program";
import { defaultTrainingSetup, type TTrainingSetup } from "@/lib/schemas/training-setup";
import { prescribeNext, type LoggedSet, type PastSession } from "@/lib/train/progression";
import type { Equipment, SetType } from "@/lib/train/vocabulary";
import { formatWeight, weightToKg } from "@/lib/units";

const kgSetup = defaultTrainingSetup.kg;
const lbSetup = defaultTrainingSetup.lb;

function planned(count: number, reps: [number, number], load: TLoadTarget, type: SetType = "working"): TPlannedSet[] {
  return Array.from({ length: count }, () => ({ type, reps: { min: reps[0], max: reps[1] }, load }));
}

function slot(sets: TPlannedSet[], progression: TProgressionRule): TSlotExercise {
  return { exerciseId: "back_squat", sets, restSeconds: 180, progression, notes: "" };
}

function session(weightKg: number | null, reps: (number | null)[], rpe: number | null = null, type: SetType = "working"): PastSession {
  return { sets: reps.map((r): LoggedSet => ({ type, weightKg, reps: r, rpe })) };
}

function prescribe(
  s: TSlotExercise,
  history: PastSession[],
  options: { equipment?: Equipment; e1rm?: number | null; setup?: TTrainingSetup } = {},
) {
  const setup = options.setup ?? kgSetup;
  return prescribeNext({
    slot: s,
    equipment: options.equipment ?? "barbell",
    history,
    estimatedOneRepMaxKg: options.e1rm ?? null,
    setup,
    formatWeight: (kg) => formatWeight(kg, setup.unit),
  });
}

const weights = (result: ReturnType<typeof prescribe>) => result.sets.map((set) => set.weightKg);
const linear = { kind: "linear", incrementKg: 2.5, deloadAfterFailures: 3, deloadPercent: 10 } as const;

describe("first session", () => {
  it("starts at the planned absolute load", () => {
    const result = prescribe(slot(planned(3, [5, 5], { kind: "absolute", kg: 100 }), linear), []);
    expect(result.decision).toBe("start");
    expect(weights(result)).toEqual([100, 100, 100]);
    expect(result.reason).toBe("First time: start at the planned 100 kg.");
  });

  it("works %1RM and RPE targets out from the e1RM, rounded to the plates", () => {
    const sets = [...planned(1, [5, 5], { kind: "percent_1rm", percent: 75 }), ...planned(1, [5, 8], { kind: "rpe", rpe: 8 })];
    const result = prescribe(slot(sets, linear), [], { e1rm: 141 });
    expect(weights(result)).toEqual([105, 115]); // 105.75 → 105; 141 ÷ 1.2167 (5 reps @ 8 = 7 to failure) = 115.9 → 115
    expect(result.sets[1].rpe).toBe(8);
  });

  it("asks for a starting weight when there is no 1RM to work from", () => {
    const result = prescribe(slot(planned(3, [5, 5], { kind: "percent_1rm", percent: 80 }), linear), []);
    expect(result.decision).toBe("start");
    expect(weights(result)).toEqual([null, null, null]);
    expect(result.reason).toMatch(/enter a starting weight/i);
  });

  it("ignores sessions where nothing was logged", () => {
    const result = prescribe(slot(planned(3, [5, 5], { kind: "absolute", kg: 100 }), linear), [{ sets: [] }, session(100, [null, null])]);
    expect(result.decision).toBe("start");
  });
});

describe("linear progression", () => {
  const plan = slot(planned(3, [5, 5], { kind: "absolute", kg: 80 }), linear);

  it("adds the increment after every working set reached its reps", () => {
    const result = prescribe(plan, [session(100, [5, 5, 6])]);
    expect(result.decision).toBe("increase");
    expect(weights(result)).toEqual([102.5, 102.5, 102.5]);
    expect(result.reason).toBe("You hit 3×5 at 100 kg last time, so +2.5 kg to 102.5 kg.");
  });

  it("counts an AMRAP set that reached the bottom of its range", () => {
    const sets = [...planned(2, [5, 5], { kind: "absolute", kg: 100 }), ...planned(1, [5, 5], { kind: "absolute", kg: 100 }, "amrap")];
    const last: PastSession = { sets: [...session(100, [5, 5]).sets, { type: "amrap", weightKg: 100, reps: 9, rpe: null }] };
    expect(prescribe(slot(sets, linear), [last]).decision).toBe("increase");
  });

  it("holds after a miss, counting towards the deload", () => {
    const result = prescribe(plan, [session(100, [5, 5, 4])]);
    expect(result.decision).toBe("hold");
    expect(weights(result)).toEqual([100, 100, 100]);
    expect(result.reason).toContain("100 kg");
    expect(result.reason).toContain("1 of 3");
  });

  it("counts a skipped working set as a miss", () => {
    expect(prescribe(plan, [session(100, [5, 5])]).decision).toBe("hold");
  });

  it("deloads after the set number of misses in a row at the same load", () => {
    const result = prescribe(plan, [session(100, [5, 4, 3]), session(100, [5, 5, 4]), session(100, [4, 4, 4])]);
    expect(result.decision).toBe("deload");
    expect(weights(result)).toEqual([90, 90, 90]);
    expect(result.reason).toBe("You missed reps 3 sessions in a row at 100 kg, so drop 10% to 90 kg and build back up.");
  });

  it("doesn't count misses at a heavier load from before a deload", () => {
    const result = prescribe(plan, [session(90, [5, 5, 4]), session(100, [4, 4, 4]), session(100, [4, 4, 4])]);
    expect(result.decision).toBe("hold");
    expect(weights(result)).toEqual([90, 90, 90]);
  });

  it("still progresses when the increment is smaller than the smallest jump", () => {
    const noSmallPlates: TTrainingSetup = { ...kgSetup, plates: kgSetup.plates.filter((p) => p.weight >= 2.5) };
    const result = prescribe(slot(plan.sets, { ...linear, incrementKg: 1 }), [session(100, [5, 5, 5])], { setup: noSmallPlates });
    expect(weights(result)).toEqual([105, 105, 105]);
    expect(result.reason).toContain("+5 kg to 105 kg");
  });

  it("rounds to lb plates and explains in lb", () => {
    const lastKg = weightToKg(225, "lb");
    const result = prescribe(plan, [session(lastKg, [5, 5, 5])], { setup: lbSetup });
    // 225 lb + 2.5 kg = 230.5 lb; the nearest loadable bar is 230 lb.
    expect(weights(result)).toEqual([weightToKg(230, "lb"), weightToKg(230, "lb"), weightToKg(230, "lb")]);
    expect(result.reason).toBe("You hit 3×5 at 225 lb last time, so +5 lb to 230 lb.");
  });

  it("keeps warm-ups at their planned load and scales %1RM warm-ups with the working load", () => {
    const sets = [
      ...planned(1, [5, 5], { kind: "absolute", kg: 40 }, "warmup"),
      ...planned(1, [3, 3], { kind: "percent_1rm", percent: 50 }, "warmup"),
      ...planned(2, [5, 5], { kind: "percent_1rm", percent: 80 }),
    ];
    const result = prescribe(slot(sets, linear), [session(100, [5, 5])], { e1rm: 125 });
    // New working load 102.5 kg at 80% → 1RM 128.1; 50% of that is 64.1 → 65.
    expect(weights(result)).toEqual([40, 65, 102.5, 102.5]);
    expect(result.sets.map((set) => set.type)).toEqual(["warmup", "warmup", "working", "working"]);
  });

  it("keeps back-off sets in proportion to the top set", () => {
    const sets = [...planned(1, [5, 5], { kind: "absolute", kg: 100 }), ...planned(2, [5, 5], { kind: "absolute", kg: 90 })];
    const result = prescribe(slot(sets, linear), [{ sets: [...session(100, [5]).sets, ...session(90, [5, 5]).sets] }]);
    expect(weights(result)).toEqual([102.5, 92.5, 92.5]); // 92.25 → 92.5
  });

  it("adds load to bodyweight work logged without weight", () => {
    const result = prescribe(plan, [session(null, [5, 5, 5])], { equipment: "bodyweight" });
    expect(weights(result)).toEqual([2.5, 2.5, 2.5]);
  });
});

describe("double progression", () => {
  const rule = { kind: "double", incrementKg: 2 } as const;
  const plan = slot(planned(3, [8, 12], { kind: "absolute", kg: 20 }), rule);

  it("adds weight and goes back to the bottom of the range once every set hit the top", () => {
    const result = prescribe(plan, [session(40, [12, 12, 13])], { equipment: "dumbbell" });
    expect(result.decision).toBe("increase");
    expect(weights(result)).toEqual([42, 42, 42]);
    expect(result.sets.map((set) => set.reps)).toEqual([{ min: 8, max: 12 }, { min: 8, max: 12 }, { min: 8, max: 12 }]);
    expect(result.reason).toBe("You hit the top of the range (3×12) at 40 kg last time, so +2 kg to 42 kg and back to 3×8.");
  });

  it("asks for one more rep per set, capped at the top, at the same load", () => {
    const result = prescribe(plan, [session(40, [12, 10, 8])], { equipment: "dumbbell" });
    expect(result.decision).toBe("reps_up");
    expect(weights(result)).toEqual([40, 40, 40]);
    expect(result.sets.map((set) => set.reps)).toEqual([{ min: 12, max: 12 }, { min: 11, max: 12 }, { min: 9, max: 12 }]);
    expect(result.reason).toBe("Stay at 40 kg and add a rep: aim for 12, 11, 9 reps, then add weight once every set reaches 12.");
  });

  it("says one number when every set has the same aim", () => {
    const result = prescribe(plan, [session(40, [9, 9, 9])], { equipment: "dumbbell" });
    expect(result.reason).toContain("aim for 10 reps a set");
  });
});

describe("RPE progression", () => {
  const rule = { kind: "rpe", targetRpe: 8 } as const;
  const plan = slot(planned(3, [5, 5], { kind: "rpe", rpe: 8 }), rule);

  it("works the load out from the best set's RPE", () => {
    // 100 × 5 @ 7 = 8 to failure → e1RM (126.67 + 124.14) / 2 = 125.4; 5 @ 8 = 125.4 ÷ 1.2167 = 103.1 → 102.5.
    const last: PastSession = { sets: [...session(100, [5], 7).sets, ...session(100, [5, 5], 9).sets] };
    const result = prescribe(plan, [last]);
    expect(result.decision).toBe("from_rpe");
    expect(weights(result)).toEqual([102.5, 102.5, 102.5]);
    expect(result.sets.every((set) => set.rpe === 8)).toBe(true);
    expect(result.reason).toBe("Your best set, 100 kg × 5 @ RPE 7, puts your 1RM near 125.4 kg, so 5 reps @ RPE 8 is 102.5 kg.");
  });

  it("reads sets to failure as RPE 10", () => {
    const last = session(100, [5, 5, 5], null, "failure");
    const result = prescribe(slot(planned(3, [5, 5], { kind: "rpe", rpe: 8 }, "failure"), rule), [last]);
    // e1RM 114.58; 5 @ 8 → 94.2 → 95.
    expect(weights(result)).toEqual([95, 95, 95]);
    expect(result.reason).toContain("100 kg × 5 to failure");
  });

  it("falls back to the known e1RM when no RPE was logged", () => {
    const result = prescribe(plan, [session(90, [5, 5, 5])], { e1rm: 120 });
    expect(result.decision).toBe("from_rpe");
    expect(weights(result)).toEqual([97.5, 97.5, 97.5]); // 120 ÷ 1.2167 = 98.6
    expect(result.reason).toContain("estimated 1RM of 120 kg");
  });

  it("holds when there is nothing to estimate from", () => {
    const result = prescribe(plan, [session(90, [5, 5, 5])]);
    expect(result.decision).toBe("hold");
    expect(weights(result)).toEqual([90, 90, 90]);
  });
});

describe("no progression rule", () => {
  it("follows the plan", () => {
    const result = prescribe(slot(planned(2, [10, 10], { kind: "absolute", kg: 60 }), { kind: "none" }), [session(70, [10, 10])]);
    expect(result.decision).toBe("no_rule");
    expect(weights(result)).toEqual([60, 60]);
  });

  it("carries last time's load when the plan has none", () => {
    const result = prescribe(slot(planned(2, [10, 10], { kind: "none" }), { kind: "none" }), [session(32, [10, 10])], { equipment: "cable" });
    expect(weights(result)).toEqual([30, 30]);
    expect(result.reason).toContain("30 kg");
  });
});

describe("RPE rule on high-rep work", () => {
  it("still prescribes from 3 × 10 @ RPE 8 (12 reps to failure), consistently with the load formula", async () => {
    const { prescribeNext } = await import("@/lib/train/progression");
    const { defaultTrainingSetup } = await import("@/lib/schemas/training-setup");
    const { loadForReps, oneRepMaxFactor } = await import("@/lib/train/one-rep-max");
    const result = prescribeNext({
      slot: {
        exerciseId: "barbell-bench-press",
        sets: [1, 2, 3].map(() => ({ type: "working" as const, reps: { min: 10, max: 10 }, load: { kind: "rpe" as const, rpe: 8 } })),
        restSeconds: 120,
        progression: { kind: "rpe", targetRpe: 8 },
        notes: "",
      },
      equipment: "barbell",
      history: [{ sets: [1, 2, 3].map(() => ({ type: "working" as const, weightKg: 60, reps: 10, rpe: 7 })) }],
      estimatedOneRepMaxKg: null,
      setup: defaultTrainingSetup.kg,
      formatWeight: (kg: number) => `${kg} kg`,
    });
    expect(result.decision).toBe("from_rpe");
    // 10 @ RPE 7 is 13 to failure: e1RM = 60 × factor(13); 10 @ RPE 8 is 12 to failure.
    const expected = loadForReps(60 * oneRepMaxFactor(13), 10, 8);
    expect(expected).toBeGreaterThan(60);
    expect(Math.abs(result.sets[0].weightKg! - expected)).toBeLessThanOrEqual(1.25);
  });
});
