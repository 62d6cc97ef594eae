/**
 * The Character Coach exercise catalog: our own curated library, written by us (not copied from any
 * data set). It is synced into the exercises collection at start-up (see server/train/exercise-service).
 *
 * Ids are stable slugs that stored sets, programs and personal records point at: never rename or reuse
 * one. To retire an exercise keep its row; to rename it change `name` and keep the old name as an alias.
 * Aliases feed search and the Strong / Hevy importers, which match app names such as
 * "Bench Press (Barbell)" exactly, so keep those strings as they are.
 */
import type { Equipment, MeasurementType, MovementPattern, Muscle } from "./vocabulary";

export type CatalogExercise = {
  /** Stable kebab-case slug, e.g. "barbell-bench-press"; never reuse or rename. */
  id: string;
  name: string;
  /** Other names people search for or that apps export. */
  aliases: string[];
  /** At least one. */
  primaryMuscles: Muscle[];
  secondaryMuscles: Muscle[];
  equipment: Equipment;
  pattern: MovementPattern;
  /** One arm or leg at a time (Bulgarian split squat, one-arm dumbbell row). */
  unilateral: boolean;
  /** What a set records. */
  measurement: MeasurementType;
};

/** One catalog row, positional so each exercise reads on one line. */
function ex(
  id: string,
  name: string,
  equipment: Equipment,
  pattern: MovementPattern,
  measurement: MeasurementType,
  primaryMuscles: Muscle[],
  secondaryMuscles: Muscle[],
  aliases: string[] = [],
  options: { unilateral?: boolean } = {},
): CatalogExercise {
  return { id, name, aliases, primaryMuscles, secondaryMuscles, equipment, pattern, unilateral: options.unilateral ?? false, measurement };
}

const ONE_SIDE = { unilateral: true };

export const exerciseCatalog: readonly CatalogExercise[] = [
  // ── Squats ────────────────────────────────────────────────────────────────────────────────────────
  ex("barbell-back-squat", "Barbell Back Squat", "barbell", "squat", "weight_reps", ["quads", "glutes"], ["adductors", "hamstrings", "lower_back"], ["Squat (Barbell)", "Back Squat", "Squat", "High-Bar Squat", "Low-Bar Squat"]),
  ex("barbell-front-squat", "Barbell Front Squat", "barbell", "squat", "weight_reps", ["quads"], ["glutes", "adductors", "upper_back", "abs"], ["Front Squat (Barbell)", "Front Squat"]),
  ex("barbell-box-squat", "Barbell Box Squat", "barbell", "squat", "weight_reps", ["quads", "glutes"], ["hamstrings", "adductors", "lower_back"], ["Box Squat (Barbell)", "Box Squat"]),
  ex("barbell-pause-squat", "Barbell Pause Squat", "barbell", "squat", "weight_reps", ["quads", "glutes"], ["adductors", "lower_back", "abs"], ["Pause Squat", "Paused Squat"]),
  ex("safety-bar-squat", "Safety Bar Squat", "barbell", "squat", "weight_reps", ["quads", "glutes"], ["upper_back", "adductors", "lower_back"], ["SSB Squat", "Safety Squat Bar Squat"]),
  ex("barbell-overhead-squat", "Barbell Overhead Squat", "barbell", "squat", "weight_reps", ["quads", "glutes"], ["front_delts", "upper_back", "abs", "adductors"], ["Overhead Squat", "OHS"]),
  ex("barbell-zercher-squat", "Barbell Zercher Squat", "barbell", "squat", "weight_reps", ["quads", "glutes"], ["upper_back", "abs", "biceps"], ["Zercher Squat"]),
  ex("dumbbell-goblet-squat", "Dumbbell Goblet Squat", "dumbbell", "squat", "weight_reps", ["quads", "glutes"], ["adductors", "abs", "upper_back"], ["Goblet Squat", "Goblet Squat (Dumbbell)", "DB Goblet Squat"]),
  ex("kettlebell-goblet-squat", "Kettlebell Goblet Squat", "kettlebell", "squat", "weight_reps", ["quads", "glutes"], ["adductors", "abs", "upper_back"], ["Goblet Squat (Kettlebell)", "KB Goblet Squat"]),
  ex("bodyweight-squat", "Bodyweight Squat", "bodyweight", "squat", "reps", ["quads", "glutes"], ["adductors", "hamstrings"], ["Air Squat", "Squat (Bodyweight)", "Free Squat"]),
  ex("smith-machine-squat", "Smith Machine Squat", "smith_machine", "squat", "weight_reps", ["quads", "glutes"], ["adductors", "hamstrings"], ["Squat (Smith Machine)", "Smith Squat"]),
  ex("hack-squat", "Hack Squat", "machine", "squat", "weight_reps", ["quads"], ["glutes", "adductors"], ["Hack Squat (Machine)", "Machine Hack Squat"]),
  ex("leg-press", "Leg Press", "machine", "squat", "weight_reps", ["quads", "glutes"], ["adductors", "hamstrings"], ["Leg Press (Machine)", "45-Degree Leg Press", "Sled Leg Press"]),
  ex("belt-squat", "Belt Squat", "machine", "squat", "weight_reps", ["quads", "glutes"], ["adductors", "hamstrings"], ["Belt Squat (Machine)", "Hip Belt Squat"]),
  ex("pistol-squat", "Pistol Squat", "bodyweight", "squat", "reps", ["quads", "glutes"], ["adductors", "abs", "hip_flexors"], ["Single-Leg Squat", "Pistol"], ONE_SIDE),
  ex("wall-sit", "Wall Sit", "bodyweight", "squat", "time", ["quads"], ["glutes", "adductors"], ["Wall Squat Hold", "Wall Squat"]),

  // ── Hinges, deadlifts and hip extension ──────────────────────────────────────────────────────────
  ex("barbell-deadlift", "Barbell Deadlift", "barbell", "hinge", "weight_reps", ["glutes", "hamstrings", "lower_back"], ["quads", "traps", "upper_back", "lats", "forearms"], ["Deadlift (Barbell)", "Deadlift", "Conventional Deadlift"]),
  ex("barbell-sumo-deadlift", "Barbell Sumo Deadlift", "barbell", "hinge", "weight_reps", ["glutes", "quads", "adductors"], ["hamstrings", "lower_back", "traps", "forearms"], ["Sumo Deadlift (Barbell)", "Sumo Deadlift"]),
  ex("barbell-romanian-deadlift", "Barbell Romanian Deadlift", "barbell", "hinge", "weight_reps", ["hamstrings", "glutes"], ["lower_back", "forearms", "upper_back"], ["Romanian Deadlift (Barbell)", "RDL", "Romanian Deadlift", "Barbell RDL"]),
  ex("dumbbell-romanian-deadlift", "Dumbbell Romanian Deadlift", "dumbbell", "hinge", "weight_reps", ["hamstrings", "glutes"], ["lower_back", "forearms"], ["Romanian Deadlift (Dumbbell)", "Dumbbell RDL", "DB RDL"]),
  ex("barbell-stiff-leg-deadlift", "Barbell Stiff-Leg Deadlift", "barbell", "hinge", "weight_reps", ["hamstrings"], ["glutes", "lower_back", "forearms"], ["Stiff Leg Deadlift (Barbell)", "Stiff-Legged Deadlift", "SLDL"]),
  ex("trap-bar-deadlift", "Trap Bar Deadlift", "trap_bar", "hinge", "weight_reps", ["quads", "glutes", "hamstrings"], ["lower_back", "traps", "forearms", "upper_back"], ["Deadlift (Trap Bar)", "Hex Bar Deadlift"]),
  ex("barbell-deficit-deadlift", "Barbell Deficit Deadlift", "barbell", "hinge", "weight_reps", ["glutes", "hamstrings", "lower_back"], ["quads", "traps", "forearms"], ["Deficit Deadlift"]),
  ex("barbell-rack-pull", "Barbell Rack Pull", "barbell", "hinge", "weight_reps", ["glutes", "lower_back", "traps"], ["hamstrings", "upper_back", "forearms"], ["Rack Pull", "Block Pull"]),
  ex("barbell-good-morning", "Barbell Good Morning", "barbell", "hinge", "weight_reps", ["hamstrings", "lower_back"], ["glutes", "upper_back"], ["Good Morning (Barbell)", "Good Morning"]),
  ex("dumbbell-single-leg-romanian-deadlift", "Single-Leg Dumbbell Romanian Deadlift", "dumbbell", "hinge", "weight_reps", ["hamstrings", "glutes"], ["lower_back", "abductors", "abs"], ["Single Leg Romanian Deadlift (Dumbbell)", "Single-Leg RDL", "One-Leg RDL"], ONE_SIDE),
  ex("kettlebell-swing", "Kettlebell Swing", "kettlebell", "hinge", "weight_reps", ["glutes", "hamstrings"], ["lower_back", "abs", "front_delts", "forearms"], ["Russian Kettlebell Swing", "KB Swing", "Two-Hand Kettlebell Swing"]),
  ex("kettlebell-deadlift", "Kettlebell Deadlift", "kettlebell", "hinge", "weight_reps", ["glutes", "hamstrings"], ["quads", "lower_back", "forearms"], ["KB Deadlift"]),
  ex("barbell-hip-thrust", "Barbell Hip Thrust", "barbell", "hinge", "weight_reps", ["glutes"], ["hamstrings", "quads", "adductors"], ["Hip Thrust (Barbell)", "Hip Thrust"]),
  ex("machine-hip-thrust", "Machine Hip Thrust", "machine", "hinge", "weight_reps", ["glutes"], ["hamstrings", "quads"], ["Hip Thrust (Machine)", "Glute Drive"]),
  ex("single-leg-hip-thrust", "Single-Leg Hip Thrust", "bodyweight", "hinge", "reps", ["glutes"], ["hamstrings", "abductors"], ["Single Leg Hip Thrust", "One-Leg Hip Thrust"], ONE_SIDE),
  ex("glute-bridge", "Glute Bridge", "bodyweight", "hinge", "reps", ["glutes"], ["hamstrings", "abs"], ["Hip Bridge", "Bridge"]),
  ex("barbell-glute-bridge", "Barbell Glute Bridge", "barbell", "hinge", "weight_reps", ["glutes"], ["hamstrings"], ["Glute Bridge (Barbell)"]),
  ex("cable-pull-through", "Cable Pull-Through", "cable", "hinge", "weight_reps", ["glutes", "hamstrings"], ["lower_back"], ["Pull Through (Cable)", "Cable Pull Through"]),
  ex("back-extension", "Back Extension", "bodyweight", "hinge", "reps", ["lower_back", "glutes"], ["hamstrings"], ["Hyperextensions", "Hyperextension", "45-Degree Back Extension", "Roman Chair Back Extension", "Back Extension (Hyperextension)"]),
  ex("reverse-hyperextension", "Reverse Hyperextension", "machine", "hinge", "weight_reps", ["glutes", "lower_back"], ["hamstrings"], ["Reverse Hyper", "Reverse Hyperextension (Machine)"]),
  ex("glute-ham-raise", "Glute-Ham Raise", "bodyweight", "hinge", "reps", ["hamstrings"], ["glutes", "calves", "lower_back"], ["GHR", "Glute Ham Developer Raise"]),

  // ── Olympic lifts ─────────────────────────────────────────────────────────────────────────────────
  ex("barbell-power-clean", "Power Clean", "barbell", "hinge", "weight_reps", ["glutes", "hamstrings", "quads", "traps"], ["upper_back", "lower_back", "calves", "front_delts", "forearms"], ["Power Clean (Barbell)", "Barbell Power Clean"]),
  ex("barbell-clean", "Barbell Clean", "barbell", "hinge", "weight_reps", ["glutes", "quads", "hamstrings", "traps"], ["upper_back", "lower_back", "calves", "front_delts", "forearms"], ["Clean (Barbell)", "Clean", "Squat Clean"]),
  ex("barbell-hang-clean", "Hang Clean", "barbell", "hinge", "weight_reps", ["glutes", "hamstrings", "traps"], ["quads", "upper_back", "lower_back", "forearms"], ["Hang Clean (Barbell)", "Barbell Hang Clean"]),
  ex("barbell-snatch", "Barbell Snatch", "barbell", "hinge", "weight_reps", ["glutes", "quads", "hamstrings", "traps"], ["upper_back", "lower_back", "front_delts", "side_delts", "triceps"], ["Snatch (Barbell)", "Snatch", "Squat Snatch"]),
  ex("barbell-power-snatch", "Power Snatch", "barbell", "hinge", "weight_reps", ["glutes", "hamstrings", "traps"], ["quads", "upper_back", "lower_back", "front_delts", "side_delts"], ["Power Snatch (Barbell)", "Barbell Power Snatch"]),
  ex("barbell-clean-and-jerk", "Clean and Jerk", "barbell", "hinge", "weight_reps", ["glutes", "quads", "hamstrings", "front_delts"], ["traps", "triceps", "upper_back", "lower_back", "calves"], ["Clean and Jerk (Barbell)", "Clean & Jerk", "C&J"]),
  ex("barbell-split-jerk", "Barbell Split Jerk", "barbell", "vertical_push", "weight_reps", ["front_delts", "triceps", "quads"], ["glutes", "side_delts", "traps", "abs"], ["Split Jerk", "Jerk"]),
  ex("barbell-push-press", "Push Press", "barbell", "vertical_push", "weight_reps", ["front_delts", "triceps"], ["quads", "glutes", "side_delts", "traps", "abs"], ["Push Press (Barbell)", "Barbell Push Press"]),
  ex("kettlebell-clean", "Kettlebell Clean", "kettlebell", "hinge", "weight_reps", ["glutes", "hamstrings"], ["forearms", "biceps", "front_delts", "lower_back"], ["KB Clean", "Single-Arm Kettlebell Clean"], ONE_SIDE),
  ex("kettlebell-snatch", "Kettlebell Snatch", "kettlebell", "hinge", "weight_reps", ["glutes", "hamstrings", "front_delts"], ["traps", "side_delts", "lower_back", "forearms"], ["KB Snatch", "Single-Arm Kettlebell Snatch"], ONE_SIDE),

  // ── Lunges and split squats ───────────────────────────────────────────────────────────────────────
  ex("bodyweight-lunge", "Bodyweight Lunge", "bodyweight", "lunge", "reps", ["quads", "glutes"], ["adductors", "hamstrings"], ["Lunge", "Forward Lunge", "Lunge (Bodyweight)"], ONE_SIDE),
  ex("barbell-lunge", "Barbell Lunge", "barbell", "lunge", "weight_reps", ["quads", "glutes"], ["adductors", "hamstrings", "abs"], ["Lunge (Barbell)", "Barbell Forward Lunge"], ONE_SIDE),
  ex("dumbbell-lunge", "Dumbbell Lunge", "dumbbell", "lunge", "weight_reps", ["quads", "glutes"], ["adductors", "hamstrings", "forearms"], ["Lunge (Dumbbell)", "DB Lunge"], ONE_SIDE),
  ex("dumbbell-walking-lunge", "Dumbbell Walking Lunge", "dumbbell", "lunge", "weight_reps", ["quads", "glutes"], ["adductors", "hamstrings", "forearms"], ["Walking Lunge (Dumbbell)", "Walking Lunge"], ONE_SIDE),
  ex("dumbbell-reverse-lunge", "Dumbbell Reverse Lunge", "dumbbell", "lunge", "weight_reps", ["glutes", "quads"], ["adductors", "hamstrings"], ["Reverse Lunge (Dumbbell)", "Reverse Lunge"], ONE_SIDE),
  ex("dumbbell-bulgarian-split-squat", "Bulgarian Split Squat", "dumbbell", "lunge", "weight_reps", ["quads", "glutes"], ["adductors", "hamstrings", "hip_flexors"], ["Bulgarian Split Squat (Dumbbell)", "Rear-Foot-Elevated Split Squat", "RFESS", "BSS"], ONE_SIDE),
  ex("barbell-split-squat", "Barbell Split Squat", "barbell", "lunge", "weight_reps", ["quads", "glutes"], ["adductors", "hamstrings"], ["Split Squat (Barbell)"], ONE_SIDE),
  ex("dumbbell-split-squat", "Dumbbell Split Squat", "dumbbell", "lunge", "weight_reps", ["quads", "glutes"], ["adductors", "hamstrings"], ["Split Squat (Dumbbell)", "Split Squat"], ONE_SIDE),
  ex("smith-machine-split-squat", "Smith Machine Split Squat", "smith_machine", "lunge", "weight_reps", ["quads", "glutes"], ["adductors", "hamstrings"], ["Split Squat (Smith Machine)", "Smith Split Squat"], ONE_SIDE),
  ex("dumbbell-step-up", "Dumbbell Step-Up", "dumbbell", "lunge", "weight_reps", ["quads", "glutes"], ["hamstrings", "calves"], ["Step Up (Dumbbell)", "Step-Up", "Box Step-Up"], ONE_SIDE),
  ex("lateral-lunge", "Lateral Lunge", "bodyweight", "lunge", "reps", ["quads", "adductors"], ["glutes", "hamstrings"], ["Side Lunge", "Lateral Lunge (Bodyweight)"], ONE_SIDE),
  ex("cossack-squat", "Cossack Squat", "bodyweight", "lunge", "reps", ["adductors", "quads"], ["glutes", "hamstrings"], ["Cossack Squats"], ONE_SIDE),

  // ── Horizontal pushes: bench press family, push-ups, chest press ──────────────────────────────────
  ex("barbell-bench-press", "Barbell Bench Press", "barbell", "horizontal_push", "weight_reps", ["chest"], ["front_delts", "triceps"], ["Bench Press (Barbell)", "Bench Press", "Flat Bench Press", "Bench"]),
  ex("barbell-incline-bench-press", "Incline Barbell Bench Press", "barbell", "horizontal_push", "weight_reps", ["chest", "front_delts"], ["triceps"], ["Incline Bench Press (Barbell)", "Incline Bench Press", "Incline Bench"]),
  ex("barbell-decline-bench-press", "Decline Barbell Bench Press", "barbell", "horizontal_push", "weight_reps", ["chest"], ["triceps", "front_delts"], ["Decline Bench Press (Barbell)", "Decline Bench Press", "Decline Bench"]),
  ex("barbell-close-grip-bench-press", "Close-Grip Barbell Bench Press", "barbell", "horizontal_push", "weight_reps", ["triceps", "chest"], ["front_delts"], ["Bench Press - Close Grip (Barbell)", "Close-Grip Bench Press", "CGBP"]),
  ex("dumbbell-bench-press", "Dumbbell Bench Press", "dumbbell", "horizontal_push", "weight_reps", ["chest"], ["front_delts", "triceps"], ["Bench Press (Dumbbell)", "Flat Dumbbell Press", "DB Bench Press"]),
  ex("dumbbell-incline-bench-press", "Incline Dumbbell Bench Press", "dumbbell", "horizontal_push", "weight_reps", ["chest", "front_delts"], ["triceps"], ["Incline Bench Press (Dumbbell)", "Incline Dumbbell Press", "Incline DB Press"]),
  ex("dumbbell-decline-bench-press", "Decline Dumbbell Bench Press", "dumbbell", "horizontal_push", "weight_reps", ["chest"], ["triceps", "front_delts"], ["Decline Bench Press (Dumbbell)", "Decline Dumbbell Press"]),
  ex("dumbbell-close-grip-bench-press", "Close-Grip Dumbbell Bench Press", "dumbbell", "horizontal_push", "weight_reps", ["triceps", "chest"], ["front_delts"], ["Dumbbell Crush Press", "Neutral-Grip Dumbbell Press", "Close-Grip Dumbbell Press"]),
  ex("smith-machine-bench-press", "Smith Machine Bench Press", "smith_machine", "horizontal_push", "weight_reps", ["chest"], ["front_delts", "triceps"], ["Bench Press (Smith Machine)", "Smith Bench Press"]),
  ex("smith-machine-incline-bench-press", "Smith Machine Incline Bench Press", "smith_machine", "horizontal_push", "weight_reps", ["chest", "front_delts"], ["triceps"], ["Incline Bench Press (Smith Machine)", "Smith Incline Press"]),
  ex("smith-machine-decline-bench-press", "Smith Machine Decline Bench Press", "smith_machine", "horizontal_push", "weight_reps", ["chest"], ["triceps", "front_delts"], ["Decline Bench Press (Smith Machine)", "Smith Decline Press"]),
  ex("smith-machine-close-grip-bench-press", "Smith Machine Close-Grip Bench Press", "smith_machine", "horizontal_push", "weight_reps", ["triceps", "chest"], ["front_delts"], ["Bench Press - Close Grip (Smith Machine)", "Smith Close-Grip Press"]),
  ex("barbell-floor-press", "Barbell Floor Press", "barbell", "horizontal_push", "weight_reps", ["chest", "triceps"], ["front_delts"], ["Floor Press (Barbell)", "Floor Press"]),
  ex("machine-chest-press", "Machine Chest Press", "machine", "horizontal_push", "weight_reps", ["chest"], ["front_delts", "triceps"], ["Chest Press (Machine)", "Seated Chest Press"]),
  ex("push-up", "Push-Up", "bodyweight", "horizontal_push", "reps", ["chest"], ["triceps", "front_delts", "abs"], ["Push Up", "Pushup", "Press-Up"]),
  ex("incline-push-up", "Incline Push-Up", "bodyweight", "horizontal_push", "reps", ["chest"], ["triceps", "front_delts"], ["Incline Push Up", "Elevated Push-Up"]),
  ex("decline-push-up", "Decline Push-Up", "bodyweight", "horizontal_push", "reps", ["chest", "front_delts"], ["triceps", "abs"], ["Decline Push Up", "Feet-Elevated Push-Up"]),
  ex("diamond-push-up", "Diamond Push-Up", "bodyweight", "horizontal_push", "reps", ["triceps", "chest"], ["front_delts"], ["Diamond Push Up", "Close-Grip Push-Up", "Triangle Push-Up"]),
  ex("weighted-push-up", "Weighted Push-Up", "bodyweight", "horizontal_push", "weight_reps", ["chest"], ["triceps", "front_delts", "abs"], ["Push Up (Weighted)", "Plate-Loaded Push-Up"]),

  // ── Vertical pushes: overhead presses, dips ───────────────────────────────────────────────────────
  ex("barbell-overhead-press", "Barbell Overhead Press", "barbell", "vertical_push", "weight_reps", ["front_delts"], ["side_delts", "triceps", "traps", "abs"], ["Overhead Press (Barbell)", "OHP", "Overhead Press", "Military Press", "Strict Press", "Standing Barbell Press"]),
  ex("barbell-seated-overhead-press", "Seated Barbell Overhead Press", "barbell", "vertical_push", "weight_reps", ["front_delts"], ["side_delts", "triceps", "traps"], ["Seated Overhead Press (Barbell)", "Seated Military Press"]),
  ex("dumbbell-standing-shoulder-press", "Standing Dumbbell Shoulder Press", "dumbbell", "vertical_push", "weight_reps", ["front_delts"], ["side_delts", "triceps", "abs", "traps"], ["Standing Dumbbell Press", "Dumbbell Overhead Press", "Overhead Press (Dumbbell)"]),
  ex("dumbbell-seated-shoulder-press", "Seated Dumbbell Shoulder Press", "dumbbell", "vertical_push", "weight_reps", ["front_delts"], ["side_delts", "triceps"], ["Seated Overhead Press (Dumbbell)", "Shoulder Press (Dumbbell)", "Dumbbell Shoulder Press", "Seated Dumbbell Press"]),
  ex("dumbbell-arnold-press", "Arnold Press", "dumbbell", "vertical_push", "weight_reps", ["front_delts"], ["side_delts", "triceps"], ["Arnold Press (Dumbbell)", "Dumbbell Arnold Press"]),
  ex("machine-shoulder-press", "Machine Shoulder Press", "machine", "vertical_push", "weight_reps", ["front_delts"], ["side_delts", "triceps"], ["Seated Shoulder Press (Machine)", "Shoulder Press (Machine)", "Machine Overhead Press"]),
  ex("smith-machine-shoulder-press", "Smith Machine Shoulder Press", "smith_machine", "vertical_push", "weight_reps", ["front_delts"], ["side_delts", "triceps"], ["Overhead Press (Smith Machine)", "Smith Machine Overhead Press"]),
  ex("kettlebell-overhead-press", "Kettlebell Overhead Press", "kettlebell", "vertical_push", "weight_reps", ["front_delts"], ["side_delts", "triceps", "abs", "obliques"], ["Kettlebell Press", "Single-Arm Kettlebell Press", "KB Press"], ONE_SIDE),
  ex("landmine-press", "Landmine Press", "barbell", "vertical_push", "weight_reps", ["front_delts", "chest"], ["triceps", "side_delts", "obliques"], ["Single-Arm Landmine Press", "Landmine Shoulder Press"], ONE_SIDE),
  ex("pike-push-up", "Pike Push-Up", "bodyweight", "vertical_push", "reps", ["front_delts"], ["triceps", "side_delts", "chest"], ["Pike Push Up", "Pike Press"]),
  ex("handstand-push-up", "Handstand Push-Up", "bodyweight", "vertical_push", "reps", ["front_delts", "triceps"], ["side_delts", "traps", "abs"], ["Handstand Push Up", "HSPU"]),
  ex("chest-dip", "Chest Dip", "bodyweight", "vertical_push", "reps", ["chest", "triceps"], ["front_delts"], ["Dip", "Dips", "Parallel Bar Dip", "Chest Dips"]),
  ex("triceps-dip", "Triceps Dip", "bodyweight", "vertical_push", "reps", ["triceps"], ["chest", "front_delts"], ["Tricep Dip", "Triceps Dip (Bodyweight)", "Upright Dip"]),
  ex("weighted-dip", "Weighted Dip", "bodyweight", "vertical_push", "weight_reps", ["chest", "triceps"], ["front_delts"], ["Chest Dip (Weighted)", "Weighted Dips", "Weighted Chest Dip"]),
  ex("assisted-dip", "Assisted Dip Machine", "machine", "vertical_push", "weight_reps", ["chest", "triceps"], ["front_delts"], ["Chest Dip (Assisted)", "Triceps Dip (Assisted)", "Assisted Dip", "Machine-Assisted Dip"]),
  ex("bench-dip", "Bench Dip", "bodyweight", "vertical_push", "reps", ["triceps"], ["front_delts", "chest"], ["Bench Dips", "Triceps Bench Dip"]),

  // ── Horizontal pulls: rows ────────────────────────────────────────────────────────────────────────
  ex("barbell-bent-over-row", "Barbell Bent-Over Row", "barbell", "horizontal_pull", "weight_reps", ["upper_back", "lats"], ["rear_delts", "biceps", "lower_back", "forearms"], ["Bent Over Row (Barbell)", "Barbell Row", "Bent-Over Row", "BB Row"]),
  ex("barbell-pendlay-row", "Pendlay Row", "barbell", "horizontal_pull", "weight_reps", ["upper_back", "lats"], ["rear_delts", "biceps", "lower_back"], ["Pendlay Row (Barbell)", "Barbell Pendlay Row"]),
  ex("barbell-underhand-row", "Underhand Barbell Row", "barbell", "horizontal_pull", "weight_reps", ["lats", "upper_back"], ["biceps", "rear_delts", "lower_back"], ["Yates Row", "Reverse-Grip Barbell Row", "Bent Over Row - Underhand (Barbell)"]),
  ex("t-bar-row", "T-Bar Row", "barbell", "horizontal_pull", "weight_reps", ["upper_back", "lats"], ["rear_delts", "biceps", "lower_back"], ["T Bar Row", "Landmine Row", "T-Bar Row (Barbell)"]),
  ex("dumbbell-one-arm-row", "One-Arm Dumbbell Row", "dumbbell", "horizontal_pull", "weight_reps", ["lats", "upper_back"], ["rear_delts", "biceps", "forearms"], ["Bent Over One Arm Row (Dumbbell)", "Dumbbell Row", "Single-Arm Dumbbell Row", "One Arm DB Row"], ONE_SIDE),
  ex("dumbbell-bent-over-row", "Dumbbell Bent-Over Row", "dumbbell", "horizontal_pull", "weight_reps", ["upper_back", "lats"], ["rear_delts", "biceps", "lower_back"], ["Bent Over Row (Dumbbell)", "Two-Arm Dumbbell Row"]),
  ex("dumbbell-chest-supported-row", "Chest-Supported Dumbbell Row", "dumbbell", "horizontal_pull", "weight_reps", ["upper_back", "lats"], ["rear_delts", "biceps"], ["Incline Dumbbell Row", "Chest Supported Row (Dumbbell)", "Seal Row"]),
  ex("dumbbell-renegade-row", "Renegade Row", "dumbbell", "horizontal_pull", "weight_reps", ["lats", "upper_back", "abs"], ["obliques", "biceps", "triceps", "chest"], ["Renegade Row (Dumbbell)", "Plank Row"], ONE_SIDE),
  ex("cable-seated-row", "Seated Cable Row", "cable", "horizontal_pull", "weight_reps", ["upper_back", "lats"], ["rear_delts", "biceps", "forearms"], ["Seated Row (Cable)", "Cable Row", "Low Row"]),
  ex("cable-single-arm-row", "Single-Arm Cable Row", "cable", "horizontal_pull", "weight_reps", ["lats", "upper_back"], ["rear_delts", "biceps", "obliques"], ["One-Arm Cable Row", "Single Arm Row (Cable)"], ONE_SIDE),
  ex("machine-seated-row", "Machine Seated Row", "machine", "horizontal_pull", "weight_reps", ["upper_back", "lats"], ["rear_delts", "biceps"], ["Seated Row (Machine)", "Seated Machine Row"]),
  ex("machine-iso-lateral-row", "Iso-Lateral Row Machine", "machine", "horizontal_pull", "weight_reps", ["lats", "upper_back"], ["rear_delts", "biceps"], ["Iso-Lateral Row (Machine)", "Hammer Strength Row", "Plate-Loaded Row"]),
  ex("inverted-row", "Inverted Row", "bodyweight", "horizontal_pull", "reps", ["upper_back", "lats"], ["rear_delts", "biceps", "abs"], ["Inverted Row (Bodyweight)", "Bodyweight Row", "Australian Pull-Up"]),
  ex("face-pull", "Face Pull", "cable", "horizontal_pull", "weight_reps", ["rear_delts", "upper_back"], ["traps", "side_delts"], ["Face Pull (Cable)", "Rope Face Pull", "Face Pulls"]),

  // ── Vertical pulls: pull-ups and pulldowns ────────────────────────────────────────────────────────
  ex("pull-up", "Pull-Up", "bodyweight", "vertical_pull", "reps", ["lats"], ["upper_back", "biceps", "rear_delts", "forearms"], ["Pull Up", "Pullup", "Pull-Ups", "Overhand Pull-Up"]),
  ex("chin-up", "Chin-Up", "bodyweight", "vertical_pull", "reps", ["lats", "biceps"], ["upper_back", "forearms"], ["Chin Up", "Chinup", "Chin-Ups", "Underhand Pull-Up"]),
  ex("neutral-grip-pull-up", "Neutral-Grip Pull-Up", "bodyweight", "vertical_pull", "reps", ["lats"], ["biceps", "upper_back", "forearms"], ["Neutral Grip Pull Up", "Hammer-Grip Pull-Up", "Parallel-Grip Pull-Up"]),
  ex("weighted-pull-up", "Weighted Pull-Up", "bodyweight", "vertical_pull", "weight_reps", ["lats"], ["upper_back", "biceps", "rear_delts", "forearms"], ["Pull Up (Weighted)", "Weighted Pull Up", "Weighted Pullup"]),
  ex("weighted-chin-up", "Weighted Chin-Up", "bodyweight", "vertical_pull", "weight_reps", ["lats", "biceps"], ["upper_back", "forearms"], ["Chin Up (Weighted)", "Weighted Chin Up", "Weighted Chinup"]),
  ex("band-assisted-pull-up", "Band-Assisted Pull-Up", "band", "vertical_pull", "reps", ["lats"], ["biceps", "upper_back", "forearms"], ["Pull Up (Band)", "Banded Pull-Up", "Band Assisted Pull Up"]),
  ex("assisted-pull-up", "Assisted Pull-Up Machine", "machine", "vertical_pull", "weight_reps", ["lats"], ["biceps", "upper_back"], ["Pull Up (Assisted)", "Chin Up (Assisted)", "Assisted Pull-Up", "Assisted Chin-Up", "Gravitron"]),
  ex("lat-pulldown", "Lat Pulldown", "cable", "vertical_pull", "weight_reps", ["lats"], ["upper_back", "biceps", "rear_delts"], ["Lat Pulldown (Cable)", "Wide-Grip Lat Pulldown", "Pulldown", "Lat Pull-Down"]),
  ex("close-grip-lat-pulldown", "Close-Grip Lat Pulldown", "cable", "vertical_pull", "weight_reps", ["lats"], ["biceps", "upper_back"], ["Lat Pulldown - Close Grip (Cable)", "V-Bar Pulldown", "Close Grip Pulldown"]),
  ex("reverse-grip-lat-pulldown", "Reverse-Grip Lat Pulldown", "cable", "vertical_pull", "weight_reps", ["lats", "biceps"], ["upper_back"], ["Lat Pulldown - Underhand (Cable)", "Underhand Pulldown", "Supinated Pulldown"]),
  ex("machine-lat-pulldown", "Machine Lat Pulldown", "machine", "vertical_pull", "weight_reps", ["lats"], ["upper_back", "biceps"], ["Lat Pulldown (Machine)", "Plate-Loaded Pulldown"]),
  ex("single-arm-cable-pulldown", "Single-Arm Cable Pulldown", "cable", "vertical_pull", "weight_reps", ["lats"], ["biceps", "obliques"], ["Single Arm Lat Pulldown", "One-Arm Pulldown"], ONE_SIDE),
  ex("barbell-upright-row", "Barbell Upright Row", "barbell", "vertical_pull", "weight_reps", ["side_delts", "traps"], ["front_delts", "biceps"], ["Upright Row (Barbell)", "Upright Row"]),

  // ── Carries and sleds ─────────────────────────────────────────────────────────────────────────────
  ex("farmers-carry", "Farmer's Carry", "dumbbell", "carry", "distance", ["forearms", "traps"], ["upper_back", "abs", "obliques", "glutes", "quads"], ["Farmer's Walk", "Farmers Walk", "Farmers Carry", "Farmer Carry"]),
  ex("trap-bar-carry", "Trap Bar Farmer's Carry", "trap_bar", "carry", "distance", ["forearms", "traps"], ["upper_back", "abs", "glutes", "quads"], ["Trap Bar Carry", "Trap Bar Walk"]),
  ex("suitcase-carry", "Suitcase Carry", "kettlebell", "carry", "distance", ["obliques", "forearms"], ["abs", "traps", "glutes"], ["Single-Arm Farmer's Carry", "Suitcase Walk"], ONE_SIDE),
  ex("kettlebell-front-rack-carry", "Kettlebell Front Rack Carry", "kettlebell", "carry", "distance", ["abs", "upper_back"], ["biceps", "front_delts", "obliques"], ["Front Rack Carry", "Rack Walk"]),
  ex("kettlebell-overhead-carry", "Kettlebell Overhead Carry", "kettlebell", "carry", "distance", ["front_delts", "obliques"], ["side_delts", "traps", "triceps", "abs"], ["Waiter's Walk", "Waiter Carry", "Overhead Carry"], ONE_SIDE),
  ex("sled-push", "Sled Push", "other", "carry", "distance", ["quads", "glutes"], ["calves", "hamstrings", "front_delts", "triceps"], ["Prowler Push", "Prowler"]),
  ex("sled-drag", "Sled Drag", "other", "carry", "distance", ["quads", "glutes"], ["hamstrings", "calves", "forearms"], ["Sled Pull", "Backward Sled Drag"]),

  // ── Core ──────────────────────────────────────────────────────────────────────────────────────────
  ex("plank", "Plank", "bodyweight", "core", "time", ["abs"], ["obliques", "front_delts", "glutes"], ["Front Plank", "Forearm Plank", "Elbow Plank"]),
  ex("side-plank", "Side Plank", "bodyweight", "core", "time", ["obliques"], ["abs", "abductors", "glutes"], ["Side Bridge"], ONE_SIDE),
  ex("copenhagen-plank", "Copenhagen Plank", "bodyweight", "core", "time", ["adductors"], ["obliques", "abs"], ["Copenhagen Side Plank", "Copenhagen Adduction"], ONE_SIDE),
  ex("hollow-body-hold", "Hollow Body Hold", "bodyweight", "core", "time", ["abs"], ["hip_flexors"], ["Hollow Hold", "Hollow Body"]),
  ex("l-sit", "L-Sit", "bodyweight", "core", "time", ["abs", "hip_flexors"], ["triceps", "quads"], ["L Sit", "L-Sit Hold"]),
  ex("crunch", "Crunch", "bodyweight", "core", "reps", ["abs"], [], ["Floor Crunch", "Abdominal Crunch", "Crunches"]),
  ex("sit-up", "Sit-Up", "bodyweight", "core", "reps", ["abs", "hip_flexors"], ["obliques"], ["Sit Up", "Situp", "Sit-Ups"]),
  ex("decline-sit-up", "Decline Sit-Up", "bodyweight", "core", "reps", ["abs", "hip_flexors"], ["obliques"], ["Decline Sit Up", "Decline Bench Sit-Up"]),
  ex("bicycle-crunch", "Bicycle Crunch", "bodyweight", "core", "reps", ["abs", "obliques"], ["hip_flexors"], ["Bicycle Crunches", "Bicycle Kicks"]),
  ex("v-up", "V-Up", "bodyweight", "core", "reps", ["abs", "hip_flexors"], ["obliques"], ["V Up", "Jackknife Sit-Up"]),
  ex("hanging-leg-raise", "Hanging Leg Raise", "bodyweight", "core", "reps", ["abs", "hip_flexors"], ["obliques", "forearms"], ["Hanging Straight Leg Raise", "Hanging Leg Raises"]),
  ex("hanging-knee-raise", "Hanging Knee Raise", "bodyweight", "core", "reps", ["abs", "hip_flexors"], ["forearms"], ["Hanging Knee Tuck", "Hanging Knee Raises"]),
  ex("captains-chair-knee-raise", "Captain's Chair Knee Raise", "machine", "core", "reps", ["abs", "hip_flexors"], ["obliques"], ["Knee Raise (Captain's Chair)", "Vertical Knee Raise", "Roman Chair Knee Raise"]),
  ex("toes-to-bar", "Toes-to-Bar", "bodyweight", "core", "reps", ["abs", "hip_flexors"], ["lats", "obliques", "forearms"], ["Toes to Bar", "T2B"]),
  ex("lying-leg-raise", "Lying Leg Raise", "bodyweight", "core", "reps", ["abs", "hip_flexors"], [], ["Leg Raise", "Lying Leg Raises", "Floor Leg Raise"]),
  ex("ab-wheel-rollout", "Ab Wheel Rollout", "other", "core", "reps", ["abs"], ["lats", "obliques", "front_delts", "triceps"], ["Ab Wheel", "Ab Rollout", "Ab Roller"]),
  ex("cable-crunch", "Cable Crunch", "cable", "core", "weight_reps", ["abs"], ["obliques"], ["Crunch (Cable)", "Kneeling Cable Crunch", "Rope Crunch"]),
  ex("machine-crunch", "Machine Crunch", "machine", "core", "weight_reps", ["abs"], ["obliques"], ["Crunch (Machine)", "Ab Crunch Machine", "Abdominal Machine"]),
  ex("russian-twist", "Russian Twist", "bodyweight", "core", "reps", ["obliques"], ["abs", "hip_flexors"], ["Russian Twists", "Seated Twist"]),
  ex("pallof-press", "Pallof Press", "cable", "core", "weight_reps", ["obliques", "abs"], ["glutes", "front_delts"], ["Cable Pallof Press", "Anti-Rotation Press", "Pallof Press (Cable)"], ONE_SIDE),
  ex("band-pallof-press", "Band Pallof Press", "band", "core", "reps", ["obliques", "abs"], ["glutes"], ["Pallof Press (Band)", "Banded Pallof Press"], ONE_SIDE),
  ex("cable-woodchop", "Cable Woodchop", "cable", "core", "weight_reps", ["obliques"], ["abs", "front_delts", "glutes"], ["Woodchopper", "Cable Wood Chop", "Wood Chop (Cable)"], ONE_SIDE),
  ex("dead-bug", "Dead Bug", "bodyweight", "core", "reps", ["abs"], ["hip_flexors", "obliques"], ["Deadbug", "Dead Bugs"]),
  ex("bird-dog", "Bird Dog", "bodyweight", "core", "reps", ["lower_back", "glutes"], ["abs", "rear_delts"], ["Bird Dogs", "Quadruped Opposite Arm and Leg Raise"]),
  ex("mountain-climber", "Mountain Climber", "bodyweight", "core", "reps", ["abs", "hip_flexors"], ["front_delts", "quads", "obliques"], ["Mountain Climbers"]),
  ex("dumbbell-side-bend", "Dumbbell Side Bend", "dumbbell", "core", "weight_reps", ["obliques"], ["abs", "lower_back"], ["Side Bend (Dumbbell)", "Side Bend", "Standing Side Bend"], ONE_SIDE),
  ex("stability-ball-crunch", "Stability Ball Crunch", "stability_ball", "core", "reps", ["abs"], ["obliques"], ["Swiss Ball Crunch", "Exercise Ball Crunch", "Crunch (Stability Ball)"]),
  ex("stability-ball-rollout", "Stability Ball Rollout", "stability_ball", "core", "reps", ["abs"], ["lats", "obliques", "front_delts"], ["Swiss Ball Rollout", "Exercise Ball Rollout"]),
  ex("kettlebell-turkish-get-up", "Turkish Get-Up", "kettlebell", "core", "weight_reps", ["abs", "obliques", "front_delts"], ["glutes", "quads", "triceps", "side_delts"], ["Turkish Get Up", "TGU", "Kettlebell Get-Up"], ONE_SIDE),

  // ── Biceps ────────────────────────────────────────────────────────────────────────────────────────
  ex("barbell-curl", "Barbell Curl", "barbell", "isolation", "weight_reps", ["biceps"], ["forearms"], ["Bicep Curl (Barbell)", "Barbell Biceps Curl", "Barbell Bicep Curl", "Standing Barbell Curl"]),
  ex("ez-bar-curl", "EZ-Bar Curl", "ez_bar", "isolation", "weight_reps", ["biceps"], ["forearms"], ["EZ Bar Curl", "Bicep Curl (EZ Bar)", "EZ Bar Biceps Curl", "Cambered Bar Curl"]),
  ex("dumbbell-curl", "Dumbbell Curl", "dumbbell", "isolation", "weight_reps", ["biceps"], ["forearms"], ["Bicep Curl (Dumbbell)", "Dumbbell Biceps Curl", "Dumbbell Bicep Curl", "Alternating Dumbbell Curl", "Bicep Curl", "Biceps Curl"]),
  ex("dumbbell-hammer-curl", "Dumbbell Hammer Curl", "dumbbell", "isolation", "weight_reps", ["biceps", "forearms"], [], ["Hammer Curl (Dumbbell)", "Hammer Curl", "Neutral-Grip Curl"]),
  ex("cable-rope-hammer-curl", "Cable Rope Hammer Curl", "cable", "isolation", "weight_reps", ["biceps", "forearms"], [], ["Hammer Curl (Cable)", "Rope Hammer Curl"]),
  ex("incline-dumbbell-curl", "Incline Dumbbell Curl", "dumbbell", "isolation", "weight_reps", ["biceps"], ["forearms"], ["Incline Curl (Dumbbell)", "Incline Curl", "Incline Bicep Curl"]),
  ex("concentration-curl", "Concentration Curl", "dumbbell", "isolation", "weight_reps", ["biceps"], ["forearms"], ["Concentration Curl (Dumbbell)", "Seated Concentration Curl"], ONE_SIDE),
  ex("barbell-preacher-curl", "Barbell Preacher Curl", "barbell", "isolation", "weight_reps", ["biceps"], ["forearms"], ["Preacher Curl (Barbell)", "Preacher Curl", "Scott Curl"]),
  ex("ez-bar-preacher-curl", "EZ-Bar Preacher Curl", "ez_bar", "isolation", "weight_reps", ["biceps"], ["forearms"], ["EZ Bar Preacher Curl", "Preacher Curl (EZ Bar)"]),
  ex("dumbbell-preacher-curl", "Dumbbell Preacher Curl", "dumbbell", "isolation", "weight_reps", ["biceps"], ["forearms"], ["Preacher Curl (Dumbbell)", "Single-Arm Preacher Curl"], ONE_SIDE),
  ex("machine-biceps-curl", "Machine Biceps Curl", "machine", "isolation", "weight_reps", ["biceps"], [], ["Bicep Curl (Machine)", "Machine Bicep Curl", "Machine Preacher Curl", "Preacher Curl (Machine)"]),
  ex("cable-curl", "Cable Curl", "cable", "isolation", "weight_reps", ["biceps"], ["forearms"], ["Bicep Curl (Cable)", "Cable Biceps Curl", "Cable Bicep Curl", "Straight-Bar Cable Curl"]),
  ex("bayesian-cable-curl", "Bayesian Cable Curl", "cable", "isolation", "weight_reps", ["biceps"], ["forearms"], ["Bayesian Curl", "Behind-the-Body Cable Curl"], ONE_SIDE),
  ex("barbell-spider-curl", "Barbell Spider Curl", "barbell", "isolation", "weight_reps", ["biceps"], ["forearms"], ["Spider Curl (Barbell)", "Spider Curl"]),
  ex("barbell-reverse-curl", "Barbell Reverse Curl", "barbell", "isolation", "weight_reps", ["forearms", "biceps"], [], ["Reverse Curl (Barbell)", "Reverse Curl", "Reverse-Grip Curl"]),

  // ── Triceps ───────────────────────────────────────────────────────────────────────────────────────
  ex("cable-straight-bar-pushdown", "Straight-Bar Triceps Pushdown", "cable", "isolation", "weight_reps", ["triceps"], [], ["Triceps Pushdown (Cable - Straight Bar)", "Triceps Pushdown", "Tricep Pushdown", "Cable Pushdown", "Straight Bar Pushdown"]),
  ex("cable-rope-pushdown", "Rope Triceps Pushdown", "cable", "isolation", "weight_reps", ["triceps"], [], ["Triceps Pushdown (Cable - Rope)", "Rope Pushdown", "Tricep Rope Pushdown"]),
  ex("cable-overhead-triceps-extension", "Cable Overhead Triceps Extension", "cable", "isolation", "weight_reps", ["triceps"], [], ["Overhead Triceps Extension (Cable)", "Overhead Cable Triceps Extension", "Rope Overhead Extension"]),
  ex("dumbbell-overhead-triceps-extension", "Dumbbell Overhead Triceps Extension", "dumbbell", "isolation", "weight_reps", ["triceps"], [], ["Overhead Triceps Extension (Dumbbell)", "Seated Dumbbell Triceps Extension", "Dumbbell French Press"]),
  ex("barbell-overhead-triceps-extension", "Barbell Overhead Triceps Extension", "barbell", "isolation", "weight_reps", ["triceps"], [], ["Triceps Extension (Barbell)", "Overhead Barbell Triceps Extension", "Barbell French Press"]),
  ex("barbell-skull-crusher", "Barbell Skull Crusher", "barbell", "isolation", "weight_reps", ["triceps"], [], ["Skullcrusher (Barbell)", "Skull Crusher", "Skullcrusher", "Lying Triceps Extension"]),
  ex("ez-bar-skull-crusher", "EZ-Bar Skull Crusher", "ez_bar", "isolation", "weight_reps", ["triceps"], [], ["Skullcrusher (EZ Bar)", "EZ Bar Skullcrusher", "EZ Bar Lying Triceps Extension"]),
  ex("dumbbell-skull-crusher", "Dumbbell Skull Crusher", "dumbbell", "isolation", "weight_reps", ["triceps"], [], ["Skullcrusher (Dumbbell)", "Dumbbell Lying Triceps Extension"]),
  ex("dumbbell-triceps-kickback", "Dumbbell Triceps Kickback", "dumbbell", "isolation", "weight_reps", ["triceps"], [], ["Triceps Kickback (Dumbbell)", "Tricep Kickback", "Triceps Kickback"], ONE_SIDE),
  ex("ez-bar-upright-row", "EZ-Bar Upright Row", "ez_bar", "vertical_pull", "weight_reps", ["side_delts", "traps"], ["front_delts", "biceps"], ["Upright Row (EZ Bar)", "EZ Bar Upright Row"]),

  // ── Shoulders ─────────────────────────────────────────────────────────────────────────────────────
  ex("dumbbell-lateral-raise", "Dumbbell Lateral Raise", "dumbbell", "isolation", "weight_reps", ["side_delts"], ["traps", "front_delts"], ["Lateral Raise (Dumbbell)", "Lateral Raise", "Side Lateral Raise", "Side Raise"]),
  ex("cable-lateral-raise", "Cable Lateral Raise", "cable", "isolation", "weight_reps", ["side_delts"], ["traps"], ["Lateral Raise (Cable)", "Single Arm Lateral Raise (Cable)", "Single-Arm Cable Lateral Raise"], ONE_SIDE),
  ex("machine-lateral-raise", "Machine Lateral Raise", "machine", "isolation", "weight_reps", ["side_delts"], ["traps"], ["Lateral Raise (Machine)", "Lateral Raise Machine"]),
  ex("dumbbell-front-raise", "Dumbbell Front Raise", "dumbbell", "isolation", "weight_reps", ["front_delts"], ["side_delts", "chest"], ["Front Raise (Dumbbell)", "Front Raise"]),
  ex("cable-front-raise", "Cable Front Raise", "cable", "isolation", "weight_reps", ["front_delts"], ["side_delts", "chest"], ["Front Raise (Cable)"]),
  ex("dumbbell-rear-delt-fly", "Dumbbell Rear Delt Fly", "dumbbell", "isolation", "weight_reps", ["rear_delts"], ["upper_back", "traps"], ["Reverse Fly (Dumbbell)", "Rear Delt Fly", "Bent-Over Reverse Fly", "Rear Delt Raise"]),
  ex("reverse-pec-deck", "Reverse Pec Deck", "machine", "isolation", "weight_reps", ["rear_delts"], ["upper_back", "traps"], ["Reverse Fly (Machine)", "Rear Delt Machine", "Reverse Machine Fly"]),
  ex("cable-rear-delt-fly", "Cable Rear Delt Fly", "cable", "isolation", "weight_reps", ["rear_delts"], ["upper_back"], ["Reverse Fly (Cable)", "Cable Reverse Fly", "Reverse Cable Crossover"]),
  ex("cable-external-rotation", "Cable External Rotation", "cable", "isolation", "weight_reps", ["rear_delts"], ["upper_back"], ["External Rotation (Cable)", "Cable Shoulder External Rotation"], ONE_SIDE),
  ex("band-pull-apart", "Band Pull-Apart", "band", "isolation", "reps", ["rear_delts", "upper_back"], ["traps"], ["Band Pull Apart", "Resistance Band Pull-Apart"]),
  ex("barbell-shrug", "Barbell Shrug", "barbell", "isolation", "weight_reps", ["traps"], ["forearms"], ["Shrug (Barbell)", "Shrug", "Barbell Shrugs"]),
  ex("dumbbell-shrug", "Dumbbell Shrug", "dumbbell", "isolation", "weight_reps", ["traps"], ["forearms"], ["Shrug (Dumbbell)", "Dumbbell Shrugs"]),
  ex("trap-bar-shrug", "Trap Bar Shrug", "trap_bar", "isolation", "weight_reps", ["traps"], ["forearms"], ["Shrug (Trap Bar)", "Hex Bar Shrug"]),

  // ── Chest isolation ───────────────────────────────────────────────────────────────────────────────
  ex("dumbbell-fly", "Dumbbell Fly", "dumbbell", "isolation", "weight_reps", ["chest"], ["front_delts"], ["Chest Fly (Dumbbell)", "Dumbbell Flye", "Flat Dumbbell Fly"]),
  ex("incline-dumbbell-fly", "Incline Dumbbell Fly", "dumbbell", "isolation", "weight_reps", ["chest"], ["front_delts"], ["Incline Chest Fly (Dumbbell)", "Incline Dumbbell Flye"]),
  ex("cable-crossover", "Cable Crossover", "cable", "isolation", "weight_reps", ["chest"], ["front_delts"], ["Cable Fly", "Cable Chest Fly", "Standing Cable Fly", "Cable Crossovers"]),
  ex("low-to-high-cable-fly", "Low-to-High Cable Fly", "cable", "isolation", "weight_reps", ["chest"], ["front_delts"], ["Low Cable Crossover", "Low Cable Fly", "Low to High Cable Crossover"]),
  ex("pec-deck", "Pec Deck Fly", "machine", "isolation", "weight_reps", ["chest"], ["front_delts"], ["Butterfly (Pec Deck)", "Pec Deck", "Butterfly", "Machine Fly", "Chest Fly (Machine)"]),
  ex("dumbbell-pullover", "Dumbbell Pullover", "dumbbell", "isolation", "weight_reps", ["lats", "chest"], ["triceps"], ["Pullover (Dumbbell)", "Lying Dumbbell Pullover"]),
  ex("straight-arm-pulldown", "Straight-Arm Pulldown", "cable", "isolation", "weight_reps", ["lats"], ["triceps", "rear_delts"], ["Straight Arm Pulldown", "Cable Pullover", "Straight-Arm Lat Pulldown"]),

  // ── Legs isolation: quads, hamstrings, glutes, hips, calves ──────────────────────────────────────
  ex("leg-extension", "Leg Extension", "machine", "isolation", "weight_reps", ["quads"], [], ["Leg Extension (Machine)", "Quad Extension", "Leg Extensions"]),
  ex("lying-leg-curl", "Lying Leg Curl", "machine", "isolation", "weight_reps", ["hamstrings"], ["calves"], ["Lying Leg Curl (Machine)", "Prone Leg Curl"]),
  ex("seated-leg-curl", "Seated Leg Curl", "machine", "isolation", "weight_reps", ["hamstrings"], ["calves"], ["Seated Leg Curl (Machine)"]),
  ex("standing-leg-curl", "Standing Leg Curl", "machine", "isolation", "weight_reps", ["hamstrings"], ["calves"], ["Standing Leg Curl (Machine)", "Single-Leg Curl"], ONE_SIDE),
  ex("nordic-hamstring-curl", "Nordic Hamstring Curl", "bodyweight", "isolation", "reps", ["hamstrings"], ["glutes", "calves"], ["Nordic Curl", "Nordics", "Nordic Ham Curl"]),
  ex("stability-ball-leg-curl", "Stability Ball Leg Curl", "stability_ball", "isolation", "reps", ["hamstrings"], ["glutes", "abs"], ["Swiss Ball Hamstring Curl", "Stability Ball Hamstring Curl", "Ball Leg Curl"]),
  ex("cable-glute-kickback", "Cable Glute Kickback", "cable", "isolation", "weight_reps", ["glutes"], ["hamstrings"], ["Glute Kickback (Cable)", "Cable Kickback"], ONE_SIDE),
  ex("machine-glute-kickback", "Glute Kickback Machine", "machine", "isolation", "weight_reps", ["glutes"], ["hamstrings"], ["Glute Kickback (Machine)", "Machine Glute Kickback"], ONE_SIDE),
  ex("hip-abduction-machine", "Hip Abduction Machine", "machine", "isolation", "weight_reps", ["abductors"], ["glutes"], ["Hip Abduction (Machine)", "Seated Hip Abduction", "Abductor Machine", "Outer Thigh Machine"]),
  ex("hip-adduction-machine", "Hip Adduction Machine", "machine", "isolation", "weight_reps", ["adductors"], [], ["Hip Adduction (Machine)", "Seated Hip Adduction", "Adductor Machine", "Inner Thigh Machine"]),
  ex("cable-hip-abduction", "Cable Hip Abduction", "cable", "isolation", "weight_reps", ["abductors"], ["glutes"], ["Hip Abduction (Cable)", "Standing Cable Abduction"], ONE_SIDE),
  ex("cable-hip-adduction", "Cable Hip Adduction", "cable", "isolation", "weight_reps", ["adductors"], [], ["Hip Adduction (Cable)", "Standing Cable Adduction"], ONE_SIDE),
  ex("banded-lateral-walk", "Banded Lateral Walk", "band", "isolation", "reps", ["abductors"], ["glutes", "quads"], ["Lateral Band Walk", "Band Side Walk", "Monster Walk"]),
  ex("banded-clamshell", "Banded Clamshell", "band", "isolation", "reps", ["abductors"], ["glutes"], ["Clamshell", "Clam Shell"], ONE_SIDE),
  ex("cable-hip-flexion", "Cable Hip Flexion", "cable", "isolation", "weight_reps", ["hip_flexors"], ["quads", "abs"], ["Standing Cable Knee Drive", "Hip Flexion (Cable)"], ONE_SIDE),
  ex("standing-calf-raise", "Standing Calf Raise", "machine", "isolation", "weight_reps", ["calves"], [], ["Standing Calf Raise (Machine)", "Calf Raise Machine", "Calf Raise"]),
  ex("seated-calf-raise", "Seated Calf Raise", "machine", "isolation", "weight_reps", ["calves"], [], ["Seated Calf Raise (Plate Loaded)", "Seated Calf Raise (Machine)"]),
  ex("leg-press-calf-raise", "Leg Press Calf Raise", "machine", "isolation", "weight_reps", ["calves"], [], ["Calf Press (Machine)", "Calf Press", "Calf Press on Leg Press"]),
  ex("smith-machine-calf-raise", "Smith Machine Calf Raise", "smith_machine", "isolation", "weight_reps", ["calves"], [], ["Calf Raise (Smith Machine)", "Smith Calf Raise"]),
  ex("single-leg-dumbbell-calf-raise", "Single-Leg Dumbbell Calf Raise", "dumbbell", "isolation", "weight_reps", ["calves"], [], ["Single Leg Calf Raise (Dumbbell)", "One-Leg Calf Raise"], ONE_SIDE),
  ex("bodyweight-calf-raise", "Bodyweight Calf Raise", "bodyweight", "isolation", "reps", ["calves"], [], ["Calf Raise (Bodyweight)", "Bodyweight Calf Raises"]),

  // ── Forearms and grip ─────────────────────────────────────────────────────────────────────────────
  ex("barbell-wrist-curl", "Barbell Wrist Curl", "barbell", "isolation", "weight_reps", ["forearms"], [], ["Seated Palms Up Wrist Curl", "Wrist Curl (Barbell)", "Wrist Curl", "Palms-Up Wrist Curl"]),
  ex("barbell-wrist-extension", "Barbell Wrist Extension", "barbell", "isolation", "weight_reps", ["forearms"], [], ["Seated Wrist Extension (Barbell)", "Reverse Wrist Curl", "Palms-Down Wrist Curl"]),
  ex("dumbbell-wrist-curl", "Dumbbell Wrist Curl", "dumbbell", "isolation", "weight_reps", ["forearms"], [], ["Wrist Curl (Dumbbell)", "Seated Dumbbell Wrist Curl"]),
  ex("dead-hang", "Dead Hang", "bodyweight", "isolation", "time", ["forearms"], ["lats", "upper_back"], ["Bar Hang", "Passive Hang", "Dead Hang (Bodyweight)"]),
  ex("plate-pinch", "Plate Pinch Hold", "other", "isolation", "time", ["forearms"], [], ["Plate Pinch", "Pinch Grip Hold"]),

  // ── Neck ──────────────────────────────────────────────────────────────────────────────────────────
  ex("lying-neck-flexion", "Lying Neck Flexion", "other", "isolation", "weight_reps", ["neck"], [], ["Neck Curl", "Plate Neck Curl", "Neck Flexion"]),
  ex("lying-neck-extension", "Lying Neck Extension", "other", "isolation", "weight_reps", ["neck"], ["traps"], ["Neck Extension", "Prone Neck Extension", "Plate Neck Extension"]),
  ex("neck-harness-extension", "Neck Harness Extension", "other", "isolation", "weight_reps", ["neck"], ["traps"], ["Head Harness Extension", "Neck Harness"]),
  ex("band-lateral-neck-flexion", "Band Lateral Neck Flexion", "band", "isolation", "reps", ["neck"], ["traps"], ["Lateral Neck Flexion", "Neck Side Bend"], ONE_SIDE),
  ex("four-way-neck-machine", "4-Way Neck Machine", "machine", "isolation", "weight_reps", ["neck"], ["traps"], ["Neck Machine", "Four-Way Neck"]),

  // ── Plyometrics and throws ────────────────────────────────────────────────────────────────────────
  ex("box-jump", "Box Jump", "bodyweight", "plyometric", "reps", ["quads", "glutes"], ["calves", "hamstrings"], ["Box Jumps"]),
  ex("broad-jump", "Broad Jump", "bodyweight", "plyometric", "reps", ["glutes", "quads"], ["hamstrings", "calves"], ["Standing Broad Jump", "Standing Long Jump"]),
  ex("burpee", "Burpee", "bodyweight", "plyometric", "reps", ["quads", "chest"], ["glutes", "triceps", "front_delts", "abs", "calves"], ["Burpees"]),
  ex("jump-squat", "Jump Squat", "bodyweight", "plyometric", "reps", ["quads", "glutes"], ["calves", "hamstrings"], ["Squat Jump", "Jump Squats"]),
  ex("depth-jump", "Depth Jump", "bodyweight", "plyometric", "reps", ["quads", "calves"], ["glutes", "hamstrings"], ["Drop Jump"]),
  ex("tuck-jump", "Tuck Jump", "bodyweight", "plyometric", "reps", ["quads", "glutes"], ["hip_flexors", "calves", "abs"], ["Tuck Jumps"]),
  ex("jumping-lunge", "Jumping Lunge", "bodyweight", "plyometric", "reps", ["quads", "glutes"], ["hamstrings", "calves"], ["Split Jump", "Lunge Jump"]),
  ex("lateral-bound", "Lateral Bound", "bodyweight", "plyometric", "reps", ["glutes", "quads"], ["abductors", "adductors", "calves"], ["Skater Jump", "Skater Hops"], ONE_SIDE),
  ex("plyometric-push-up", "Plyometric Push-Up", "bodyweight", "plyometric", "reps", ["chest"], ["triceps", "front_delts"], ["Clap Push-Up", "Plyo Push-Up", "Explosive Push-Up"]),
  ex("medicine-ball-slam", "Medicine Ball Slam", "medicine_ball", "plyometric", "reps", ["lats", "abs"], ["front_delts", "triceps", "glutes"], ["Ball Slam", "Slam Ball", "Med Ball Slam"]),
  ex("wall-ball", "Wall Ball", "medicine_ball", "squat", "reps", ["quads", "glutes"], ["front_delts", "triceps", "abs"], ["Wall Ball Shot", "Wall Balls"]),
  ex("medicine-ball-chest-pass", "Medicine Ball Chest Pass", "medicine_ball", "plyometric", "reps", ["chest"], ["triceps", "front_delts"], ["Med Ball Chest Pass", "Chest Pass"]),
  ex("medicine-ball-rotational-throw", "Medicine Ball Rotational Throw", "medicine_ball", "plyometric", "reps", ["obliques"], ["abs", "glutes", "front_delts"], ["Rotational Med Ball Throw", "Med Ball Scoop Toss"], ONE_SIDE),

  // ── Cardio and conditioning ───────────────────────────────────────────────────────────────────────
  ex("treadmill-run", "Treadmill Run", "cardio_machine", "locomotion", "distance", ["quads", "calves"], ["hamstrings", "glutes", "hip_flexors"], ["Running (Treadmill)", "Treadmill Running", "Treadmill Jog"]),
  ex("incline-treadmill-walk", "Incline Treadmill Walk", "cardio_machine", "locomotion", "time", ["glutes", "calves"], ["hamstrings", "quads"], ["Treadmill Walk", "Incline Walk", "Walking (Treadmill)"]),
  ex("outdoor-run", "Outdoor Run", "bodyweight", "locomotion", "distance", ["quads", "calves"], ["hamstrings", "glutes", "hip_flexors"], ["Running", "Run", "Jogging", "Running (Outdoor)"]),
  ex("walking", "Walking", "bodyweight", "locomotion", "distance", ["quads", "calves"], ["glutes", "hamstrings"], ["Walk", "Outdoor Walk", "Walking (Outdoor)"]),
  ex("stationary-bike", "Stationary Bike", "cardio_machine", "locomotion", "distance", ["quads"], ["glutes", "hamstrings", "calves"], ["Cycling (Indoor)", "Indoor Cycling", "Exercise Bike", "Spin Bike", "Stationary Cycling"]),
  ex("outdoor-cycling", "Outdoor Cycling", "other", "locomotion", "distance", ["quads"], ["glutes", "hamstrings", "calves"], ["Cycling", "Bike Ride", "Biking", "Road Cycling"]),
  ex("rowing-machine", "Rowing Machine", "cardio_machine", "locomotion", "distance", ["lats", "upper_back", "quads"], ["glutes", "hamstrings", "biceps", "lower_back"], ["Rowing (Machine)", "Rowing", "Rower", "Indoor Rowing", "Row Erg"]),
  ex("elliptical", "Elliptical Trainer", "cardio_machine", "locomotion", "time", ["quads", "glutes"], ["hamstrings", "calves"], ["Elliptical", "Elliptical Machine", "Cross Trainer"]),
  ex("stair-climber", "Stair Climber", "cardio_machine", "locomotion", "time", ["quads", "glutes"], ["calves", "hamstrings"], ["StairMaster", "Stair Stepper", "Stair Machine", "Stairmill"]),
  ex("air-bike", "Air Bike", "cardio_machine", "locomotion", "time", ["quads"], ["glutes", "front_delts", "chest", "hamstrings"], ["Assault Bike", "Fan Bike", "Echo Bike"]),
  ex("ski-erg", "Ski Erg", "cardio_machine", "locomotion", "distance", ["lats", "triceps"], ["abs", "glutes", "hamstrings"], ["SkiErg", "Ski Ergometer"]),
  ex("swimming", "Swimming", "other", "locomotion", "distance", ["lats"], ["chest", "front_delts", "triceps", "upper_back", "quads"], ["Swim", "Lap Swimming"]),
  ex("jump-rope", "Jump Rope", "other", "locomotion", "time", ["calves"], ["quads", "forearms", "front_delts"], ["Skipping", "Skipping Rope", "Rope Skipping"]),
  ex("jumping-jack", "Jumping Jack", "bodyweight", "locomotion", "reps", ["calves"], ["abductors", "adductors", "side_delts", "quads"], ["Jumping Jacks", "Star Jumps"]),
  ex("high-knees", "High Knees", "bodyweight", "locomotion", "time", ["hip_flexors", "quads"], ["calves", "abs"], ["High Knee Run", "Running in Place"]),
  ex("battle-ropes", "Battle Ropes", "other", "locomotion", "time", ["front_delts"], ["side_delts", "forearms", "abs", "biceps"], ["Battle Rope Waves", "Battle Rope", "Battling Ropes"]),

  // ── Mobility, stretching and soft tissue ──────────────────────────────────────────────────────────
  ex("foam-roll-quads", "Foam Roll Quads", "foam_roller", "mobility", "time", ["quads"], [], ["Quad Foam Roll", "Foam Rolling (Quads)"]),
  ex("foam-roll-hamstrings", "Foam Roll Hamstrings", "foam_roller", "mobility", "time", ["hamstrings"], [], ["Hamstring Foam Roll", "Foam Rolling (Hamstrings)"]),
  ex("foam-roll-it-band", "Foam Roll IT Band", "foam_roller", "mobility", "time", ["quads"], ["abductors"], ["IT Band Foam Roll", "Foam Roll Outer Thigh"]),
  ex("foam-roll-calves", "Foam Roll Calves", "foam_roller", "mobility", "time", ["calves"], [], ["Calf Foam Roll", "Foam Rolling (Calves)"]),
  ex("foam-roll-glutes", "Foam Roll Glutes", "foam_roller", "mobility", "time", ["glutes"], [], ["Glute Foam Roll", "Foam Rolling (Glutes)"]),
  ex("foam-roll-upper-back", "Foam Roll Upper Back", "foam_roller", "mobility", "time", ["upper_back"], ["traps"], ["Thoracic Foam Roll", "Foam Roll T-Spine", "Foam Rolling (Upper Back)"]),
  ex("foam-roll-lats", "Foam Roll Lats", "foam_roller", "mobility", "time", ["lats"], [], ["Lat Foam Roll", "Foam Rolling (Lats)"]),
  ex("hip-flexor-stretch", "Kneeling Hip Flexor Stretch", "bodyweight", "mobility", "time", ["hip_flexors"], ["quads"], ["Hip Flexor Stretch", "Half-Kneeling Hip Flexor Stretch", "Lunge Stretch"], ONE_SIDE),
  ex("couch-stretch", "Couch Stretch", "bodyweight", "mobility", "time", ["quads", "hip_flexors"], [], ["Rear-Foot-Elevated Quad Stretch"], ONE_SIDE),
  ex("standing-hamstring-stretch", "Standing Hamstring Stretch", "bodyweight", "mobility", "time", ["hamstrings"], ["calves", "lower_back"], ["Hamstring Stretch", "Toe Touch Stretch"]),
  ex("pigeon-stretch", "Pigeon Stretch", "bodyweight", "mobility", "time", ["glutes"], ["hip_flexors", "abductors"], ["Pigeon Pose", "Figure-Four Stretch"], ONE_SIDE),
  ex("butterfly-stretch", "Butterfly Stretch", "bodyweight", "mobility", "time", ["adductors"], [], ["Seated Butterfly Stretch", "Groin Stretch"]),
  ex("wall-calf-stretch", "Wall Calf Stretch", "bodyweight", "mobility", "time", ["calves"], [], ["Calf Stretch", "Standing Calf Stretch"], ONE_SIDE),
  ex("doorway-chest-stretch", "Doorway Chest Stretch", "bodyweight", "mobility", "time", ["chest"], ["front_delts"], ["Doorway Pec Stretch", "Chest Stretch"]),
  ex("cross-body-shoulder-stretch", "Cross-Body Shoulder Stretch", "bodyweight", "mobility", "time", ["rear_delts"], ["upper_back"], ["Shoulder Stretch", "Cross Arm Stretch"], ONE_SIDE),
  ex("neck-side-stretch", "Neck Side Stretch", "bodyweight", "mobility", "time", ["neck"], ["traps"], ["Upper Trap Stretch", "Lateral Neck Stretch"], ONE_SIDE),
  ex("childs-pose", "Child's Pose", "bodyweight", "mobility", "time", ["lats", "lower_back"], ["glutes"], ["Childs Pose", "Balasana"]),
  ex("deep-squat-hold", "Deep Squat Hold", "bodyweight", "mobility", "time", ["adductors", "glutes"], ["calves", "quads", "lower_back"], ["Squat Hold", "Resting Squat", "Deep Squat"]),
  ex("cat-cow", "Cat-Cow", "bodyweight", "mobility", "reps", ["lower_back"], ["abs", "upper_back"], ["Cat Cow", "Cat-Camel"]),
  ex("worlds-greatest-stretch", "World's Greatest Stretch", "bodyweight", "mobility", "reps", ["hip_flexors", "hamstrings"], ["upper_back", "adductors", "glutes"], ["Worlds Greatest Stretch", "WGS"], ONE_SIDE),
  ex("open-book-stretch", "Open Book Stretch", "bodyweight", "mobility", "reps", ["upper_back"], ["chest", "obliques"], ["Thoracic Rotation", "Open Book", "T-Spine Rotation"], ONE_SIDE),
  ex("hip-90-90-switch", "90/90 Hip Switch", "bodyweight", "mobility", "reps", ["glutes"], ["adductors", "abductors", "hip_flexors"], ["90-90 Hip Switch", "90/90 Hip Rotation"]),
  ex("band-shoulder-dislocate", "Band Shoulder Dislocate", "band", "mobility", "reps", ["front_delts", "rear_delts"], ["chest", "upper_back"], ["Shoulder Pass-Through", "Band Pass-Through", "Shoulder Dislocates"]),
  ex("kettlebell-halo", "Kettlebell Halo", "kettlebell", "mobility", "weight_reps", ["front_delts", "side_delts"], ["upper_back", "triceps", "abs"], ["KB Halo", "Halo"]),
];
