import type { TWorkoutSet } from "@/lib/schemas/workout";
import type { MeasurementType } from "@/lib/train/vocabulary";
import { weightFromKg, type WeightUnit } from "@/lib/units";

/** A set as people say it: "80 kg × 5 @ RPE 8", "12 reps", "1:30", "5.00 km in 25 min". */
export function describeSet(set: Pick<TWorkoutSet, "weightKg" | "reps" | "rpe" | "durationSec" | "distanceM">, measurement: MeasurementType, unit: WeightUnit): string {
  switch (measurement) {
    case "weight_reps":
      return `${set.weightKg ? `${weightFromKg(set.weightKg, unit)} ${unit}` : "Bodyweight"} × ${set.reps ?? 0}${set.rpe ? ` @ RPE ${set.rpe}` : ""}`;
    case "reps":
      return `${set.reps ?? 0} reps${set.weightKg ? ` (+${weightFromKg(set.weightKg, unit)} ${unit})` : ""}`;
    case "time":
      return `${Math.floor((set.durationSec ?? 0) / 60)}:${String((set.durationSec ?? 0) % 60).padStart(2, "0")}`;
    case "distance":
      return `${((set.distanceM ?? 0) / 1000).toFixed(2)} km${set.durationSec ? ` in ${Math.round(set.durationSec / 60)} min` : ""}`;
  }
}

