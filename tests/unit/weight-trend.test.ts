import { describe, expect, it } from "vitest";
import { weightTrend } from "@/lib/nutrition/weight-trend";

describe("weight trend", () => {
  it("starts at the first weigh-in and moves 10 % of the way each day", () => {
    const trend = weightTrend([
      { dayKey: "2026-11-02", kg: 80 },
      { dayKey: "2026-11-01", kg: 81 },
      { dayKey: "2026-11-03", kg: 79 },
    ]);
    // Sorted by day: 81; 81 + 0.1 × (80 − 81) = 80.9; 80.9 + 0.1 × (79 − 80.9) = 80.71.
    expect(trend.map((point) => point.dayKey)).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(trend.map((point) => Number(point.trendKg.toFixed(4)))).toEqual([81, 80.9, 80.71]);
  });

  it("weighs a reading after a gap as the days it stands for", () => {
    // Three days without weighing: weight 1 − 0.9³ = 0.271, so 80 + 0.271 × (77 − 80) = 79.187.
    const trend = weightTrend([
      { dayKey: "2026-11-01", kg: 80 },
      { dayKey: "2026-11-04", kg: 77 },
    ]);
    expect(trend[1].trendKg).toBeCloseTo(79.187, 6);
  });

  it("is empty without weigh-ins", () => {
    expect(weightTrend([])).toEqual([]);
  });
});
