import type { sexes } from "@/lib/schemas/profile";

/**
 * Energy needs from the profile: resting energy by Mifflin–St Jeor (Mifflin et al., Am J Clin Nutr 1990;
 * the equation the Academy of Nutrition and Dietetics found most accurate for healthy adults, Frankenfield
 * et al. 2005), times a physical-activity factor. It is a starting point only: once a member has logged
 * food and weight for a few weeks, adaptive-energy.ts measures their real maintenance instead.
 */

export const activityLevels = ["sedentary", "light", "moderate", "very", "extra"] as const;
export type ActivityLevel = (typeof activityLevels)[number];

/** The customary activity factors applied to a BMR equation (1.2 for mostly sitting up to 1.9). */
export const activityMultipliers: Record<ActivityLevel, number> = {
  sedentary: 1.2,
  light: 1.375,
  moderate: 1.55,
  very: 1.725,
  extra: 1.9,
};

export const activityLabels: Record<ActivityLevel, { name: string; blurb: string }> = {
  sedentary: { name: "Mostly sitting", blurb: "Desk job, little or no exercise" },
  light: { name: "Lightly active", blurb: "Light exercise or sport 1–3 days a week" },
  moderate: { name: "Moderately active", blurb: "Moderate exercise or sport 3–5 days a week" },
  very: { name: "Very active", blurb: "Hard exercise or sport 6–7 days a week" },
  extra: { name: "Extremely active", blurb: "Hard daily training plus a physical job, or training twice a day" },
};

export type Sex = (typeof sexes)[number];

/**
 * The sex term of the equation. Mifflin–St Jeor was fitted with +5 for men and −161 for women. For
 * "prefer not to say" we use the midpoint, −78: it is at most 83 kcal (about 5% of a typical BMR) from
 * either published value, so the guess is never far off whichever applies, and the adaptive estimate
 * corrects it from real data within weeks.
 */
export const sexConstantKcal: Record<Sex, number> = { male: 5, female: -161, prefer_not_to_say: -78 };

export type BodyProfile = { sex: Sex; weightKg: number; heightCm: number; ageYears: number };

function assertPositive(value: number, what: string): void {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${what} must be a positive number (got ${value})`);
}

/** Resting energy in kcal a day, unrounded: 10·kg + 6.25·cm − 5·years + sex constant. */
export function mifflinStJeorBmr(input: BodyProfile): number {
  assertPositive(input.weightKg, "Weight");
  assertPositive(input.heightCm, "Height");
  assertPositive(input.ageYears, "Age");
  return 10 * input.weightKg + 6.25 * input.heightCm - 5 * input.ageYears + sexConstantKcal[input.sex];
}

/** Whole kcal with thousands separators, fixed to en-US so server and browser render the same text. */
export function formatKcal(kcal: number): string {
  return Math.round(kcal).toLocaleString("en-US");
}

/** Energy targets are shown to the nearest 10 kcal: the equations are not more precise than that. */
export function roundToTenKcal(kcal: number): number {
  return Math.round(kcal / 10) * 10;
}

/**
 * BMR (whole kcal) and maintenance (BMR × activity factor, to the nearest 10 kcal), with the working
 * shown in plain words so the member can see where the number comes from.
 */
export function maintenanceFromProfile(input: BodyProfile & { activity: ActivityLevel }): {
  bmrKcal: number;
  maintenanceKcal: number;
  explanation: string[];
} {
  const bmr = mifflinStJeorBmr(input);
  const multiplier = activityMultipliers[input.activity];
  const maintenance = bmr * multiplier;
  const constant = sexConstantKcal[input.sex];
  const sign = constant < 0 ? "−" : "+";
  const explanation = [
    `Resting energy (Mifflin–St Jeor): 10 × ${input.weightKg} kg + 6.25 × ${input.heightCm} cm − 5 × ${input.ageYears} years ${sign} ${Math.abs(constant)} = ${formatKcal(bmr)} kcal a day.`,
  ];
  if (input.sex === "prefer_not_to_say") {
    explanation.push("Without your sex we use the midpoint of the male (+5) and female (−161) values, −78; your logged data will correct this.");
  }
  explanation.push(
    `Activity: ${activityLabels[input.activity].name.toLowerCase()} (${activityLabels[input.activity].blurb.toLowerCase()}) multiplies that by ${multiplier}.`,
    `Maintenance: ${formatKcal(bmr)} × ${multiplier} ≈ ${formatKcal(roundToTenKcal(maintenance))} kcal a day to keep your weight steady.`,
  );
  return { bmrKcal: Math.round(bmr), maintenanceKcal: roundToTenKcal(maintenance), explanation };
}
