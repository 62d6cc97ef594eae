/**
 * The words the training domain is built from. Stored values are these snake_case keys; labels are for
 * people. Shared by the catalog, the importers, the schemas and the UI, so every list has one source.
 */

export const muscles = [
  "chest",
  "front_delts",
  "side_delts",
  "rear_delts",
  "lats",
  "upper_back",
  "traps",
  "lower_back",
  "biceps",
  "triceps",
  "forearms",
  "abs",
  "obliques",
  "hip_flexors",
  "glutes",
  "quads",
  "hamstrings",
  "adductors",
  "abductors",
  "calves",
  "neck",
] as const;
export type Muscle = (typeof muscles)[number];

export const muscleLabels: Record<Muscle, string> = {
  chest: "Chest",
  front_delts: "Front delts",
  side_delts: "Side delts",
  rear_delts: "Rear delts",
  lats: "Lats",
  upper_back: "Upper back",
  traps: "Traps",
  lower_back: "Lower back",
  biceps: "Biceps",
  triceps: "Triceps",
  forearms: "Forearms",
  abs: "Abs",
  obliques: "Obliques",
  hip_flexors: "Hip flexors",
  glutes: "Glutes",
  quads: "Quads",
  hamstrings: "Hamstrings",
  adductors: "Adductors",
  abductors: "Abductors",
  calves: "Calves",
  neck: "Neck",
};

export const equipmentKinds = [
  "barbell",
  "dumbbell",
  "kettlebell",
  "cable",
  "machine",
  "smith_machine",
  "ez_bar",
  "trap_bar",
  "bodyweight",
  "band",
  "medicine_ball",
  "stability_ball",
  "foam_roller",
  "cardio_machine",
  "other",
] as const;
export type Equipment = (typeof equipmentKinds)[number];

export const equipmentLabels: Record<Equipment, string> = {
  barbell: "Barbell",
  dumbbell: "Dumbbell",
  kettlebell: "Kettlebell",
  cable: "Cable",
  machine: "Machine",
  smith_machine: "Smith machine",
  ez_bar: "EZ bar",
  trap_bar: "Trap bar",
  bodyweight: "Bodyweight",
  band: "Band",
  medicine_ball: "Medicine ball",
  stability_ball: "Stability ball",
  foam_roller: "Foam roller",
  cardio_machine: "Cardio machine",
  other: "Other",
};

export const movementPatterns = [
  "squat",
  "hinge",
  "lunge",
  "horizontal_push",
  "vertical_push",
  "horizontal_pull",
  "vertical_pull",
  "carry",
  "core",
  "isolation",
  "plyometric",
  "locomotion",
  "mobility",
] as const;
export type MovementPattern = (typeof movementPatterns)[number];

export const movementPatternLabels: Record<MovementPattern, string> = {
  squat: "Squat",
  hinge: "Hinge",
  lunge: "Lunge",
  horizontal_push: "Horizontal push",
  vertical_push: "Vertical push",
  horizontal_pull: "Horizontal pull",
  vertical_pull: "Vertical pull",
  carry: "Carry",
  core: "Core",
  isolation: "Isolation",
  plyometric: "Plyometric",
  locomotion: "Cardio",
  mobility: "Mobility",
};

/** What a set of this exercise records. */
export const measurementTypes = ["weight_reps", "reps", "time", "distance"] as const;
export type MeasurementType = (typeof measurementTypes)[number];

export const measurementLabels: Record<MeasurementType, string> = {
  weight_reps: "Weight × reps",
  reps: "Reps only",
  time: "Time",
  distance: "Distance",
};

export const setTypes = ["warmup", "working", "drop", "amrap", "failure"] as const;
export type SetType = (typeof setTypes)[number];

export const setTypeLabels: Record<SetType, string> = {
  warmup: "Warm-up",
  working: "Working",
  drop: "Drop set",
  amrap: "AMRAP",
  failure: "To failure",
};

/** Short tags shown on a set row. */
export const setTypeTags: Record<SetType, string> = { warmup: "W", working: "", drop: "D", amrap: "A", failure: "F" };
