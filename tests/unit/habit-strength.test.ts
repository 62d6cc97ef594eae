import { describe, expect, it } from "vitest";
import type { CheckIn, Habit } from "@/lib/habits/habit-schedule";
import { currentStrength, strengthMultiplier, strengthSeries } from "@/lib/habits/habit-strength";
import { checkIns, habit } from "./support/habit-fixtures";

function scores(h: Habit, c: Map<string, CheckIn>, today: string): Record<string, number> {
  return Object.fromEntries(strengthSeries(h, c, today).map((point) => [point.dayKey, Number(point.score.toFixed(3))]));
}

describe("habit strength", () => {
  it("rises on done days and falls gradually on a miss (daily, m = 0.5^(1/13))", () => {
    // m = 0.5^(1/13) = 0.948078, 1 − m = 0.051922; score starts at 0.
    // Jan 6 done:   0 × m + 0.051922            = 0.051922
    // Jan 7 done:   0.051922 × 0.948078 + 0.051922 = 0.101149
    // Jan 8 done:   0.101149 × 0.948078 + 0.051922 = 0.147820
    // Jan 9 missed: 0.147820 × 0.948078            = 0.140144
    // Jan 10 is today with no check-in: open, so unchanged.
    const c = checkIns({ "2025-01-06": 1, "2025-01-07": 1, "2025-01-08": 1 });
    expect(strengthMultiplier({ kind: "daily" })).toBeCloseTo(0.948078, 6);
    expect(scores(habit(), c, "2025-01-10")).toEqual({
      "2025-01-06": 0.052,
      "2025-01-07": 0.101,
      "2025-01-08": 0.148,
      "2025-01-09": 0.14,
      "2025-01-10": 0.14,
    });
    expect(currentStrength(habit(), c, "2025-01-10")).toBeCloseTo(0.140144, 6);
  });

  it("leaves the score unchanged on skipped and paused days", () => {
    // Jan 6 done → 0.051922; Jan 7 skipped, Jan 8–9 paused: unchanged; Jan 10 done → 0.101149,
    // exactly as if the two done days had been consecutive.
    const h = habit({ kind: "daily" }, { pauses: [{ from: "2025-01-08", to: "2025-01-09" }] });
    const c = checkIns({ "2025-01-06": 1, "2025-01-07": { value: 0, skipped: true }, "2025-01-10": 1 });
    expect(scores(h, c, "2025-01-10")).toEqual({
      "2025-01-06": 0.052,
      "2025-01-07": 0.052,
      "2025-01-08": 0.052,
      "2025-01-09": 0.052,
      "2025-01-10": 0.101,
    });
  });

  it("only updates on scheduled weekdays (Mon/Wed/Fri)", () => {
    // freq = 3/7; half-life in updates = 13 × √(3/7) = 8.511; m = 0.5^(1/8.511) = 0.921782, 1 − m = 0.078218.
    // Mon Jan 6 done → 0.078218; Tue Jan 7 not scheduled → unchanged;
    // Wed Jan 8 done → 0.078218 × 0.921782 + 0.078218 = 0.150318; Thu Jan 9 (today) not scheduled.
    const h = habit({ kind: "weekdays", days: [1, 3, 5] });
    const c = checkIns({ "2025-01-06": 1, "2025-01-08": 1 });
    expect(strengthMultiplier(h.schedule)).toBeCloseTo(0.921782, 6);
    expect(scores(h, c, "2025-01-09")).toEqual({
      "2025-01-06": 0.078,
      "2025-01-07": 0.078,
      "2025-01-08": 0.15,
      "2025-01-09": 0.15,
    });
  });

  it("judges a 3-per-7 habit over its rolling window", () => {
    // m = 0.5^(√(3/7)/13) = 0.965697, 1 − m = 0.034303. Done Jan 6, 8, 10; today Jan 12.
    // Window credit = min(1, done in last 7 days ÷ 3):
    //   Jan 6 1/3 → 0.011434   Jan 7 1/3 → 0.022477   Jan 8 2/3 → 0.044574   Jan 9 2/3 → 0.065914
    //   Jan 10 1  → 0.097957   Jan 11 1  → 0.128900   Jan 12 1 (today, raises) → 0.158781
    // Jan 7 and Jan 9 had no check-in yet still gained: the week, not the day, is judged.
    const h = habit({ kind: "per_period", times: 3, periodDays: 7 });
    const c = checkIns({ "2025-01-06": 1, "2025-01-08": 1, "2025-01-10": 1 });
    expect(scores(h, c, "2025-01-12")).toEqual({
      "2025-01-06": 0.011,
      "2025-01-07": 0.022,
      "2025-01-08": 0.045,
      "2025-01-09": 0.066,
      "2025-01-10": 0.098,
      "2025-01-11": 0.129,
      "2025-01-12": 0.159,
    });
  });

  it("counts numeric partial days as value ÷ target, and a partial today may only raise the score", () => {
    // Target 8. Jan 6: 4/8 = 0.5 → 0.5 × 0.051922 = 0.025961.
    // Jan 7 (today) 4/8 → 0.025961 × 0.948078 + 0.025961 = 0.050574 > 0.025961, so it is taken.
    const h = habit({ kind: "daily" }, {}, 8);
    const c = checkIns({ "2025-01-06": 4, "2025-01-07": 4 });
    expect(scores(h, c, "2025-01-07")).toEqual({ "2025-01-06": 0.026, "2025-01-07": 0.051 });
  });

  it("does not lower the score for an open or low-partial today", () => {
    // Three done days → 0.147820; today Jan 9 at 1/8 would give 0.147820 × m + 0.125 × 0.051922
    // = 0.146636 < 0.147820, so today keeps 0.147820.
    const h = habit({ kind: "daily" }, {}, 8);
    const c = checkIns({ "2025-01-06": 8, "2025-01-07": 8, "2025-01-08": 8, "2025-01-09": 1 });
    expect(currentStrength(h, c, "2025-01-09")).toBeCloseTo(0.14782, 5);
    expect(currentStrength(h, checkIns({ "2025-01-06": 8, "2025-01-07": 8, "2025-01-08": 8 }), "2025-01-09")).toBeCloseTo(0.14782, 5);
  });

  it("respects start and end dates", () => {
    const c = checkIns({ "2025-01-05": 1, "2025-01-06": 1, "2025-01-07": 1, "2025-01-09": 1 });
    // Not started yet: no series, strength 0.
    expect(strengthSeries(habit(), c, "2025-01-05")).toEqual([]);
    expect(currentStrength(habit(), c, "2025-01-05")).toBe(0);
    // Ends Jan 7: the Jan 5 check-in (before start) and Jan 9 (after end) are ignored, and the
    // score freezes at 0.101149 rather than decaying.
    const ended = habit({ kind: "daily" }, { endDate: "2025-01-07" });
    expect(scores(ended, c, "2025-01-10")).toEqual({
      "2025-01-06": 0.052,
      "2025-01-07": 0.101,
      "2025-01-08": 0.101,
      "2025-01-09": 0.101,
      "2025-01-10": 0.101,
    });
  });
});
