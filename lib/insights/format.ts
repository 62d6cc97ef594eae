import type { TInsightDraft } from "@/lib/schemas/insights";
import { weightFromKg, type WeightUnit } from "@/lib/units";

/**
 * How the facts of a draft are shown, shared by the template engine (render.ts) and the fact checker
 * (fact-check.ts) so they can never disagree: facts ending in `Kg` (but not `PerKg`) are kilograms, shown in the member's
 * unit with one decimal (lb = kg ÷ 0.45359237 ≈ kg × 2.20462); facts ending in `Percent` are whole
 * percentages; other numbers are shown as stored. `shownFactKeys` lists, per kind (and variant), the
 * number facts every persona's template shows, and `shownNameKeys` the names.
 */
/** A body or bar weight in kilograms (`recentBestKg`, `valueKg`), not a rate per kilogram (`proteinPerKg`). */
export const isKgFact = (key: string): boolean => key.endsWith("Kg") && !key.endsWith("PerKg");

export function formatNumber(key: string, value: number, weightUnit: WeightUnit): string {
  if (isKgFact(key)) return String(weightFromKg(value, weightUnit));
  return String(value);
}

/** A fact as it reads in a sentence: "102.5 kg", "225.4 lb", "12%", "7.5", or the string itself. */
export function formatFact(key: string, value: string | number, weightUnit: WeightUnit): string {
  if (typeof value === "string") return value;
  if (isKgFact(key)) return `${formatNumber(key, value, weightUnit)} ${weightUnit}`;
  if (key.endsWith("Percent")) return `${formatNumber(key, value, weightUnit)}%`;
  return formatNumber(key, value, weightUnit);
}

const has = (draft: TInsightDraft, key: string) => typeof draft.facts[key] === "number";

export function shownFactKeys(draft: TInsightDraft): string[] {
  const f = draft.facts;
  switch (draft.kind) {
    case "plateau":
      return ["recentBestKg", "previousBestKg", "weeks"];
    case "load_spike":
      return ["acuteLoad", "chronicWeeklyLoad", "ratio", "threshold"];
    case "adherence_drop":
      return f.area === "habits" ? ["completionPercent", "previousCompletionPercent", "days"] : ["sessions", "expectedSessions", "days", "dropPercent"];
    case "habit_strength_falling":
      return ["strength", "previousStrength", "days"];
    case "readiness":
      return ["sleepHours", "sleepQuality", "stress", "mood", "energy", "scaleMax", ...(has(draft, "loadChangePercent") ? ["loadChangePercent"] : [])];
    case "nutrition_off_target": {
      const energy = ["avgKcal", "targetKcal", "deviationPercent"];
      const protein = ["proteinPerKg", "proteinTargetPerKg"];
      if (f.reason === "protein_low") return [...protein, "days"];
      if (f.reason === "energy_under_protein_low") return [...energy, ...protein, "days"];
      return [...energy, "days"];
    }
    case "correlation":
      return ["r", "p", "n"];
    case "personal_record":
      return ["valueKg", "valueReps", "valueSeconds", "valueMetres", "value"].filter((key) => has(draft, key)).slice(0, 1);
    case "wellbeing_down":
      return ["days", "mood", "previousMood", "energy", "previousEnergy", "stress", "previousStress"];
  }
}

export function shownNameKeys(draft: TInsightDraft): string[] {
  return ["exerciseName", "habitName"].filter((key) => typeof draft.facts[key] === "string");
}
