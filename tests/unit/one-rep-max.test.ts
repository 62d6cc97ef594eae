import { describe, expect, it } from "vitest";
import {
  brzycki,
  epley,
  estimateOneRepMax,
  loadForReps,
  MAX_REPS_FOR_ESTIMATE,
  oneRepMaxFactor,
  percentOfOneRepMax,
} from "@/lib/train/one-rep-max";

describe("one-rep-max formulas", () => {
  it("match the published Epley and Brzycki values", () => {
    expect(epley(100, 10)).toBeCloseTo(133.3, 1);
    expect(brzycki(100, 10)).toBeCloseTo(133.3, 1);
    expect(epley(100, 5)).toBeCloseTo(116.7, 1);
    expect(brzycki(100, 5)).toBeCloseTo(112.5, 10);
  });

  it("treats a single as the max itself", () => {
    expect(epley(140, 1)).toBe(140);
    expect(brzycki(140, 1)).toBe(140);
    expect(estimateOneRepMax({ weightKg: 140, reps: 1 })?.value).toBe(140);
  });
});

describe("estimateOneRepMax", () => {
  it("averages the two formulas for a set to failure", () => {
    const estimate = estimateOneRepMax({ weightKg: 100, reps: 5 });
    expect(estimate?.epley).toBeCloseTo(116.67, 2);
    expect(estimate?.brzycki).toBeCloseTo(112.5, 2);
    expect(estimate?.value).toBeCloseTo((116.667 + 112.5) / 2, 2);
  });

  it("counts the reps left in reserve: 5 @ RPE 8 is read as 7 to failure", () => {
    const atRpe = estimateOneRepMax({ weightKg: 100, reps: 5, rpe: 8 });
    const toFailure = estimateOneRepMax({ weightKg: 100, reps: 7 });
    expect(atRpe?.effectiveReps).toBe(7);
    expect(atRpe?.value).toBeCloseTo(toFailure?.value ?? 0, 10);
    expect(atRpe?.value).toBeCloseTo(121.67, 2);
    expect(estimateOneRepMax({ weightKg: 100, reps: 5, rpe: 8.5 })?.effectiveReps).toBe(6.5);
  });

  it("refuses sets it can't read", () => {
    expect(MAX_REPS_FOR_ESTIMATE).toBe(10);
    expect(estimateOneRepMax({ weightKg: 100, reps: 10 })).not.toBeNull();
    expect(estimateOneRepMax({ weightKg: 100, reps: 11 })).toBeNull();
    expect(estimateOneRepMax({ weightKg: 100, reps: 8, rpe: 7 })).toBeNull(); // 11 effective reps
    expect(estimateOneRepMax({ weightKg: 0, reps: 5 })).toBeNull();
    expect(estimateOneRepMax({ weightKg: -20, reps: 5 })).toBeNull();
    expect(estimateOneRepMax({ weightKg: 100, reps: 0 })).toBeNull();
    expect(estimateOneRepMax({ weightKg: 100, reps: 3, rpe: 4 })).toBeNull();
  });
});

describe("loads and percentages from a 1RM", () => {
  it("inverts the estimate", () => {
    for (const [e1rm, reps, rpe] of [
      [150, 5, 8],
      [100, 3, undefined],
      [82.5, 8, 9.5],
      [200, 1, 10],
      [60, 1, 7],
    ] as const) {
      const load = loadForReps(e1rm, reps, rpe);
      expect(estimateOneRepMax({ weightKg: load, reps, rpe })?.value).toBeCloseTo(e1rm, 8);
    }
  });

  it("keeps the factor continuous past 10 reps, where only Epley is used", () => {
    expect(oneRepMaxFactor(10)).toBeCloseTo(4 / 3, 12);
    expect(oneRepMaxFactor(12)).toBeCloseTo(1.4, 12);
    expect(loadForReps(140, 12)).toBeCloseTo(100, 10);
  });

  it("gives the share of the 1RM a set is done at", () => {
    expect(percentOfOneRepMax(1, 10)).toBe(100);
    expect(percentOfOneRepMax(5, 8)).toBeCloseTo(82.2, 1);
    expect(percentOfOneRepMax(5, 8)).toBeCloseTo(percentOfOneRepMax(7), 10);
    expect(percentOfOneRepMax(10)).toBeCloseTo(75, 10);
  });
});
