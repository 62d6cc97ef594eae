/**
 * free-exercise-db (github.com/yuhonas/free-exercise-db) record → our exercise vocabulary. Pure: validation
 * with zod, then table look-ups and name heuristics. Whatever had to be guessed or defaulted is listed in
 * `unmapped`, so a seeding script can show what needs a human look.
 */
import { z } from "zod";
import type { Equipment, MeasurementType, MovementPattern, Muscle } from "@/lib/train/vocabulary";
import type { CatalogExercise } from "@/lib/train/exercise-catalog";

const SOURCE_MUSCLES = [
  "abdominals", "abductors", "adductors", "biceps", "calves", "chest", "forearms", "glutes", "hamstrings",
  "lats", "lower back", "middle back", "neck", "quadriceps", "shoulders", "traps", "triceps",
] as const;
const SOURCE_EQUIPMENT = [
  "medicine ball", "dumbbell", "body only", "bands", "kettlebells", "foam roll", "cable", "machine", "barbell",
  "exercise ball", "e-z curl bar", "other",
] as const;
const SOURCE_CATEGORIES = [
  "powerlifting", "strength", "stretching", "cardio", "olympic weightlifting", "strongman", "plyometrics",
] as const;

/** One record, per the dataset's schema.json (draft-04): force is optional, mechanic/equipment required but nullable. */
export const ZFreeExerciseDbRecord = z.object({
  id: z.string().regex(/^[0-9a-zA-Z_-]+$/),
  name: z.string(),
  force: z.enum(["static", "pull", "push"]).nullable().optional(),
  level: z.enum(["beginner", "intermediate", "expert"]),
  mechanic: z.enum(["isolation", "compound"]).nullable(),
  equipment: z.enum(SOURCE_EQUIPMENT).nullable(),
  primaryMuscles: z.array(z.enum(SOURCE_MUSCLES)),
  secondaryMuscles: z.array(z.enum(SOURCE_MUSCLES)),
  instructions: z.array(z.string()),
  category: z.enum(SOURCE_CATEGORIES),
  images: z.array(z.string()),
});
export type FreeExerciseDbRecord = z.infer<typeof ZFreeExerciseDbRecord>;
type SourceMuscle = (typeof SOURCE_MUSCLES)[number];

/** An exercise described as our catalog describes one, plus where it came from and how to do it. */
export type MappedFreeExercise = Omit<CatalogExercise, "id"> & { sourceId: string; instructions: string[] };
export type FreeExerciseDbMapping =
  | { ok: true; exercise: MappedFreeExercise; unmapped: string[] }
  | { ok: false; reason: string };

// "shoulders" is refined by name in mapMuscle: the dataset does not split the deltoid heads.
const MUSCLES: Record<SourceMuscle, Muscle> = {
  abdominals: "abs",
  abductors: "abductors",
  adductors: "adductors",
  biceps: "biceps",
  calves: "calves",
  chest: "chest",
  forearms: "forearms",
  glutes: "glutes",
  hamstrings: "hamstrings",
  lats: "lats",
  "lower back": "lower_back",
  "middle back": "upper_back",
  neck: "neck",
  quadriceps: "quads",
  shoulders: "front_delts",
  traps: "traps",
  triceps: "triceps",
};

const EQUIPMENT: Record<(typeof SOURCE_EQUIPMENT)[number], Equipment> = {
  barbell: "barbell",
  dumbbell: "dumbbell",
  kettlebells: "kettlebell",
  cable: "cable",
  machine: "machine",
  "body only": "bodyweight",
  bands: "band",
  "medicine ball": "medicine_ball",
  "exercise ball": "stability_ball",
  "foam roll": "foam_roller",
  "e-z curl bar": "ez_bar",
  other: "other",
};

/** Lower case, hyphens and punctuation as spaces: "One-Arm" and "one arm" read the same to the regexes. */
function plainName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** A regex matching any of the phrases as whole words of a plain name. */
function anyOf(...phrases: string[]): RegExp {
  return new RegExp(`\\b(${phrases.join("|")})\\b`);
}

// Rear before side: "Lying Rear Lateral Raise" is a rear-delt exercise. Bent-over raises hit the rear head.
const REAR_DELT_NAME = anyOf("rear", "reverse fly", "reverse flyes?", "face pull", "bent over", "back fly", "back flyes?", "pull apart");
const SIDE_DELT_NAME = anyOf("lateral", "laterals", "side", "upright");

function mapMuscle(muscle: SourceMuscle, name: string): Muscle {
  if (muscle !== "shoulders") return MUSCLES[muscle];
  if (REAR_DELT_NAME.test(name)) return "rear_delts";
  if (SIDE_DELT_NAME.test(name)) return "side_delts";
  return "front_delts";
}

function mapEquipment(record: FreeExerciseDbRecord, name: string, unmapped: string[]): Equipment {
  if (record.equipment === null) {
    unmapped.push("equipment: null");
    return "other";
  }
  const equipment = EQUIPMENT[record.equipment];
  // The dataset has no words for these; the name does.
  if ((equipment === "machine" || equipment === "barbell") && /\bsmith\b/.test(name)) return "smith_machine";
  if (/\b(trap|hex) bar\b/.test(name)) return "trap_bar";
  if (equipment === "machine" && record.category === "cardio") return "cardio_machine";
  return equipment;
}

// Single-joint movements, whatever the dataset's mechanic says ("Drag Curl" is listed as compound). Checked
// before the big-lift names so "Calf Press On The Leg Press" and "Straight-Arm Pulldown" are not squat / pull-down.
const ISOLATION_NAME = anyOf(
  "straight arm", "calf", "calves", "scapular", "pullovers?", "curls?", "fly", "flyes?", "flies", "raises?",
  "rotation", "kickbacks?",
);

// Checked in order; the first that matches the (plain) name wins. Order matters: "step up with knee raise" is a
// lunge, "front squat (clean grip)" a squat, "upright barbell row" a vertical pull, "clean and jerk" a hinge.
const NAME_PATTERNS: [RegExp, MovementPattern][] = [
  [anyOf("farmers?", "carry", "carries", "yoke", "suitcase"), "carry"],
  [anyOf("lunges?", "split squats?", "step ups?", "bulgarian"), "lunge"],
  [ISOLATION_NAME, "isolation"],
  [
    anyOf(
      "deadlifts?", "rdl", "good mornings?", "hip thrusts?", "glute bridge", "swings?", "hyperextensions?",
      "back extensions?", "pull through", "rack pulls?", "cleans?(?! grip)", "snatch", "atlas stones?", "keg load",
    ),
    "hinge",
  ],
  [anyOf("squats?", "leg press", "hack"), "squat"],
  [anyOf("pull ?ups?", "chin ?ups?", "pull ?downs?", "muscle up", "upright", "high pull"), "vertical_pull"],
  [anyOf("rows?", "face pull"), "horizontal_pull"],
  [anyOf("overhead press", "military", "shoulder press", "push press", "jerk", "handstand", "arnold", "dips?"), "vertical_push"],
  [anyOf("bench press", "push ?ups?", "chest press", "floor press"), "horizontal_push"],
];

const PRESS_NAME = anyOf("press", "presses");

const CATEGORY_PATTERNS: Partial<Record<FreeExerciseDbRecord["category"], MovementPattern>> = {
  cardio: "locomotion",
  stretching: "mobility",
  plyometrics: "plyometric",
};

function mapPattern(record: FreeExerciseDbRecord, name: string, unmapped: string[]): MovementPattern {
  const byCategory = CATEGORY_PATTERNS[record.category];
  if (byCategory) return byCategory;
  const primary = record.primaryMuscles[0];
  // Abs work is core work even when it moves (crunches, leg raises); so is holding the lower back still.
  if (primary === "abdominals" || (record.force === "static" && primary === "lower back")) return "core";
  const byName = NAME_PATTERNS.find(([pattern]) => pattern.test(name));
  if (byName) return byName[1];
  if (record.mechanic === "isolation") return "isolation";
  // A compound lift the name did not give away: fall back on the muscle it works and which way it moves.
  const press = PRESS_NAME.test(name);
  if ((primary === "chest" || primary === "triceps") && (press || record.force === "push")) return "horizontal_push";
  if (primary === "shoulders" && (press || record.force === "push")) return "vertical_push";
  if (record.force === "pull" && primary === "lats") return "vertical_pull";
  if (record.force === "pull" && primary === "middle back") return "horizontal_pull";
  if (primary === "quadriceps" && record.mechanic === "compound") return "squat";
  if ((primary === "hamstrings" || primary === "glutes") && record.mechanic === "compound") return "hinge";
  unmapped.push("pattern: no rule matched, defaulted to isolation");
  return "isolation";
}

const DISTANCE_CARDIO = anyOf(
  "run", "running", "jog", "jogging", "walk", "walking", "rowing", "bicycling", "bike", "cycling", "skating",
  "sprint", "swim", "swimming",
);
const HELD_POSITION = anyOf("plank", "hold", "wall sit", "isometric");

function mapMeasurement(record: FreeExerciseDbRecord, name: string, equipment: Equipment): MeasurementType {
  if (record.category === "cardio") return DISTANCE_CARDIO.test(name) ? "distance" : "time";
  if (record.category === "stretching") return "time";
  // Named holds count too when the dataset gives no force, but not "Push Up to Side Plank", which moves.
  if (record.force === "static" || (!record.force && HELD_POSITION.test(name))) return "time";
  if (equipment === "foam_roller") return "time";
  // Nothing to weigh: null equipment in this dataset is mostly bodyweight drills.
  if (record.equipment === null || equipment === "bodyweight" || equipment === "band") return "reps";
  return "weight_reps";
}

const UNILATERAL_NAME = anyOf("one arm", "one leg", "one legged", "single", "alternating", "alternate", "unilateral");

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Validates one record and maps it; ok: false only when it does not fit the dataset's schema or names no primary muscle. */
export function mapFreeExerciseDbRecord(input: unknown): FreeExerciseDbMapping {
  const parsed = ZFreeExerciseDbRecord.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `Not a free-exercise-db record: ${issue.path.join(".") || "record"}: ${issue.message}` };
  }
  const record = parsed.data;
  if (record.primaryMuscles.length === 0) return { ok: false, reason: `${record.id}: no primary muscle` };

  const name = plainName(record.name);
  const unmapped: string[] = [];
  const primaryMuscles = unique(record.primaryMuscles.map((muscle) => mapMuscle(muscle, name)));
  const secondaryMuscles = unique(record.secondaryMuscles.map((muscle) => mapMuscle(muscle, name))).filter(
    (muscle) => !primaryMuscles.includes(muscle),
  );
  const equipment = mapEquipment(record, name, unmapped);

  return {
    ok: true,
    exercise: {
      sourceId: record.id,
      name: record.name.trim(),
      aliases: [],
      primaryMuscles,
      secondaryMuscles,
      equipment,
      pattern: mapPattern(record, name, unmapped),
      unilateral: UNILATERAL_NAME.test(name),
      measurement: mapMeasurement(record, name, equipment),
      instructions: record.instructions.map((step) => step.trim()).filter(Boolean),
    },
    unmapped,
  };
}
