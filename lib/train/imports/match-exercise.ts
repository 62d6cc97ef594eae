/**
 * Links exercise names from an imported history ("Bench Press (Barbell)") to catalog exercises. A wrong link
 * corrupts a member's records and progress charts, while a missing one just asks them to pick, so every step
 * gives up (null) rather than guess between candidates.
 *
 * Steps (names read by analyzeExerciseName: case, punctuation, plurals, DB/BB, "(Equipment)" brackets):
 *  1. Same words as a catalog name → "exact"; else as an alias → "alias".
 *  2. Same core words (equipment words aside) and the same equipment: "Bench Press (Barbell)" = "Barbell Bench
 *     Press" → "exact" ("alias" when it was an alias that matched). When the imported name gives no equipment,
 *     the one catalog exercise with those core words matches, as "fuzzy" if its name states an equipment we
 *     had to assume ("Triceps Pushdown" → "Cable Triceps Pushdown"); two or more (barbell and dumbbell bench
 *     press) → null.
 *  3. Fuzzy, "fuzzy": word overlap (Dice ≥ 0.75, a one-letter typo allowed in words of 6+ letters), only
 *     against exercises with compatible equipment, never when the words that differ change the exercise
 *     ("incline", "single", "romanian"…), and only when the best is ahead of the runner-up by 0.1.
 *  At any step, a name that fits two exercises equally well → null.
 */
import type { Equipment } from "@/lib/train/vocabulary";
import { analyzeExerciseName, type AnalyzedName } from "./exercise-name";

/** What matching needs from a catalog exercise; the catalog's own type satisfies it structurally. */
export type MatchableExercise = { id: string; name: string; aliases: readonly string[]; equipment: Equipment };
export type ExerciseMatch = { id: string; confidence: "exact" | "alias" | "fuzzy" };
export type ExerciseMatcher = (importedName: string) => ExerciseMatch | null;

type Form = { id: string; equipment: Equipment; viaAlias: boolean; name: AnalyzedName };

const MIN_SIMILARITY = 0.75;
const MIN_LEAD = 0.1;
const TYPO_MIN_LENGTH = 6;

/**
 * Words that make a different exercise, so a fuzzy match may not add or drop them. Equipment words are among
 * them: in core words they only survive when they add to the exercise's equipment ("Squat with Bands").
 */
const DISTINGUISHING = new Set([
  "band", "chain", "barbell", "dumbbell", "kettlebell", "cable", "machine", "smith", "bodyweight",
  "incline", "decline", "close", "wide", "narrow", "reverse", "front", "rear", "side", "lateral", "single", "one",
  "alternating", "alternate", "romanian", "sumo", "stiff", "deficit", "pause", "paused", "box", "jump", "sissy",
  "split", "bulgarian", "hack", "goblet", "overhead", "hammer", "preacher", "concentration", "spider", "weighted",
  "assisted", "kneeling", "lying", "upright", "landmine", "zercher", "pendlay", "straight", "bent", "hanging",
  "low", "high", "cross", "arm", "leg", "hip", "glute", "chest", "shoulder", "back", "calf", "bicep", "tricep",
]);

function groupBy(forms: Form[], keyOf: (form: Form) => string): Map<string, Form[]> {
  const groups = new Map<string, Form[]>();
  for (const form of forms) {
    const key = keyOf(form);
    groups.set(key, [...(groups.get(key) ?? []), form]);
  }
  return groups;
}

/** The one exercise these forms belong to; "ambiguous" when they belong to several; null when none. */
function soleExercise(forms: Form[] | undefined): Form[] | "ambiguous" | null {
  if (!forms || forms.length === 0) return null;
  return new Set(forms.map((form) => form.id)).size === 1 ? forms : "ambiguous";
}

function sameEquipment(imported: Equipment | null, catalog: Equipment): boolean {
  return imported === null || imported === catalog;
}

/** At most one edit (insert, delete, substitute) apart: "extention" ~ "extension". */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function wordsMatch(a: string, b: string): boolean {
  return a === b || (a.length >= TYPO_MIN_LENGTH && b.length >= TYPO_MIN_LENGTH && withinOneEdit(a, b));
}

/** Dice overlap of two word sets, or 0 when a word only one side has changes the exercise. */
function similarity(imported: string[], catalog: string[]): number {
  const unused = [...catalog];
  const unmatched: string[] = [];
  for (const word of imported) {
    const at = unused.findIndex((candidate) => wordsMatch(word, candidate));
    if (at === -1) unmatched.push(word);
    else unused.splice(at, 1);
  }
  if ([...unmatched, ...unused].some((word) => DISTINGUISHING.has(word))) return 0;
  const shared = imported.length - unmatched.length;
  return (2 * shared) / (imported.length + catalog.length);
}

function fuzzyMatch(imported: AnalyzedName, forms: Form[]): ExerciseMatch | null {
  if (imported.core.length === 0) return null;
  const bestById = new Map<string, number>();
  for (const form of forms) {
    if (!sameEquipment(imported.equipment, form.equipment) || form.name.core.length === 0) continue;
    const score = similarity(imported.core, form.name.core);
    bestById.set(form.id, Math.max(score, bestById.get(form.id) ?? 0));
  }
  const ranked = [...bestById].sort((a, b) => b[1] - a[1]);
  const [best, runnerUp] = ranked;
  if (!best || best[1] < MIN_SIMILARITY) return null;
  if (runnerUp && best[1] - runnerUp[1] < MIN_LEAD) return null;
  return { id: best[0], confidence: "fuzzy" };
}

export function createExerciseMatcher(exercises: readonly MatchableExercise[]): ExerciseMatcher {
  const forms: Form[] = exercises
    .flatMap((exercise) => [
      { id: exercise.id, equipment: exercise.equipment, viaAlias: false, name: analyzeExerciseName(exercise.name, exercise.equipment) },
      ...exercise.aliases.map((alias) => ({
        id: exercise.id,
        equipment: exercise.equipment,
        viaAlias: true,
        name: analyzeExerciseName(alias, exercise.equipment),
      })),
    ])
    .filter((form) => form.name.key !== "");
  const byName = groupBy(
    forms.filter((form) => !form.viaAlias),
    (form) => form.name.key,
  );
  const byAlias = groupBy(
    forms.filter((form) => form.viaAlias),
    (form) => form.name.key,
  );
  const byCore = groupBy(forms, (form) => form.name.core.join(" "));

  return (importedName) => {
    const imported = analyzeExerciseName(importedName);
    if (imported.key === "") return null;

    for (const [groups, confidence] of [
      [byName, "exact"],
      [byAlias, "alias"],
    ] as const) {
      const hit = soleExercise(groups.get(imported.key));
      if (hit === "ambiguous") return null;
      if (hit) return { id: hit[0].id, confidence };
    }

    const sameCore = (byCore.get(imported.core.join(" ")) ?? []).filter((form) =>
      sameEquipment(imported.equipment, form.equipment),
    );
    const hit = soleExercise(sameCore);
    if (hit === "ambiguous") return null;
    if (hit) {
      const form = hit.find((candidate) => !candidate.viaAlias) ?? hit[0];
      const equipmentAssumed = imported.equipment === null && form.name.equipment !== null;
      return { id: form.id, confidence: equipmentAssumed ? "fuzzy" : form.viaAlias ? "alias" : "exact" };
    }

    return fuzzyMatch(imported, forms);
  };
}
