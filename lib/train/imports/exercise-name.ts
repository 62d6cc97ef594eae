/**
 * Reading an exercise name the way lifting apps write it, so "Bench Press (Barbell)", "Barbell Bench Press"
 * and "BB bench presses" compare equal. Used on both sides of a match (catalog and imported names), so
 * every rule here only has to be consistent, not linguistically perfect.
 *
 * Rules, in order:
 *  1. A trailing "(…)" naming equipment sets the equipment: "(Dumbbell)", "(Smith Machine)", "(Plate Loaded)",
 *     "(Cable - Straight Bar)" (the part before " - " or ","). Other brackets ("(Assisted)", "(V-grip)") are
 *     just more words of the name.
 *  2. Lower case, accents dropped, "&" → "and", apostrophes dropped, "E-Z" → "ez", other punctuation → space.
 *  3. Joined forms: "pull-up", "pull ups", "pullups" → "pullup" (also chin/push/sit/step); "pull down" →
 *     "pulldown" (also push); "skull crushers" → "skullcrusher"; "body weight" → "bodyweight".
 *  4. Abbreviations: DB → dumbbell, BB → barbell, KB → kettlebell, BW → bodyweight.
 *  5. Singular words: "raises" → "raise", "presses" → "press", "flyes"/"flies" → "fly", "biceps" → "bicep",
 *     "triceps" → "tricep", "calves" → "calf" ("press", "abs" and other short words stay as they are).
 *  6. Equipment words inside the name ("Dumbbell Row", "Dip Machine") give the equipment when no bracket did,
 *     and are left out of the core words, as are filler words (the, with, on, …).
 *  7. Only one equipment is left out: the catalog's own for a catalog exercise, else the bracket's, else the
 *     first named. Words naming other equipment describe a variation and stay: "Squat with Bands" on a barbell
 *     keeps "band".
 */
import type { Equipment } from "@/lib/train/vocabulary";

export type AnalyzedName = {
  /** Every word after rules 2–5, in order: the strictest comparison. */
  key: string;
  /** Sorted distinct words without equipment and filler: "bench press", whichever way round it was written. */
  core: string[];
  /** From the bracket, else from the name; null when the name does not say. */
  equipment: Equipment | null;
};

// Longest phrases first so "smith machine" wins over "machine" and "ez curl bar" over "ez".
const EQUIPMENT_PHRASES: [string[], Equipment][] = [
  [["ez", "curl", "bar"], "ez_bar"],
  [["smith", "machine"], "smith_machine"],
  [["plate", "loaded"], "machine"],
  [["medicine", "ball"], "medicine_ball"],
  [["stability", "ball"], "stability_ball"],
  [["exercise", "ball"], "stability_ball"],
  [["swiss", "ball"], "stability_ball"],
  [["resistance", "band"], "band"],
  [["body", "only"], "bodyweight"],
  [["ez", "bar"], "ez_bar"],
  [["trap", "bar"], "trap_bar"],
  [["hex", "bar"], "trap_bar"],
  [["barbell"], "barbell"],
  [["dumbbell"], "dumbbell"],
  [["kettlebell"], "kettlebell"],
  [["cable"], "cable"],
  [["machine"], "machine"],
  [["smith"], "smith_machine"],
  [["band"], "band"],
  [["bodyweight"], "bodyweight"],
];

const ABBREVIATIONS: Record<string, string> = { db: "dumbbell", bb: "barbell", kb: "kettlebell", bw: "bodyweight" };
const IRREGULAR_SINGULARS: Record<string, string> = {
  biceps: "bicep",
  triceps: "tricep",
  calves: "calf",
  flyes: "fly",
  flye: "fly",
  flies: "fly",
};
const FILLER = new Set(["the", "a", "an", "with", "on", "of", "to", "and", "in", "for"]);

function singular(word: string): string {
  const irregular = IRREGULAR_SINGULARS[word];
  if (irregular) return irregular;
  if (word.length <= 3) return word; // abs, ups, bus: too short to tell
  if (/(sses|ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function words(text: string): string[] {
  const plain = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/\be[\s-]?z\b/g, "ez")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\b(pull|chin|push|sit|step) ?ups?\b/g, "$1up")
    .replace(/\b(pull|push) ?downs?\b/g, "$1down")
    .replace(/\bskull ?crushers?\b/g, "skullcrusher")
    .replace(/\bbody ?weight\b/g, "bodyweight")
    .trim();
  if (!plain) return [];
  return plain.split(" ").map((word) => singular(ABBREVIATIONS[word] ?? word));
}

/** The equipment a whole phrase names ("Smith Machine", "Cable"), or null. */
function equipmentPhrase(tokens: string[]): Equipment | null {
  const joined = tokens.join(" ");
  return EQUIPMENT_PHRASES.find(([phrase]) => phrase.join(" ") === joined)?.[1] ?? null;
}

/**
 * Takes the equipment words out of a word list. The equipment is `settled` (catalog or bracket) or else the
 * first one named; words naming any other equipment stay, as they describe a variation (rule 7).
 */
function extractEquipment(tokens: string[], settled: Equipment | null): { named: Equipment | null; rest: string[] } {
  let named: Equipment | null = null;
  const rest: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const expected: Equipment | null = settled ?? named;
    const hit: [string[], Equipment] | undefined = EQUIPMENT_PHRASES.find(
      ([phrase, kind]) => (expected === null || kind === expected) && phrase.every((word, offset) => tokens[i + offset] === word),
    );
    if (hit) {
      named = hit[1];
      i += hit[0].length;
    } else {
      rest.push(tokens[i]);
      i += 1;
    }
  }
  return { named, rest };
}

const TRAILING_BRACKET = /\(([^()]*)\)\s*$/;

/** `knownEquipment`: the catalog's own equipment for this exercise (rule 7); omit for imported names. */
export function analyzeExerciseName(name: string, knownEquipment?: Equipment): AnalyzedName {
  let base = name.trim();
  let bracketEquipment: Equipment | null = null;
  const bracketWords: string[] = [];
  const bracket = TRAILING_BRACKET.exec(base);
  if (bracket) {
    base = base.slice(0, bracket.index);
    const [first, ...others] = bracket[1].split(/\s+-\s+|,/);
    const inBracket = equipmentPhrase(words(first));
    // On a catalog name, a bracket naming other equipment than the exercise's own is a variation (rule 7).
    bracketEquipment = knownEquipment === undefined || inBracket === knownEquipment ? inBracket : null;
    // "(Assisted)" or the "Straight Bar" of "(Cable - Straight Bar)" still describe the exercise.
    for (const part of bracketEquipment ? others : [first, ...others]) bracketWords.push(...words(part));
  }
  const { named, rest } = extractEquipment([...words(base), ...bracketWords], knownEquipment ?? bracketEquipment);
  return {
    key: words(name).join(" "),
    core: [...new Set(rest.filter((word) => !FILLER.has(word)))].sort(),
    equipment: bracketEquipment ?? named,
  };
}
