import { describe, expect, it } from "vitest";
import { addDaysToKey } from "@/lib/dates/day-key";
import { nutritionSignal } from "@/lib/insights/nutrition";
import { ZInsightDraftSchema } from "@/lib/schemas/insights";
import { daysEnding, history, nutrition, type DayInput } from "./insights-history-fixture";

const TODAY = "2026-03-31";
const YESTERDAY = addDaysToKey(TODAY, -1);

/** `count` logged days ending yesterday, target 2000 kcal. */
const logged = (count: number, energyKcal: number, proteinG = 150, end = YESTERDAY): DayInput[] =>
  daysEnding(end, count).map((dayKey) => ({ dayKey, nutrition: nutrition({ energyKcal, proteinG }) }));

describe("nutrition: lose fat", () => {
  it("2300 kcal against 2000 over 14 days: 15 % over → adjust intake", () => {
    const draft = nutritionSignal(history({ goal: "lose_fat", days: logged(14, 2300) }), TODAY)!;
    expect(ZInsightDraftSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      key: "nutrition_off_target:energy_over:2026-W14",
      kind: "nutrition_off_target",
      suggestion: "adjust_intake",
      facts: { goal: "lose_fat", reason: "energy_over", avgKcal: 2300, targetKcal: 2000, deviationPercent: 15, direction: "over", days: 14 },
    });
  });

  it("boundary: exactly 10 % over is on target, 10.1 % is not", () => {
    expect(nutritionSignal(history({ goal: "lose_fat", days: logged(14, 2200) }), TODAY)).toBeNull();
    expect(nutritionSignal(history({ goal: "lose_fat", days: logged(14, 2202) }), TODAY)?.facts.deviationPercent).toBe(10);
  });

  it("under target is fine for fat loss", () => {
    expect(nutritionSignal(history({ goal: "lose_fat", days: logged(14, 1500) }), TODAY)).toBeNull();
  });

  it("needs 7 logged days with a target; today (still being logged) is left out", () => {
    expect(nutritionSignal(history({ goal: "lose_fat", days: logged(6, 2500) }), TODAY)).toBeNull();
    expect(nutritionSignal(history({ goal: "lose_fat", days: logged(7, 2500) }), TODAY)?.facts.days).toBe(7);
    const withToday = [...logged(6, 2500), { dayKey: TODAY, nutrition: nutrition({ energyKcal: 2500 }) }];
    expect(nutritionSignal(history({ goal: "lose_fat", days: withToday }), TODAY)).toBeNull();
    const noTarget = daysEnding(YESTERDAY, 14).map((dayKey) => ({ dayKey, nutrition: nutrition({ energyKcal: 3000, target: null }) }));
    expect(nutritionSignal(history({ goal: "lose_fat", days: noTarget }), TODAY)).toBeNull();
    const empty = daysEnding(YESTERDAY, 14).map((dayKey) => ({ dayKey, nutrition: nutrition({ energyKcal: 0, entries: 0 }) }));
    expect(nutritionSignal(history({ goal: "lose_fat", days: empty }), TODAY)).toBeNull();
  });

  it("only the last 14 logged days count", () => {
    // 6 older days at 3000, then 14 at 2000 → average of the last 14 = 2000 → on target.
    const days = [...logged(6, 3000, 150, addDaysToKey(YESTERDAY, -14)), ...logged(14, 2000)];
    expect(nutritionSignal(history({ goal: "lose_fat", days }), TODAY)).toBeNull();
  });
});

describe("nutrition: build muscle", () => {
  const weighIn = { dayKey: "2026-03-20", weightKg: 80 };

  it("1700 kcal (15 % under) and 100 g protein at 80 kg (1.25 g/kg < 1.6) → both", () => {
    const draft = nutritionSignal(history({ goal: "build_muscle", days: [...logged(14, 1700, 100), weighIn] }), TODAY)!;
    expect(draft.facts).toMatchObject({
      reason: "energy_under_protein_low",
      avgKcal: 1700,
      deviationPercent: 15,
      direction: "under",
      proteinG: 100,
      proteinPerKg: 1.25,
      proteinTargetPerKg: 1.6,
      weightKg: 80,
    });
  });

  it("protein only: 120 g at 80 kg = 1.5 g/kg; 128 g = 1.6 g/kg is enough", () => {
    expect(nutritionSignal(history({ goal: "build_muscle", days: [...logged(14, 2000, 120), weighIn] }), TODAY)?.facts).toMatchObject({ reason: "protein_low", proteinPerKg: 1.5 });
    expect(nutritionSignal(history({ goal: "build_muscle", days: [...logged(14, 2000, 128), weighIn] }), TODAY)).toBeNull();
  });

  it("energy only (15 % under, protein fine), and no protein judgement without a body weight", () => {
    expect(nutritionSignal(history({ goal: "build_muscle", days: [...logged(14, 1700, 150), weighIn] }), TODAY)?.facts.reason).toBe("energy_under");
    expect(nutritionSignal(history({ goal: "build_muscle", days: logged(14, 2000, 50) }), TODAY)).toBeNull();
    // Exactly 10 % under (1800) is on target.
    expect(nutritionSignal(history({ goal: "build_muscle", days: [...logged(14, 1800, 150), weighIn] }), TODAY)).toBeNull();
  });
});

describe("nutrition: other goals", () => {
  it("off by more than 15 % either way", () => {
    expect(nutritionSignal(history({ goal: "general_health", days: logged(14, 2350) }), TODAY)?.facts).toMatchObject({ reason: "energy_over", deviationPercent: 18 });
    expect(nutritionSignal(history({ goal: "general_health", days: logged(14, 2300) }), TODAY)).toBeNull();
    expect(nutritionSignal(history({ goal: "get_stronger", days: logged(14, 1600) }), TODAY)?.facts).toMatchObject({ reason: "energy_under", deviationPercent: 20 });
  });
});
