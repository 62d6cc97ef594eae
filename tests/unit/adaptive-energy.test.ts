import { describe, expect, it } from "vitest";
import { addDaysToKey } from "@/lib/dates/day-key";
import { type AdaptiveEstimate, estimateMaintenance } from "@/lib/nutrition/adaptive-energy";

const END = "2026-12-05";
const FROM_28 = "2026-11-08"; // END − 27 days: a 28-day window, both ends included.

/** A deterministic pseudo-random source (Numerical Recipes LCG) so the noisy tests never flake. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Series = { intake: { dayKey: string; kcal: number }[]; weights: { dayKey: string; kg: number }[] };

/** Day i of a window that ends on END: index 0 is the first day. */
function series(days: number, kcalOn: (i: number) => number | null, kgOn: (i: number) => number | null): Series {
  const from = addDaysToKey(END, -(days - 1));
  const intake: Series["intake"] = [];
  const weights: Series["weights"] = [];
  for (let i = 0; i < days; i++) {
    const dayKey = addDaysToKey(from, i);
    const kcal = kcalOn(i);
    const kg = kgOn(i);
    if (kcal !== null) intake.push({ dayKey, kcal });
    if (kg !== null) weights.push({ dayKey, kg });
  }
  return { intake, weights };
}

function expectEstimate(result: AdaptiveEstimate): Extract<AdaptiveEstimate, { kind: "estimate" }> {
  if (result.kind !== "estimate") throw new Error(`Expected an estimate, got: ${result.reason}`);
  return result;
}

function expectInsufficient(result: AdaptiveEstimate): Extract<AdaptiveEstimate, { kind: "insufficient" }> {
  if (result.kind !== "insufficient") throw new Error(`Expected "insufficient", got ${result.maintenanceKcal} kcal`);
  return result;
}

const losingHalfAKiloAWeek = (i: number) => 80 - (0.5 / 7) * i;

describe("estimateMaintenance on exact series", () => {
  it("adds the energy of the weight lost to the intake: 2,200 + 0.5 × 7,700 / 7 = 2,750 kcal", () => {
    const data = series(28, () => 2200, losingHalfAKiloAWeek);
    const result = expectEstimate(estimateMaintenance({ ...data, endDayKey: END }));
    expect(result).toMatchObject({
      maintenanceKcal: 2750,
      averageIntakeKcal: 2200,
      weightTrendKgPerWeek: -0.5,
      intakeDays: 28,
      weighIns: 28,
      fromDayKey: FROM_28,
      toDayKey: END,
      confidence: "high",
      uncertaintyKcal: 0, // A perfect line and constant intake: no error at all.
    });
    expect(result.reasoning.length).toBeGreaterThanOrEqual(3);
    expect(result.reasoning.length).toBeLessThanOrEqual(5);
    const text = result.reasoning.join("\n");
    expect(text).toContain("28 days from 2026-11-08 to 2026-12-05");
    expect(text).toContain("2,200 kcal");
    expect(text).toContain("fell 0.50 kg a week");
    expect(text).toContain("550 kcal a day less");
    expect(text).toContain("about 2,750 kcal");
  });

  it("subtracts the energy of weight gained: 2,800 − 0.25 × 7,700 / 7 = 2,525 → 2,530 kcal", () => {
    const data = series(28, () => 2800, (i) => 70 + (0.25 / 7) * i);
    const result = expectEstimate(estimateMaintenance({ ...data, endDayKey: END }));
    expect(result.maintenanceKcal).toBe(2530);
    expect(result.weightTrendKgPerWeek).toBe(0.25);
    expect(result.reasoning.join("\n")).toContain("rose 0.25 kg a week");
  });

  it("reads a flat weight as eating at maintenance", () => {
    const data = series(28, () => 2400, () => 72);
    const result = expectEstimate(estimateMaintenance({ ...data, endDayKey: END }));
    expect(result).toMatchObject({ maintenanceKcal: 2400, weightTrendKgPerWeek: 0, confidence: "high" });
    expect(result.reasoning.join("\n")).toContain("held steady");
  });

  it("averages only logged days, adds rows of the same day and averages same-day weigh-ins", () => {
    // Days 5–24 logged (20 days, exactly the 70% of 28 = 19.6 → 20 needed), each as two rows of 1,000 + 1,300 kcal.
    // Day 2 has a 0 kcal row, which counts as unlogged. Day 10 has two weigh-ins 1 kg either side of the line,
    // whose mean is on the line; without that averaging the fit would still be exact but weighIns would read 29.
    const data = series(
      28,
      (i) => (i < 5 || i > 24 ? null : 2300),
      (i) => (i === 10 ? null : losingHalfAKiloAWeek(i)),
    );
    const split = data.intake.flatMap((row) => [
      { dayKey: row.dayKey, kcal: 1000 },
      { dayKey: row.dayKey, kcal: 1300 },
    ]);
    split.push({ dayKey: addDaysToKey(FROM_28, 2), kcal: 0 });
    const day10 = addDaysToKey(FROM_28, 10);
    const weights = [...data.weights, { dayKey: day10, kg: losingHalfAKiloAWeek(10) + 1 }, { dayKey: day10, kg: losingHalfAKiloAWeek(10) - 1 }];
    const result = expectEstimate(estimateMaintenance({ intake: split, weights, endDayKey: END }));
    expect(result.intakeDays).toBe(20);
    expect(result.weighIns).toBe(28);
    expect(result.averageIntakeKcal).toBe(2300);
    expect(result.maintenanceKcal).toBe(2850); // 2,300 + 550
    expect(result.confidence).toBe("high");
  });

  it("ignores rows outside the window", () => {
    const data = series(28, () => 2200, losingHalfAKiloAWeek);
    const noise = [
      { dayKey: addDaysToKey(FROM_28, -1), kcal: 9000 },
      { dayKey: addDaysToKey(END, 1), kcal: 9000 },
    ];
    const heavy = [{ dayKey: addDaysToKey(FROM_28, -3), kg: 150 }];
    const result = expectEstimate(estimateMaintenance({ intake: [...data.intake, ...noise], weights: [...data.weights, ...heavy], endDayKey: END }));
    expect(result).toMatchObject({ maintenanceKcal: 2750, intakeDays: 28, weighIns: 28 });
  });

  it("widens a window under 14 days to 14", () => {
    const data = series(14, () => 2200, losingHalfAKiloAWeek);
    const result = expectEstimate(estimateMaintenance({ ...data, endDayKey: END, windowDays: 7 }));
    expect(result.fromDayKey).toBe(addDaysToKey(END, -13));
    expect(result.maintenanceKcal).toBe(2750);
    expect(result.intakeDays).toBe(14);
  });
});

describe("estimateMaintenance confidence", () => {
  // Window of 14 days; weigh-ins on days 0, 1, 2, 3, 10, 11, 12, 13 at 80 kg ± a, signs + − − + + − − +.
  // The signs mirror around the centre (day 6.5), so the fitted slope is exactly 0 and every residual is ±a.
  // Sxx = 2 × (6.5² + 5.5² + 4.5² + 3.5²) = 210; s² = 8a² / (8 − 2); SE(slope) = √(s² / 210) kg/day.
  const weighInDays = [0, 1, 2, 3, 10, 11, 12, 13];
  const signs = [1, -1, -1, 1, 1, -1, -1, 1];
  const swinging = (a: number) => (i: number) => {
    const at = weighInDays.indexOf(i);
    return at === -1 ? null : 80 + signs[at] * a;
  };

  it("is medium at ± 0.3 kg: SE = √(0.12 / 210) = 0.0239 kg/day → 7,700 × 0.0239 = 184 kcal", () => {
    const result = expectEstimate(estimateMaintenance({ ...series(14, () => 2200, swinging(0.3)), endDayKey: END, windowDays: 14 }));
    expect(result).toMatchObject({ maintenanceKcal: 2200, confidence: "medium", uncertaintyKcal: 180, weighIns: 8, weightTrendKgPerWeek: 0 });
  });

  it("is low at ± 0.5 kg: SE = √(0.3333 / 210) = 0.0398 kg/day → 307 kcal", () => {
    const result = expectEstimate(estimateMaintenance({ ...series(14, () => 2200, swinging(0.5)), endDayKey: END, windowDays: 14 }));
    expect(result).toMatchObject({ maintenanceKcal: 2200, confidence: "low", uncertaintyKcal: 310 });
  });

  it("declines a very noisy short series at ± 1.5 kg: SE = √(3 / 210) = 0.1195 kg/day → 920 kcal > 400", () => {
    const result = expectInsufficient(estimateMaintenance({ ...series(14, () => 2200, swinging(1.5)), endDayKey: END, windowDays: 14 }));
    expect(result.reason).toMatch(/swing too much/);
    expect(result.reason).toContain("± 920 kcal");
    expect(result).toMatchObject({ intakeDays: 14, weighIns: 8, fromDayKey: addDaysToKey(END, -13), toDayKey: END });
  });

  it("adds the intake's sampling error: intake alternating 1,900 / 2,500 on a perfect weight line", () => {
    // 28 days, mean 2,200, sample SD = 300 × √(28/27) = 305.5; SE of the mean = 305.5 / √28 = 57.7 → 60 kcal.
    const data = series(28, (i) => (i % 2 === 0 ? 1900 : 2500), losingHalfAKiloAWeek);
    const result = expectEstimate(estimateMaintenance({ ...data, endDayKey: END }));
    expect(result).toMatchObject({ maintenanceKcal: 2750, uncertaintyKcal: 60, confidence: "high" });
  });
});

describe("estimateMaintenance on noisy series", () => {
  it("stays close on a long series with ± 0.6 kg of weight noise and ± 300 kcal of intake noise", () => {
    // 56 days, weigh-ins every other day (28), uniform ±0.6 kg noise (SD 0.35 kg): SE(slope) ≈ 0.35 / √(4 × 28·783/12)
    // ≈ 0.0041 kg/day → ~30 kcal; intake SD ≈ 173 kcal over 56 days → ~23 kcal. Expect within ± 100 of 2,750.
    const random = lcg(1);
    const data = series(
      56,
      () => 2200 + (random() * 2 - 1) * 300,
      (i) => {
        const kg = losingHalfAKiloAWeek(i) + (random() * 2 - 1) * 0.6;
        return i % 2 === 0 ? kg : null;
      },
    );
    const result = expectEstimate(estimateMaintenance({ ...data, endDayKey: END, windowDays: 56 }));
    expect(Math.abs(result.maintenanceKcal - 2750)).toBeLessThanOrEqual(100);
    expect(result.uncertaintyKcal).toBeGreaterThan(0); // Less certain than the exact series (± 0) …
    expect(result.uncertaintyKcal).toBeLessThanOrEqual(150); // … but with this much data still "high".
    expect(result.confidence).toBe("high");
    expect(result.weighIns).toBe(28);
  });

  it("lowers confidence when weigh-ins are sparse and swing ± 2 kg, yet brackets the true value", () => {
    // 28 days, 10 weigh-ins (every 3rd day), SD 2/√3 = 1.15 kg: SE ≈ 1.15 / √742.5 = 0.042 kg/day → ~330 kcal.
    for (const seed of [1, 2, 3, 7, 42]) {
      const random = lcg(seed);
      const data = series(
        28,
        () => 2200,
        (i) => {
          const kg = losingHalfAKiloAWeek(i) + (random() * 2 - 1) * 2;
          return i % 3 === 0 ? kg : null;
        },
      );
      const result = expectEstimate(estimateMaintenance({ ...data, endDayKey: END }));
      expect(result.confidence, `seed ${seed}`).toBe("low");
      expect(result.uncertaintyKcal, `seed ${seed}`).toBeGreaterThan(250);
      expect(Math.abs(result.maintenanceKcal - 2750), `seed ${seed}`).toBeLessThanOrEqual(2 * result.uncertaintyKcal);
    }
  });
});

describe("estimateMaintenance declines", () => {
  it("with too few weigh-ins (7 of the needed 8)", () => {
    const data = series(28, () => 2200, (i) => (i % 4 === 0 ? losingHalfAKiloAWeek(i) : null));
    const result = expectInsufficient(estimateMaintenance({ ...data, endDayKey: END }));
    expect(result).toMatchObject({ weighIns: 7, intakeDays: 28, fromDayKey: FROM_28, toDayKey: END });
    expect(result.reason).toContain("7 days of the last 28");
    expect(result.reason).toContain("at least 8");
  });

  it("with food logged on too few days (19 of the needed 20; 70% × 28 = 19.6 rounds up)", () => {
    const data = series(28, (i) => (i < 19 ? 2200 : null), losingHalfAKiloAWeek);
    const result = expectInsufficient(estimateMaintenance({ ...data, endDayKey: END }));
    expect(result).toMatchObject({ intakeDays: 19, weighIns: 28 });
    expect(result.reason).toContain("19 of the last 28 days");
    expect(result.reason).toContain("at least 20");
    // Exactly 20 days is enough.
    const enough = series(28, (i) => (i < 20 ? 2200 : null), losingHalfAKiloAWeek);
    expect(estimateMaintenance({ ...enough, endDayKey: END }).kind).toBe("estimate");
  });

  it("with at least 10 intake days even in a 14-day window", () => {
    const data = series(14, (i) => (i < 9 ? 2200 : null), losingHalfAKiloAWeek);
    const result = expectInsufficient(estimateMaintenance({ ...data, endDayKey: END, windowDays: 14 }));
    expect(result.reason).toContain("at least 10");
  });

  it("when every weigh-in falls in one half of the window", () => {
    const late = series(28, () => 2200, (i) => (i >= 14 ? losingHalfAKiloAWeek(i) : null));
    const lateResult = expectInsufficient(estimateMaintenance({ ...late, endDayKey: END }));
    expect(lateResult.weighIns).toBe(14);
    expect(lateResult.reason).toMatch(/second half/);
    const early = series(28, () => 2200, (i) => (i < 14 ? losingHalfAKiloAWeek(i) : null));
    expect(expectInsufficient(estimateMaintenance({ ...early, endDayKey: END })).reason).toMatch(/first half/);
  });

  it("when the answer is implausible, which points to incomplete logging", () => {
    // 800 kcal a day at a steady weight would mean a maintenance of 800 kcal (< 1,000).
    const low = series(28, () => 800, () => 70);
    expect(expectInsufficient(estimateMaintenance({ ...low, endDayKey: END })).reason).toMatch(/isn't plausible/);
    // 3,000 kcal while losing 3 kg a week: 3,000 + 3 × 1,100 = 6,300 (> 6,000).
    const high = series(28, () => 3000, (i) => 90 - (3 / 7) * i);
    expect(expectInsufficient(estimateMaintenance({ ...high, endDayKey: END })).reason).toContain("6,300");
  });

  it("when nothing was logged at all", () => {
    const result = expectInsufficient(estimateMaintenance({ intake: [], weights: [], endDayKey: END }));
    expect(result).toMatchObject({ intakeDays: 0, weighIns: 0, fromDayKey: FROM_28, toDayKey: END });
  });

  it("rejects an end day that is not a day key", () => {
    expect(() => estimateMaintenance({ intake: [], weights: [], endDayKey: "05/12/2026" })).toThrow(/YYYY-MM-DD/);
  });
});
