import { z } from "zod";

export const sexes = ["female", "male", "prefer_not_to_say"] as const;
export const goals = [
  "lose_fat",
  "build_muscle",
  "get_stronger",
  "improve_endurance",
  "general_health",
  "build_habits",
] as const;
export const experienceLevels = ["beginner", "intermediate", "advanced"] as const;
export const coachPersonas = ["supportive", "tough_love", "analytical", "calm"] as const;
export const weightUnits = ["kg", "lb"] as const;
export const heightUnits = ["cm", "ft_in"] as const;

export const goalLabels: Record<(typeof goals)[number], string> = {
  lose_fat: "Lose fat",
  build_muscle: "Build muscle",
  get_stronger: "Get stronger",
  improve_endurance: "Improve endurance",
  general_health: "Feel healthier overall",
  build_habits: "Build better habits",
};

export const experienceLabels: Record<(typeof experienceLevels)[number], string> = {
  beginner: "Beginner (under a year of regular training)",
  intermediate: "Intermediate (1–3 years)",
  advanced: "Advanced (3+ years)",
};

export const personaLabels: Record<(typeof coachPersonas)[number], { name: string; blurb: string }> = {
  supportive: { name: "Supportive", blurb: "Warm encouragement; celebrates every step." },
  tough_love: { name: "Tough love", blurb: "Direct, no excuses; pushes you when you slack." },
  analytical: { name: "Analytical", blurb: "Numbers first; explains the why behind each suggestion." },
  calm: { name: "Calm", blurb: "Steady and mindful; focuses on sustainable progress." },
};

export const sexLabels: Record<(typeof sexes)[number], string> = {
  female: "Female",
  male: "Male",
  prefer_not_to_say: "Prefer not to say",
};

export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Age in whole years on `today` (both YYYY-MM-DD, calendar dates with no time zone). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number);
  const [ty, tm, td] = today.split("-").map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export const MIN_AGE = 16;

/**
 * What a member enters during onboarding and in Settings. Height and weight are canonical (cm, kg);
 * the form converts from the member's chosen units before sending.
 */
export const ZProfileInputSchema = z.object({
  name: z.string().trim().min(1, "Tell us what to call you").max(80, "Keep your name under 80 characters"),
  dateOfBirth: z.iso
    .date("Enter your date of birth as a date")
    .refine((value) => ageOn(value, todayUtc()) >= MIN_AGE, `You must be at least ${MIN_AGE} to use Character Coach`)
    .refine((value) => ageOn(value, todayUtc()) <= 120, "Check your date of birth"),
  sex: z.enum(sexes, "Choose an option (or “Prefer not to say”)"),
  heightCm: z.number("Enter your height").min(100, "Height must be at least 100 cm (3 ft 4 in)").max(250, "Height must be at most 250 cm (8 ft 2 in)"),
  weightKg: z.number("Enter your weight").min(30, "Weight must be at least 30 kg (66 lb)").max(350, "Weight must be at most 350 kg (772 lb)"),
  units: z.object({ weight: z.enum(weightUnits), height: z.enum(heightUnits) }),
  timeZone: z.string().refine(isValidTimeZone, "Choose a valid time zone"),
  goal: z.enum(goals, "Choose your main goal"),
  experience: z.enum(experienceLevels, "Choose your training experience"),
  coachPersona: z.enum(coachPersonas, "Choose a coach persona"),
  healthNotes: z
    .string()
    .trim()
    .max(2000, "Keep health notes under 2,000 characters")
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional(),
});

export type TProfileInput = z.input<typeof ZProfileInputSchema>;

/** What the server returns: shape only, so a stored profile that a later rule would reject still loads. */
export const ZProfileSchema = z.object({
  name: z.string(),
  dateOfBirth: z.string(),
  sex: z.enum(sexes),
  heightCm: z.number(),
  weightKg: z.number(),
  units: z.object({ weight: z.enum(weightUnits), height: z.enum(heightUnits) }),
  timeZone: z.string(),
  goal: z.enum(goals),
  experience: z.enum(experienceLevels),
  coachPersona: z.enum(coachPersonas),
  healthNotes: z.string().nullable(),
  onboardedAt: z.date(),
});

export type TProfile = z.infer<typeof ZProfileSchema>;
