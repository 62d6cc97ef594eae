import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { muscles, setTypes } from "@/lib/train/vocabulary";

// Sets are their own documents (not embedded in the session) so that a member's history for one
// exercise is one indexed range read (user_exercise_time) and a week's volume per muscle is another
// (user_week), with the exercise's muscles copied onto each set when it is logged.
const workoutSetSchema = new Schema(
  {
    /** Client-made UUID: the idempotency key of "log this set"; a replay hits the primary key. */
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    sessionId: { type: String, required: true },
    entryId: { type: String, required: true },
    exerciseId: { type: String, required: true },
    /** The program slot the entry came from, so each slot progresses on its own history. */
    slotId: { type: String, default: null },
    order: { type: Number, required: true },
    type: { type: String, enum: setTypes, required: true },
    weightKg: { type: Number, default: null },
    reps: { type: Number, default: null },
    rpe: { type: Number, default: null },
    durationSec: { type: Number, default: null },
    distanceM: { type: Number, default: null },
    notes: { type: String, default: "" },
    completedAt: { type: Date, required: true },
    dayKey: { type: String, required: true },
    weekKey: { type: String, required: true },
    primaryMuscles: { type: [{ type: String, enum: muscles }], default: [] },
    secondaryMuscles: { type: [{ type: String, enum: muscles }], default: [] },
    e1rmKg: { type: Number, default: null },
    volumeKg: { type: Number, default: 0 },
    /** Records this set set when it was saved (heaviest, e1rm, volume, reps_at_load …). */
    records: { type: [String], default: [] },
  },
  { timestamps: true, collection: "workout_sets" },
);

workoutSetSchema.index({ userId: 1, exerciseId: 1, completedAt: -1 }, { name: "user_exercise_time" });
workoutSetSchema.index({ userId: 1, weekKey: 1 }, { name: "user_week" });
workoutSetSchema.index({ sessionId: 1, order: 1 }, { name: "session_order" });

export type WorkoutSetDoc = InferSchemaType<typeof workoutSetSchema>;
export const WorkoutSetModel: Model<WorkoutSetDoc> = (models.WorkoutSet as Model<WorkoutSetDoc>) ?? model<WorkoutSetDoc>("WorkoutSet", workoutSetSchema);
