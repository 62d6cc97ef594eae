import { addDaysToKey } from "@/lib/dates/day-key";
import type { MemberHistory, NutritionDaySummary } from "@/lib/analytics/history";
import { weekKeyOfDay } from "@/lib/dates/day-key";
import type { TInsightDraft } from "@/lib/schemas/insights";
import { daysBetweenKeys, evidence, mean, round } from "@/lib/insights/common";

/**
 * Nutrition off target for the goal: the average intake of the last NUTRITION_DAYS logged days with a
 * target (within NUTRITION_LOOKBACK_DAYS before today; today is still being logged and is left out)
 * against the average target of those days. Needs NUTRITION_MIN_DAYS such days.
 * - lose_fat: energy over target by more than NUTRITION_TOLERANCE ("energy_over");
 * - build_muscle: energy under target by more than NUTRITION_TOLERANCE ("energy_under") and/or protein
 *   below NUTRITION_MIN_PROTEIN_PER_KG g per kg of the latest body weight ("protein_low");
 * - any other goal: energy off target by more than NUTRITION_OTHER_TOLERANCE either way.
 * Key: `nutrition_off_target:<reason>:<ISO week of today>`.
 */
export const NUTRITION_DAYS = 14;
export const NUTRITION_LOOKBACK_DAYS = 28;
export const NUTRITION_MIN_DAYS = 7;
export const NUTRITION_TOLERANCE = 0.1;
export const NUTRITION_OTHER_TOLERANCE = 0.15;
export const NUTRITION_MIN_PROTEIN_PER_KG = 1.6;

export type NutritionReason = "energy_over" | "energy_under" | "protein_low" | "energy_under_protein_low";

type Logged = NutritionDaySummary & { target: NonNullable<NutritionDaySummary["target"]> };

export function nutritionSignal(history: MemberHistory, todayKey: string): TInsightDraft | null {
  const yesterday = addDaysToKey(todayKey, -1);
  const logged = daysBetweenKeys(history, addDaysToKey(todayKey, -NUTRITION_LOOKBACK_DAYS), yesterday)
    .map((day) => day.nutrition)
    .filter((n): n is Logged => n !== null && n.entries > 0 && n.target !== null)
    .slice(-NUTRITION_DAYS);
  if (logged.length < NUTRITION_MIN_DAYS) return null;
  const avgKcal = mean(logged.map((n) => n.energyKcal));
  const targetKcal = mean(logged.map((n) => n.target.energyKcal));
  if (targetKcal <= 0) return null;
  const avgProtein = mean(logged.map((n) => n.proteinG));
  const deviation = avgKcal / targetKcal - 1;
  const weightKg = [...history.days].reverse().find((day) => day.dayKey <= todayKey && day.weightKg !== null)?.weightKg ?? null;
  const proteinPerKg = weightKg !== null && weightKg > 0 ? avgProtein / weightKg : null;

  let energyOver = false;
  let energyUnder = false;
  let proteinLow = false;
  if (history.goal === "lose_fat") energyOver = deviation > NUTRITION_TOLERANCE + 1e-9;
  else if (history.goal === "build_muscle") {
    energyUnder = deviation < -NUTRITION_TOLERANCE - 1e-9;
    proteinLow = proteinPerKg !== null && proteinPerKg < NUTRITION_MIN_PROTEIN_PER_KG - 1e-9;
  } else {
    energyOver = deviation > NUTRITION_OTHER_TOLERANCE + 1e-9;
    energyUnder = deviation < -NUTRITION_OTHER_TOLERANCE - 1e-9;
  }
  const reason: NutritionReason | null = energyUnder && proteinLow ? "energy_under_protein_low" : proteinLow ? "protein_low" : energyUnder ? "energy_under" : energyOver ? "energy_over" : null;
  if (!reason) return null;

  const facts: TInsightDraft["facts"] = {
    goal: history.goal,
    reason,
    days: logged.length,
    avgKcal: round(avgKcal),
    targetKcal: round(targetKcal),
    deviationPercent: Math.abs(round(deviation * 100)),
    direction: deviation >= 0 ? "over" : "under",
  };
  const rows = [
    evidence(`Average intake, last ${logged.length} logged days`, avgKcal, "kcal"),
    evidence("Average target", targetKcal, "kcal"),
    evidence("Difference", deviation * 100, "percent"),
    evidence("Average protein", avgProtein, "g"),
  ];
  if (proteinPerKg !== null && weightKg !== null) {
    facts.proteinG = round(avgProtein);
    facts.proteinPerKg = round(proteinPerKg, 2);
    facts.proteinTargetPerKg = NUTRITION_MIN_PROTEIN_PER_KG;
    facts.weightKg = round(weightKg, 1);
    rows.push(evidence("Protein per kg of body weight", proteinPerKg, "g", 2), evidence("Body weight", weightKg, "kg", 1));
  }
  return {
    key: `nutrition_off_target:${reason}:${weekKeyOfDay(todayKey)}`,
    kind: "nutrition_off_target",
    tone: "action",
    priority: 55,
    facts,
    evidence: rows,
    fromMind: false,
    suggestion: "adjust_intake",
  };
}
