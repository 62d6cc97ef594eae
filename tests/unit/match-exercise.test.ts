import { describe, expect, it } from "vitest";
import { analyzeExerciseName } from "@/lib/train/imports/exercise-name";
import { createExerciseMatcher, type MatchableExercise } from "@/lib/train/imports/match-exercise";

const catalog: MatchableExercise[] = [
  { id: "bb-bench", name: "Barbell Bench Press", aliases: ["Flat Bench"], equipment: "barbell" },
  { id: "db-bench", name: "Dumbbell Bench Press", aliases: [], equipment: "dumbbell" },
  { id: "pull-up", name: "Pull-Up", aliases: ["Chin-Up (Overhand)"], equipment: "bodyweight" },
  { id: "db-curl", name: "Dumbbell Biceps Curl", aliases: [], equipment: "dumbbell" },
  { id: "lat-pulldown", name: "Lat Pulldown", aliases: [], equipment: "cable" },
  { id: "triceps-pushdown", name: "Cable Triceps Pushdown", aliases: [], equipment: "cable" },
  { id: "ohp", name: "Overhead Press", aliases: ["OHP", "Military Press"], equipment: "barbell" },
  { id: "leg-ext", name: "Leg Extension", aliases: [], equipment: "machine" },
  { id: "bb-squat", name: "Barbell Squat", aliases: [], equipment: "barbell" },
  { id: "banded-squat", name: "Squat with Bands", aliases: [], equipment: "barbell" },
  { id: "band-pull-up", name: "Band Assisted Pull-Up", aliases: [], equipment: "other" },
  { id: "cable-fly", name: "Chest Fly", aliases: [], equipment: "cable" },
  { id: "machine-fly", name: "Chest Fly", aliases: [], equipment: "machine" },
];
const match = createExerciseMatcher(catalog);

describe("analyzeExerciseName", () => {
  it("reads the apps' Name (Equipment) style", () => {
    expect(analyzeExerciseName("Bench Press (Barbell)")).toEqual({ key: "bench press barbell", core: ["bench", "press"], equipment: "barbell" });
    expect(analyzeExerciseName("Incline Bench Press (Smith Machine)").equipment).toBe("smith_machine");
    expect(analyzeExerciseName("Shoulder Press (Plate Loaded)").equipment).toBe("machine");
    expect(analyzeExerciseName("Triceps Pushdown (Cable - Straight Bar)")).toMatchObject({
      core: ["bar", "pushdown", "straight", "tricep"],
      equipment: "cable",
    });
    // A bracket that is not equipment is part of the name.
    expect(analyzeExerciseName("Chest Dip (Assisted)")).toMatchObject({ core: ["assisted", "chest", "dip"], equipment: null });
  });

  it("normalises case, punctuation, plurals and abbreviations", () => {
    for (const name of ["Pull Ups", "pull-up", "PULLUPS", "Pull Up"]) expect(analyzeExerciseName(name).key).toBe("pullup");
    expect(analyzeExerciseName("DB Biceps Curls").key).toBe(analyzeExerciseName("dumbbell bicep curl").key);
    expect(analyzeExerciseName("BB Skull Crushers").key).toBe("barbell skullcrusher");
    expect(analyzeExerciseName("E-Z Bar Curl").equipment).toBe("ez_bar");
    expect(analyzeExerciseName("Lateral Raises").key).toBe("lateral raise");
    expect(analyzeExerciseName("Cable Flyes").key).toBe("cable fly");
  });
});

describe("createExerciseMatcher", () => {
  it("matches the apps' bracket style to the catalog's name", () => {
    expect(match("Bench Press (Barbell)")).toEqual({ id: "bb-bench", confidence: "exact" });
    expect(match("Bench Press (Dumbbell)")).toEqual({ id: "db-bench", confidence: "exact" });
    expect(match("Bicep Curl (Dumbbell)")).toEqual({ id: "db-curl", confidence: "exact" });
    expect(match("Lat Pulldown (Cable)")).toEqual({ id: "lat-pulldown", confidence: "exact" });
  });

  it("matches names written differently", () => {
    expect(match("Pull Up")).toEqual({ id: "pull-up", confidence: "exact" });
    expect(match("pull-ups")).toEqual({ id: "pull-up", confidence: "exact" });
    expect(match("BB Bench Press")).toEqual({ id: "bb-bench", confidence: "exact" });
    expect(match("Lat Pull-Down")).toEqual({ id: "lat-pulldown", confidence: "exact" });
  });

  it("matches aliases", () => {
    expect(match("Flat Bench")).toEqual({ id: "bb-bench", confidence: "alias" });
    expect(match("military press")).toEqual({ id: "ohp", confidence: "alias" });
    expect(match("Chin Up (Overhand)")).toEqual({ id: "pull-up", confidence: "alias" });
  });

  it("assumes the equipment only when one exercise has that name, and says it guessed", () => {
    expect(match("Triceps Pushdown")).toEqual({ id: "triceps-pushdown", confidence: "fuzzy" });
    expect(match("Leg Extension (Machine)")).toEqual({ id: "leg-ext", confidence: "exact" });
  });

  it("treats an equipment word that is not the catalog exercise's equipment as part of its name", () => {
    // "Squat with Bands" is a barbell squat variation, not a second plain barbell squat.
    expect(match("Squat (Barbell)")).toEqual({ id: "bb-squat", confidence: "exact" });
    expect(match("Squat with Bands (Barbell)")).toEqual({ id: "banded-squat", confidence: "exact" });
    // Machine-assisted is not band-assisted.
    expect(match("Pull Up (Assisted)")).toBeNull();
  });

  it("matches near spellings and harmless extra words as fuzzy", () => {
    expect(match("Lat Pulldwn")).toEqual({ id: "lat-pulldown", confidence: "fuzzy" });
    expect(match("Seated Overhead Press (Barbell)")).toEqual({ id: "ohp", confidence: "fuzzy" });
  });

  it("returns null for names it does not know", () => {
    expect(match("Zercher Carry")).toBeNull();
    expect(match("Leg Press Technogym (Gelb)")).toBeNull();
    expect(match("")).toBeNull();
    expect(match("(Barbell)")).toBeNull();
  });

  it("returns null rather than guess between candidates", () => {
    // Barbell and dumbbell bench press both fit.
    expect(match("Bench Press")).toBeNull();
    // Two catalog exercises share the name.
    expect(match("Chest Fly")).toBeNull();
    expect(match("Chest Fly (Cable)")).toEqual({ id: "cable-fly", confidence: "exact" });
  });

  it("never trades a distinguishing word or the equipment for a near match", () => {
    expect(match("Incline Bench Press (Barbell)")).toBeNull();
    expect(match("Single Arm Lateral Raise (Cable)")).toBeNull();
    expect(match("Lat Pulldown (Machine)")).toBeNull();
    expect(match("Leg Curl (Machine)")).toBeNull();
  });
});
