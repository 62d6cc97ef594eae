import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mapFreeExerciseDbRecord, ZFreeExerciseDbRecord } from "@/lib/train/imports/free-exercise-db";
import { equipmentKinds, measurementTypes, movementPatterns, muscles } from "@/lib/train/vocabulary";

/** A record in the dataset's shape; tests override what they are about. */
function record(overrides: Record<string, unknown> = {}) {
  return {
    id: "Test_Exercise",
    name: "Test Exercise",
    force: "push",
    level: "beginner",
    mechanic: "compound",
    equipment: "barbell",
    primaryMuscles: ["chest"],
    secondaryMuscles: [],
    instructions: ["  Do it.  ", ""],
    category: "strength",
    images: ["Test_Exercise/0.jpg"],
    ...overrides,
  };
}

function mapped(overrides: Record<string, unknown>) {
  const result = mapFreeExerciseDbRecord(record(overrides));
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe("mapFreeExerciseDbRecord", () => {
  it("maps a barbell bench press", () => {
    const result = mapped({
      id: "Barbell_Bench_Press_-_Medium_Grip",
      name: "Barbell Bench Press - Medium Grip",
      secondaryMuscles: ["shoulders", "triceps", "chest"],
    });
    expect(result).toEqual({
      ok: true,
      exercise: {
        sourceId: "Barbell_Bench_Press_-_Medium_Grip",
        name: "Barbell Bench Press - Medium Grip",
        aliases: [],
        primaryMuscles: ["chest"],
        // "chest" is already primary, so it is not repeated as secondary.
        secondaryMuscles: ["front_delts", "triceps"],
        equipment: "barbell",
        pattern: "horizontal_push",
        unilateral: false,
        measurement: "weight_reps",
        instructions: ["Do it."],
      },
      unmapped: [],
    });
  });

  it("splits the shoulder muscle by what the name says", () => {
    const shoulders = { primaryMuscles: ["shoulders"], mechanic: "isolation", equipment: "dumbbell" };
    expect(mapped({ ...shoulders, name: "Side Lateral Raise" }).exercise.primaryMuscles).toEqual(["side_delts"]);
    expect(mapped({ ...shoulders, name: "Dumbbell Lying Rear Lateral Raise" }).exercise.primaryMuscles).toEqual(["rear_delts"]);
    expect(mapped({ ...shoulders, name: "Face Pull", equipment: "cable" }).exercise.primaryMuscles).toEqual(["rear_delts"]);
    expect(mapped({ ...shoulders, name: "Standing Military Press" }).exercise.primaryMuscles).toEqual(["front_delts"]);
  });

  it("maps equipment, refining by name where the dataset has no word for it", () => {
    expect(mapped({ equipment: "kettlebells" }).exercise.equipment).toBe("kettlebell");
    expect(mapped({ equipment: "e-z curl bar" }).exercise.equipment).toBe("ez_bar");
    expect(mapped({ equipment: "exercise ball" }).exercise.equipment).toBe("stability_ball");
    expect(mapped({ equipment: "machine", name: "Smith Machine Bench Press" }).exercise.equipment).toBe("smith_machine");
    expect(mapped({ equipment: "other", name: "Trap Bar Deadlift" }).exercise).toMatchObject({ equipment: "trap_bar", pattern: "hinge" });
  });

  it("reports a null equipment as unmapped and treats it as other", () => {
    const result = mapped({ equipment: null, name: "Bodyweight Walking Lunge", primaryMuscles: ["quadriceps"] });
    expect(result.exercise).toMatchObject({ equipment: "other", pattern: "lunge", measurement: "reps" });
    expect(result.unmapped).toEqual(["equipment: null"]);
  });

  it("derives pattern and measurement from category, force, mechanic and name", () => {
    const cardio = { category: "cardio", force: null, mechanic: null, equipment: "machine", primaryMuscles: ["quadriceps"] };
    expect(mapped({ ...cardio, name: "Running, Treadmill" }).exercise).toMatchObject({
      pattern: "locomotion",
      measurement: "distance",
      equipment: "cardio_machine",
    });
    expect(mapped({ ...cardio, name: "Stairmaster" }).exercise.measurement).toBe("time");
    expect(mapped({ category: "stretching", name: "Hamstring Stretch", equipment: null }).exercise).toMatchObject({
      pattern: "mobility",
      measurement: "time",
    });
    expect(mapped({ category: "plyometrics", name: "Box Jump", equipment: "body only" }).exercise).toMatchObject({
      pattern: "plyometric",
      measurement: "reps",
    });
    expect(
      mapped({ name: "Plank", force: "static", mechanic: "isolation", equipment: "body only", primaryMuscles: ["abdominals"] })
        .exercise,
    ).toMatchObject({ pattern: "core", measurement: "time" });
    expect(mapped({ name: "Pullups", force: "pull", equipment: "body only", primaryMuscles: ["lats"] }).exercise).toMatchObject({
      pattern: "vertical_pull",
      measurement: "reps",
    });
    expect(mapped({ name: "Leg Extensions", mechanic: "isolation", equipment: "machine", primaryMuscles: ["quadriceps"] }).exercise.pattern).toBe(
      "isolation",
    );
    expect(mapped({ name: "Straight-Arm Pulldown", mechanic: "isolation", equipment: "cable", primaryMuscles: ["lats"] }).exercise.pattern).toBe(
      "isolation",
    );
  });

  it("reads unilateral work from the name", () => {
    expect(mapped({ name: "One-Arm Dumbbell Row" }).exercise.unilateral).toBe(true);
    expect(mapped({ name: "Alternating Kettlebell Press" }).exercise.unilateral).toBe(true);
    expect(mapped({ name: "Kettlebell One-Legged Deadlift" }).exercise.unilateral).toBe(true);
    expect(mapped({ name: "Barbell Squat" }).exercise.unilateral).toBe(false);
  });

  it("refuses records that do not fit the dataset's schema", () => {
    expect(mapFreeExerciseDbRecord(record({ equipment: "spaceship" }))).toMatchObject({ ok: false, reason: expect.stringMatching(/equipment/) });
    expect(mapFreeExerciseDbRecord(record({ id: "has spaces" }))).toMatchObject({ ok: false });
    const { mechanic: _dropped, ...withoutMechanic } = record();
    expect(mapFreeExerciseDbRecord(withoutMechanic)).toMatchObject({ ok: false, reason: expect.stringMatching(/mechanic/) });
    expect(mapFreeExerciseDbRecord(record({ primaryMuscles: [] }))).toMatchObject({ ok: false, reason: expect.stringMatching(/primary/) });
    expect(mapFreeExerciseDbRecord("Bench Press")).toMatchObject({ ok: false });
  });

  it("accepts a record without force, as the schema allows", () => {
    const { force: _dropped, ...withoutForce } = record();
    expect(ZFreeExerciseDbRecord.safeParse(withoutForce).success).toBe(true);
  });
});

const DATASET = "/work/shared/data/exercises/free-exercise-db_exercises.json";

describe.skipIf(!existsSync(DATASET))("the real free-exercise-db dataset", () => {
  it("validates and maps all 873 records into our vocabulary", () => {
    const records: unknown[] = JSON.parse(readFileSync(DATASET, "utf8"));
    expect(records).toHaveLength(873);
    expect(records.filter((r) => !ZFreeExerciseDbRecord.safeParse(r).success)).toEqual([]);

    const results = records.map(mapFreeExerciseDbRecord);
    const unmappedCounts: Record<string, number> = {};
    for (const result of results) {
      if (!result.ok) throw new Error(result.reason);
      const { exercise } = result;
      expect(exercise.primaryMuscles.length).toBeGreaterThan(0);
      expect([...exercise.primaryMuscles, ...exercise.secondaryMuscles].every((m) => muscles.includes(m))).toBe(true);
      expect(equipmentKinds).toContain(exercise.equipment);
      expect(movementPatterns).toContain(exercise.pattern);
      expect(measurementTypes).toContain(exercise.measurement);
      for (const note of result.unmapped) unmappedCounts[note] = (unmappedCounts[note] ?? 0) + 1;
    }
    // What still needs a human look: 77 records have no equipment at all; a handful match no pattern rule.
    expect(unmappedCounts["equipment: null"]).toBe(77);
    expect(unmappedCounts["pattern: no rule matched, defaulted to isolation"]).toBeLessThanOrEqual(10);
    expect(Object.keys(unmappedCounts).sort()).toEqual(["equipment: null", "pattern: no rule matched, defaulted to isolation"]);
    expect(new Set(results.map((r) => r.ok && r.exercise.sourceId)).size).toBe(873);
  });
});
