import type { TInsightDraft } from "@/lib/schemas/insights";
import type { WeightUnit } from "@/lib/units";
import { formatNumber, shownFactKeys, shownNameKeys } from "@/lib/insights/format";

/**
 * Guards an LLM rephrase of a template: it is kept only when every number the template shows is still
 * there (as the same number, in the member's unit), every name (exercise, habit) is still there, and
 * no other number appears. Terms with a digit in them ("1RM", "e1RM") and digits inside the names are
 * not counted as numbers.
 */
const TERMS_WITH_DIGITS = /\be?1RM\b/gi;
const NUMBER = /\d+(?:\.\d+)?/g;

/** The formatted numbers (then the names) that must appear in any wording of `draft`. */
export function factsOf(draft: TInsightDraft, weightUnit: WeightUnit): string[] {
  const numbers = shownFactKeys(draft).flatMap((key) => {
    const value = draft.facts[key];
    return typeof value === "number" ? [formatNumber(key, value, weightUnit)] : [];
  });
  const names = shownNameKeys(draft).map((key) => String(draft.facts[key]));
  return [...new Set([...numbers, ...names])];
}

function numbersIn(text: string): number[] {
  return (text.replace(TERMS_WITH_DIGITS, " ").match(NUMBER) ?? []).map(Number);
}

export function keepsFacts(draft: TInsightDraft, candidateText: string, weightUnit: WeightUnit): boolean {
  const names = shownNameKeys(draft).map((key) => String(draft.facts[key]));
  const lower = candidateText.toLowerCase();
  if (!names.every((name) => lower.includes(name.toLowerCase()))) return false;
  // Digits inside names are not numbers of their own.
  let stripped = candidateText;
  for (const name of names) stripped = stripped.split(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi")).join(" ");
  const found = numbersIn(stripped);
  const required = shownFactKeys(draft).flatMap((key) => {
    const value = draft.facts[key];
    return typeof value === "number" ? [Number(formatNumber(key, value, weightUnit))] : [];
  });
  const allowed = new Set(required);
  if (!required.every((value) => found.includes(value))) return false;
  return found.every((value) => allowed.has(value));
}
