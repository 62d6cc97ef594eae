import { describe, expect, it } from "vitest";
import { atwaterKcal } from "@/lib/nutrition/nutrients";
import { energyGoalFor, planDayTargets } from "@/lib/nutrition/targets";

describe("energyGoalFor", () => {
  it("sets a 20% deficit for fat loss: 2,760 × 0.8 = 2,208 → 2,210 (−550 kcal, 550·7/7,700 = 0.5 kg a week)", () => {
    const goal = energyGoalFor("lose_fat", 2760);
    expect(goal).toMatchObject({ dailyKcal: 2210, adjustmentKcal: -550 });
    expect(goal.reason).toContain("2,210");
    expect(goal.reason).toContain("0.5 kg a week");
  });

  it("never goes below 1,200 kcal: 1,400 × 0.8 = 1,120 → 1,200", () => {
    const goal = energyGoalFor("lose_fat", 1400);
    expect(goal).toMatchObject({ dailyKcal: 1200, adjustmentKcal: -200 });
    expect(goal.reason).toContain("1,200");
  });

  it("never turns fat loss into a surplus when maintenance is already under 1,200 kcal", () => {
    const goal = energyGoalFor("lose_fat", 1150);
    expect(goal).toMatchObject({ dailyKcal: 1150, adjustmentKcal: 0 });
    expect(goal.reason).toMatch(/don't set a deficit/);
  });

  it("sets a 10% surplus for muscle gain: 2,760 × 1.1 = 3,036 → 3,040 (+280)", () => {
    const goal = energyGoalFor("build_muscle", 2760);
    expect(goal).toMatchObject({ dailyKcal: 3040, adjustmentKcal: 280 });
    expect(goal.reason).toContain("3,040");
  });

  it("keeps the other goals at maintenance, rounded to 10 kcal (2,755 → 2,760)", () => {
    for (const other of ["get_stronger", "improve_endurance", "general_health", "build_habits"] as const) {
      expect(energyGoalFor(other, 2755)).toMatchObject({ dailyKcal: 2760, adjustmentKcal: 0 });
    }
  });

  it("refuses a non-positive maintenance", () => {
    expect(() => energyGoalFor("lose_fat", 0)).toThrow(/positive/);
  });
});

describe("planDayTargets", () => {
  it("splits 2,200 kcal over 3 training and 4 rest days (hand-computed)", () => {
    // Gap 15% × 2,200 = 330. Training = 2,200 + 330·4/7 = 2,388.57 → 2,389; rest = 2,200 − 330·3/7 = 2,058.57 → 2,059.
    // Protein 2.0 × 80 = 160 g (640 kcal). Fat 25% × 2,200 / 9 = 61.1 → 61 g (549 kcal). Fibre 14 × 2.2 = 30.8 → 31 g.
    // Carbs: training (2,389 − 640 − 549) / 4 = 300 g; rest (2,059 − 640 − 549) / 4 = 217.5 → 218 g.
    const targets = planDayTargets({ dailyKcal: 2200, weightKg: 80, goal: "lose_fat", trainingDaysPerWeek: 3 });
    expect(targets.training).toEqual({ energyKcal: 2389, proteinG: 160, carbsG: 300, fatG: 61, fiberG: 31 });
    expect(targets.rest).toEqual({ energyKcal: 2059, proteinG: 160, carbsG: 218, fatG: 61, fiberG: 31 });
    const text = targets.explanation.join("\n");
    expect(text).toContain("2,389");
    expect(text).toContain("2,059");
    expect(text).toContain("2.0 g per kg × 80 kg = 160 g");
    expect(text).toContain("25% of 2,200 kcal = 61 g");
    expect(text).toContain("300 g on training days, 218 g on rest days");
    expect(text).toContain("31 g a day");
  });

  it("keeps the weekly average at the daily target for every number of training days", () => {
    for (let n = 0; n <= 7; n++) {
      const { training, rest } = planDayTargets({ dailyKcal: 2500, weightKg: 75, goal: "build_muscle", trainingDaysPerWeek: n });
      const weeklyAverage = (n * training.energyKcal + (7 - n) * rest.energyKcal) / 7;
      // Exact before rounding; each day is rounded by at most 0.5 kcal.
      expect(Math.abs(weeklyAverage - 2500)).toBeLessThanOrEqual(0.5);
      expect(training.energyKcal).toBeGreaterThanOrEqual(rest.energyKcal);
      expect(training.proteinG).toBe(rest.proteinG);
      expect(training.fatG).toBe(rest.fatG);
      // The grams add back up to the energy within rounding (±2 g of each macro at most).
      expect(Math.abs(atwaterKcal(training) - training.energyKcal)).toBeLessThanOrEqual(2);
      expect(Math.abs(atwaterKcal(rest) - rest.energyKcal)).toBeLessThanOrEqual(2);
    }
  });

  it("makes both days the same with 0 or 7 training days", () => {
    // Protein 1.2 × 70 = 84 g; fat 30% × 2,000 / 9 = 66.7 → 67 g; carbs (2,000 − 336 − 603) / 4 = 265.25 → 265 g; fibre 28 g.
    for (const n of [0, 7]) {
      const targets = planDayTargets({ dailyKcal: 2000, weightKg: 70, goal: "general_health", trainingDaysPerWeek: n });
      expect(targets.training).toEqual({ energyKcal: 2000, proteinG: 84, carbsG: 265, fatG: 67, fiberG: 28 });
      expect(targets.rest).toEqual(targets.training);
      expect(targets.explanation.join("\n")).toContain("265 g a day");
    }
  });

  it("raises fat to 0.6 g/kg when the percentage would fall short", () => {
    // 25% × 2,000 / 9 = 55.6 g < 0.6 × 95 = 57 g, so 57 g. Protein 1.8 × 95 = 171 g. Carbs (2,000 − 684 − 513) / 4 = 200.75 → 201 g.
    const { rest, explanation } = planDayTargets({ dailyKcal: 2000, weightKg: 95, goal: "build_muscle", trainingDaysPerWeek: 0 });
    expect(rest).toEqual({ energyKcal: 2000, proteinG: 171, carbsG: 201, fatG: 57, fiberG: 28 });
    expect(explanation.join("\n")).toContain("0.6 g × 95 kg");
  });

  it("caps protein and fat at 35% of energy for a heavy body on a low target, so carbohydrate stays positive", () => {
    // Protein 2.0 × 150 = 300 g > 35% × 1,200 / 4 = 105 g. Fat 0.6 × 150 = 90 g > 35% × 1,200 / 9 = 46.7 → 47 g.
    // n = 6: rest = 1,200 − 180·6/7 = 1,045.7 → 1,046; carbs (1,046 − 420 − 423) / 4 = 50.75 → 51 g.
    // Training = 1,200 + 180/7 = 1,225.7 → 1,226; carbs (1,226 − 843) / 4 = 95.75 → 96 g.
    const targets = planDayTargets({ dailyKcal: 1200, weightKg: 150, goal: "lose_fat", trainingDaysPerWeek: 6 });
    expect(targets.rest).toEqual({ energyKcal: 1046, proteinG: 105, carbsG: 51, fatG: 47, fiberG: 17 });
    expect(targets.training).toEqual({ energyKcal: 1226, proteinG: 105, carbsG: 96, fatG: 47, fiberG: 17 });
    expect(targets.explanation.join("\n")).toMatch(/capped at 105 g/);
  });

  it("refuses impossible training-day counts and inputs", () => {
    for (const n of [-1, 8, 2.5, Number.NaN]) {
      expect(() => planDayTargets({ dailyKcal: 2000, weightKg: 70, goal: "general_health", trainingDaysPerWeek: n })).toThrow(/0 to 7/);
    }
    expect(() => planDayTargets({ dailyKcal: 0, weightKg: 70, goal: "general_health", trainingDaysPerWeek: 3 })).toThrow(/positive/);
    expect(() => planDayTargets({ dailyKcal: 2000, weightKg: -1, goal: "general_health", trainingDaysPerWeek: 3 })).toThrow(/positive/);
  });
});
