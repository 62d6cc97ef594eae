import { describe, expect, it } from "vitest";
import { type CatalogExercise, exerciseCatalog } from "@/lib/train/exercise-catalog";
import { normalizeName } from "@/lib/train/search-text";
import { equipmentKinds, measurementTypes, movementPatterns, muscles } from "@/lib/train/vocabulary";

const byId = new Map(exerciseCatalog.map((exercise) => [exercise.id, exercise]));
const get = (id: string): CatalogExercise => {
  const exercise = byId.get(id);
  if (!exercise) throw new Error(`No catalog exercise ${id}`);
  return exercise;
};

/** Names as the Strong and Hevy apps export them; each must find exactly one catalog exercise. */
const appNames = [
  "Bench Press (Barbell)", "Incline Bench Press (Dumbbell)", "Lat Pulldown (Cable)", "Bicep Curl (Dumbbell)", "Squat (Barbell)",
  "Deadlift (Barbell)", "Overhead Press (Barbell)", "Seated Row (Cable)", "Leg Extension (Machine)", "Lateral Raise (Dumbbell)",
  "Triceps Pushdown (Cable - Straight Bar)", "Pull Up", "Pull Up (Band)", "Pull Up (Assisted)", "Chin Up", "Hanging Leg Raise",
  "Face Pull (Cable)", "Lying Leg Curl (Machine)", "Seated Leg Curl (Machine)", "Leg Press", "Bent Over Row (Barbell)",
  "Skullcrusher (Barbell)", "Hammer Curl (Dumbbell)", "Preacher Curl (Barbell)", "Chest Dip", "Plank", "Crunch", "Russian Twist",
  "Hip Thrust (Barbell)", "Romanian Deadlift (Barbell)", "Front Squat (Barbell)", "Goblet Squat", "Lunge (Barbell)",
  "Bench Press (Smith Machine)", "Incline Bench Press (Smith Machine)", "Chest Press (Machine)", "Seated Overhead Press (Dumbbell)",
  "Shoulder Press (Dumbbell)", "Butterfly (Pec Deck)", "Cable Crossover", "Bent Over One Arm Row (Dumbbell)", "Dumbbell Row",
  "T Bar Row", "Pendlay Row (Barbell)", "Seated Calf Raise (Plate Loaded)", "Bicep Curl (Barbell)", "Bicep Curl (Cable)",
  "Bicep Curl (Machine)", "Lateral Raise (Cable)", "Lateral Raise (Machine)", "Concentration Curl (Dumbbell)", "Hyperextensions",
  "Inverted Row (Bodyweight)", "Bench Press - Close Grip (Barbell)", "Decline Bench Press (Barbell)", "Front Raise (Dumbbell)",
  "Crunch (Machine)", "Hanging Knee Raise", "Overhead Triceps Extension (Cable)", "Triceps Extension (Barbell)",
  "Reverse Curl (Barbell)", "Spider Curl (Barbell)", "Seated Shoulder Press (Machine)", "Iso-Lateral Row (Machine)",
  "Seated Row (Machine)", "Lat Pulldown (Machine)", "Lat Pulldown - Close Grip (Cable)", "Seated Palms Up Wrist Curl",
  "Seated Wrist Extension (Barbell)", "Single Arm Lateral Raise (Cable)",
];

/** Catalog exercises whose name or an alias is exactly `text`. */
const exactMatches = (text: string) => exerciseCatalog.filter((e) => e.name === text || e.aliases.includes(text));

describe("exercise catalog", () => {
  it("is a substantial library", () => {
    expect(exerciseCatalog.length).toBeGreaterThanOrEqual(150);
  });

  it("has unique kebab-case ids", () => {
    const ids = exerciseCatalog.map((e) => e.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has unique names, also after normalising (the database's uniqueness key)", () => {
    const lower = exerciseCatalog.map((e) => e.name.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    const keys = exerciseCatalog.map((e) => normalizeName(e.name));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    for (const e of exerciseCatalog) expect(e.name.trim(), e.id).toBe(e.name);
  });

  it("has aliases that point at exactly one exercise", () => {
    const nameOwner = new Map(exerciseCatalog.map((e) => [normalizeName(e.name), e.id]));
    const aliasOwner = new Map<string, string>();
    const problems: string[] = [];
    for (const e of exerciseCatalog) {
      const seen = new Set([e.name.toLowerCase()]);
      for (const alias of e.aliases) {
        if (alias.trim() !== alias || alias.length === 0) problems.push(`${e.id}: blank or padded alias "${alias}"`);
        if (seen.has(alias.toLowerCase())) problems.push(`${e.id}: repeats "${alias}"`);
        seen.add(alias.toLowerCase());
        const key = normalizeName(alias);
        const namedBy = nameOwner.get(key);
        if (namedBy && namedBy !== e.id) problems.push(`${e.id}: alias "${alias}" is the name of ${namedBy}`);
        const otherOwner = aliasOwner.get(key);
        if (otherOwner && otherOwner !== e.id) problems.push(`${e.id}: alias "${alias}" is also an alias of ${otherOwner}`);
        aliasOwner.set(key, e.id);
      }
    }
    expect(problems).toEqual([]);
  });

  it("uses only vocabulary values and sensible muscle lists", () => {
    for (const e of exerciseCatalog) {
      expect(equipmentKinds, e.id).toContain(e.equipment);
      expect(movementPatterns, e.id).toContain(e.pattern);
      expect(measurementTypes, e.id).toContain(e.measurement);
      expect(typeof e.unilateral, e.id).toBe("boolean");
      expect(e.primaryMuscles.length, e.id).toBeGreaterThan(0);
      for (const muscle of [...e.primaryMuscles, ...e.secondaryMuscles]) expect(muscles, e.id).toContain(muscle);
      expect(new Set(e.primaryMuscles).size, e.id).toBe(e.primaryMuscles.length);
      expect(new Set(e.secondaryMuscles).size, e.id).toBe(e.secondaryMuscles.length);
      expect(e.secondaryMuscles.filter((m) => e.primaryMuscles.includes(m)), e.id).toEqual([]);
      // Same limits as a custom exercise (lib/schemas/exercise.ts).
      expect(e.name.length, e.id).toBeLessThanOrEqual(80);
      expect(e.aliases.length, e.id).toBeLessThanOrEqual(10);
      expect(e.primaryMuscles.length, e.id).toBeLessThanOrEqual(5);
      expect(e.secondaryMuscles.length, e.id).toBeLessThanOrEqual(8);
    }
  });

  it("covers every muscle, equipment kind, movement pattern and measurement", () => {
    const primary = new Set(exerciseCatalog.flatMap((e) => e.primaryMuscles));
    expect(muscles.filter((m) => !primary.has(m))).toEqual([]);
    const equipment = new Set(exerciseCatalog.map((e) => e.equipment));
    expect(equipmentKinds.filter((k) => k !== "other" && !equipment.has(k))).toEqual([]);
    const patterns = new Set(exerciseCatalog.map((e) => e.pattern));
    expect(movementPatterns.filter((p) => !patterns.has(p))).toEqual([]);
    const measurements = new Set(exerciseCatalog.map((e) => e.measurement));
    expect(measurementTypes.filter((m) => !measurements.has(m))).toEqual([]);
  });

  it("recognises the names Strong and Hevy export", () => {
    const unmatched = appNames.filter((name) => exactMatches(name).length !== 1);
    expect(unmatched).toEqual([]);
    expect(exactMatches("Pull Up (Band)")[0].equipment).toBe("band");
    expect(exactMatches("Pull Up (Assisted)")[0].equipment).toBe("machine");
    expect(exactMatches("Bench Press (Smith Machine)")[0].equipment).toBe("smith_machine");
    expect(exactMatches("Incline Bench Press (Dumbbell)")[0].id).toBe("dumbbell-incline-bench-press");
    expect(exactMatches("Dumbbell Row")[0].id).toBe(exactMatches("Bent Over One Arm Row (Dumbbell)")[0].id);
  });

  it("describes the staple lifts sensibly", () => {
    const squat = get("barbell-back-squat");
    expect(squat).toMatchObject({ equipment: "barbell", pattern: "squat", measurement: "weight_reps", unilateral: false });
    expect(squat.primaryMuscles).toContain("quads");

    expect(get("barbell-deadlift")).toMatchObject({ pattern: "hinge", measurement: "weight_reps" });
    expect(get("barbell-romanian-deadlift").primaryMuscles).toContain("hamstrings");
    expect(get("barbell-bench-press")).toMatchObject({ pattern: "horizontal_push", primaryMuscles: ["chest"] });
    expect(get("barbell-overhead-press").aliases).toContain("OHP");
    expect(get("plank")).toMatchObject({ measurement: "time", pattern: "core" });
    expect(get("pull-up")).toMatchObject({ measurement: "reps", pattern: "vertical_pull", equipment: "bodyweight" });
    expect(get("weighted-pull-up").measurement).toBe("weight_reps");
    expect(get("treadmill-run")).toMatchObject({ measurement: "distance", pattern: "locomotion", equipment: "cardio_machine" });
    expect(get("farmers-carry")).toMatchObject({ measurement: "distance", pattern: "carry" });
    expect(get("dumbbell-bulgarian-split-squat").unilateral).toBe(true);
    expect(get("dumbbell-one-arm-row").unilateral).toBe(true);
    expect(get("leg-extension")).toMatchObject({ pattern: "isolation", primaryMuscles: ["quads"] });
    expect(get("foam-roll-quads")).toMatchObject({ equipment: "foam_roller", pattern: "mobility", measurement: "time" });
  });
});
