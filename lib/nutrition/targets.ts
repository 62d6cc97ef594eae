import type { goals } from "@/lib/schemas/profile";
import { formatKcal, roundToTenKcal } from "./energy";
import type { Nutrients } from "./nutrients";

/**
 * Daily energy and macronutrient targets from a maintenance estimate and the member's goal.
 *
 * Sources:
 * - Protein: ISSN position stand on protein and exercise (Jäger et al., JISSN 2017): 1.4–2.0 g per kg of
 *   body weight a day for people who train; the top of the range while in an energy deficit to keep muscle.
 * - Fat: 25–30% of energy, within the Acceptable Macronutrient Distribution Range (IOM 2005: 20–35%), and
 *   never under 0.6 g/kg so very low targets still leave enough fat for hormones and vitamin absorption.
 * - Fibre: 14 g per 1,000 kcal (Dietary Guidelines for Americans 2020–2025).
 * - Carbohydrate: whatever energy is left, because it is the fuel that matters most for training.
 */

export type Goal = (typeof goals)[number];

export type DayTargets = { training: Nutrients; rest: Nutrients; explanation: string[] };

/** Below this we don't set a target without a professional's supervision (common clinical guidance). */
export const MIN_DAILY_KCAL = 1200;
/** The deficit for fat loss: about 0.5–0.7 kg a week for most people, slow enough to keep muscle. */
export const FAT_LOSS_DEFICIT_SHARE = 0.2;
/** The surplus for muscle gain: enough to support growth while keeping fat gain small. */
export const MUSCLE_GAIN_SURPLUS_SHARE = 0.1;
/** Energy in a kilogram of body-weight change, mostly fat (Hall 2008); used only to phrase the reason. */
const KCAL_PER_KG = 7700;

export const proteinGramsPerKg: Record<Goal, number> = {
  lose_fat: 2.0,
  build_muscle: 1.8,
  get_stronger: 1.8,
  improve_endurance: 1.4,
  general_health: 1.2,
  build_habits: 1.2,
};

/** Training-focused goals get the low end of the fat range, leaving more room for carbohydrate. */
export const fatShareOfEnergy: Record<Goal, number> = {
  lose_fat: 0.25,
  build_muscle: 0.25,
  get_stronger: 0.25,
  improve_endurance: 0.25,
  general_health: 0.3,
  build_habits: 0.3,
};

export const MIN_FAT_G_PER_KG = 0.6;
/**
 * Upper limits for protein and fat as a share of energy (the AMDR tops, 35% each). They only bite for a
 * heavy body on a low energy target, where g/kg rules would otherwise leave no room (or negative room)
 * for carbohydrate; with both capped, carbohydrate keeps at least 30% of the daily average.
 */
export const MAX_PROTEIN_SHARE = 0.35;
export const MAX_FAT_SHARE = 0.35;
export const FIBER_G_PER_1000_KCAL = 14;
/**
 * How much more a training day gets than a rest day, as a share of the daily average. The extra is all
 * carbohydrate ("fuel for the work required"). 15% is a design choice: big enough to matter (about
 * 300 kcal, 80 g of carbohydrate, on a 2,200 kcal plan), small enough that rest days stay comfortable.
 */
export const TRAINING_REST_GAP_SHARE = 0.15;

function assertPositive(value: number, what: string): void {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${what} must be a positive number (got ${value})`);
}

/**
 * The daily energy target for a goal: a 20% deficit for fat loss (never below 1,200 kcal, and never
 * above maintenance), a 10% surplus for muscle gain, maintenance otherwise. All to the nearest 10 kcal;
 * adjustmentKcal is measured from the rounded maintenance so the two add up exactly.
 */
export function energyGoalFor(goal: Goal, maintenanceKcal: number): { dailyKcal: number; adjustmentKcal: number; reason: string } {
  assertPositive(maintenanceKcal, "Maintenance energy");
  const maintenance = roundToTenKcal(maintenanceKcal);

  if (goal === "lose_fat") {
    const deficitTarget = roundToTenKcal(maintenanceKcal * (1 - FAT_LOSS_DEFICIT_SHARE));
    const dailyKcal = Math.min(maintenance, Math.max(MIN_DAILY_KCAL, deficitTarget));
    const adjustmentKcal = dailyKcal - maintenance;
    const perWeekKg = (-adjustmentKcal * 7) / KCAL_PER_KG;
    const pace = `, which should lose about ${perWeekKg.toFixed(1)} kg a week`;
    if (adjustmentKcal === 0) {
      return {
        dailyKcal,
        adjustmentKcal,
        reason: `Your maintenance, ${formatKcal(maintenance)} kcal a day, is already at or below the ${formatKcal(MIN_DAILY_KCAL)} kcal we never go under, so we don't set a deficit; a dietitian can plan fat loss safely with you.`,
      };
    }
    if (dailyKcal !== deficitTarget) {
      return {
        dailyKcal,
        adjustmentKcal,
        reason: `A 20% deficit from your ${formatKcal(maintenance)} kcal maintenance would be ${formatKcal(deficitTarget)} kcal, but we never go below ${formatKcal(MIN_DAILY_KCAL)} kcal a day without professional supervision, so your target is ${formatKcal(dailyKcal)} kcal${pace}.`,
      };
    }
    return {
      dailyKcal,
      adjustmentKcal,
      reason: `A 20% deficit: ${formatKcal(maintenance)} − ${formatKcal(-adjustmentKcal)} = ${formatKcal(dailyKcal)} kcal a day${pace} while keeping your training strong.`,
    };
  }

  if (goal === "build_muscle") {
    const dailyKcal = roundToTenKcal(maintenanceKcal * (1 + MUSCLE_GAIN_SURPLUS_SHARE));
    const adjustmentKcal = dailyKcal - maintenance;
    return {
      dailyKcal,
      adjustmentKcal,
      reason: `A 10% surplus: ${formatKcal(maintenance)} + ${formatKcal(adjustmentKcal)} = ${formatKcal(dailyKcal)} kcal a day gives your muscles material to grow while keeping fat gain small.`,
    };
  }

  return {
    dailyKcal: maintenance,
    adjustmentKcal: 0,
    reason: `Eating at maintenance, ${formatKcal(maintenance)} kcal a day, fuels your training and recovery without changing your weight.`,
  };
}

const grams = (value: number) => Math.round(value);
const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Training- and rest-day targets whose weekly average is exactly dailyKcal (before rounding).
 *
 * With n training days a week and a gap G = 15% of dailyKcal between the two kinds of day:
 *   training = dailyKcal + G·(7 − n)/7,   rest = dailyKcal − G·n/7
 * so n·training + (7 − n)·rest = 7·dailyKcal + G·[n(7 − n) − (7 − n)n]/7 = 7·dailyKcal. With 0 or 7
 * training days there is only one kind of day, so both equal dailyKcal. Protein, fat and fibre are the
 * same every day (set from dailyKcal); only carbohydrate moves with the energy.
 */
export function planDayTargets(input: { dailyKcal: number; weightKg: number; goal: Goal; trainingDaysPerWeek: number }): DayTargets {
  const { dailyKcal, weightKg, goal, trainingDaysPerWeek: n } = input;
  assertPositive(dailyKcal, "Daily energy");
  assertPositive(weightKg, "Weight");
  if (!Number.isInteger(n) || n < 0 || n > 7) throw new Error(`Training days per week must be a whole number from 0 to 7 (got ${n})`);

  const gap = n === 0 || n === 7 ? 0 : TRAINING_REST_GAP_SHARE * dailyKcal;
  const trainingKcal = dailyKcal + (gap * (7 - n)) / 7;
  const restKcal = dailyKcal - (gap * n) / 7;

  const proteinPerKg = proteinGramsPerKg[goal];
  const proteinByWeight = proteinPerKg * weightKg;
  const proteinCap = (MAX_PROTEIN_SHARE * dailyKcal) / 4;
  const proteinG = grams(Math.min(proteinByWeight, proteinCap));

  const fatShare = fatShareOfEnergy[goal];
  const fatByShare = (fatShare * dailyKcal) / 9;
  const fatFloor = MIN_FAT_G_PER_KG * weightKg;
  const fatCap = (MAX_FAT_SHARE * dailyKcal) / 9;
  const fatG = grams(Math.min(Math.max(fatByShare, fatFloor), fatCap));

  const fiberG = grams((FIBER_G_PER_1000_KCAL * dailyKcal) / 1000);

  const day = (kcal: number): Nutrients => {
    const energyKcal = Math.round(kcal);
    const carbsG = Math.max(0, grams((energyKcal - 4 * proteinG - 9 * fatG) / 4));
    return { energyKcal, proteinG, carbsG, fatG, fiberG };
  };
  const training = day(trainingKcal);
  const rest = day(restKcal);

  const explanation: string[] = [];
  if (n === 0) explanation.push(`With no training days planned, every day is ${formatKcal(rest.energyKcal)} kcal.`);
  else if (n === 7) explanation.push(`You train every day, so every day is ${formatKcal(training.energyKcal)} kcal.`);
  else {
    explanation.push(
      `Training days get ${formatKcal(training.energyKcal)} kcal and rest days ${formatKcal(rest.energyKcal)} kcal: the extra ${formatKcal(gap)} kcal of carbohydrate fuels your sessions, and ${n} training + ${7 - n} rest days still average ${formatKcal(dailyKcal)} kcal a day.`,
    );
  }

  if (proteinByWeight > proteinCap) {
    explanation.push(
      `Protein: ${proteinPerKg.toFixed(1)} g per kg × ${oneDecimal(weightKg)} kg would be ${grams(proteinByWeight)} g, more than 35% of your energy, so it is capped at ${proteinG} g a day.`,
    );
  } else {
    explanation.push(
      `Protein: ${proteinPerKg.toFixed(1)} g per kg × ${oneDecimal(weightKg)} kg = ${proteinG} g every day (sports nutrition research recommends 1.4–2.0 g/kg for people who train).`,
    );
  }

  if (fatFloor > fatCap) {
    explanation.push(`Fat: ${fatG} g a day, the most we set (35% of your energy).`);
  } else if (fatFloor > fatByShare) {
    explanation.push(`Fat: ${Math.round(fatShare * 100)}% of your energy would be under 0.6 g per kg, so fat is set to ${fatG} g a day (0.6 g × ${oneDecimal(weightKg)} kg).`);
  } else {
    explanation.push(`Fat: ${Math.round(fatShare * 100)}% of ${formatKcal(dailyKcal)} kcal = ${fatG} g every day.`);
  }

  explanation.push(
    training.carbsG === rest.carbsG
      ? `Carbohydrate makes up the rest: ${rest.carbsG} g a day.`
      : `Carbohydrate makes up the rest: ${training.carbsG} g on training days, ${rest.carbsG} g on rest days.`,
    `Fibre: 14 g per 1,000 kcal = ${fiberG} g a day.`,
  );

  return { training, rest, explanation };
}
