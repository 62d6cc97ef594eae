import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

export const sessionStatuses = ["active", "finished"] as const;
export const sessionSources = ["app", "strong", "hevy"] as const;

// One exercise in a session. Sets live in workout_sets (see there for why); the entry list is embedded
// so adding, removing and reordering exercises are single-document writes.
const entrySchema = new Schema(
  {
    id: { type: String, required: true },
    exerciseId: { type: String, required: true },
    order: { type: Number, required: true },
    notes: { type: String, default: "" },
    restSeconds: { type: Number, default: 120 },
    slotId: { type: String, default: null },
    /** Superset/circuit group from the program slot, so the logger can alternate exercises. */
    groupId: { type: String, default: null },
    /** Targets and the reason, frozen when the session started from a program. */
    prescription: { type: Schema.Types.Mixed, default: null },
  },
  { _id: false },
);

// _id is a client-made UUID: the phone creates the session offline and a replayed "start" names the
// same document, so it can never create a second one.
const workoutSessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    status: { type: String, enum: sessionStatuses, required: true },
    source: { type: String, enum: sessionSources, required: true, default: "app" },
    /** Unique per member: `app:<id>` or the importer's stable key, so re-imports are idempotent. */
    sourceKey: { type: String, required: true },
    programId: { type: Schema.Types.ObjectId, default: null },
    programWeek: { type: Number, default: null },
    programDay: { type: Number, default: null },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    /** Member-local calendar keys, computed in `timeZone` when the session starts. */
    dayKey: { type: String, required: true },
    weekKey: { type: String, required: true },
    timeZone: { type: String, required: true },
    notes: { type: String, default: "" },
    sessionRpe: { type: Number, default: null },
    durationMinutes: { type: Number, default: null },
    /** Session load (sRPE × minutes), Foster's training-load measure. */
    sessionLoad: { type: Number, default: null },
    entries: { type: [entrySchema], default: [] },
    /**
     * Bumped by every change to `entries`. A change that rewrites the list names the revision it read,
     * so two devices editing one workout cannot silently undo each other (no transactions needed).
     */
    entriesRev: { type: Number, default: 0 },
  },
  { timestamps: true, collection: "workout_sessions" },
);

workoutSessionSchema.index({ userId: 1, startedAt: -1 }, { name: "user_started" });
workoutSessionSchema.index({ userId: 1, status: 1 }, { name: "user_status" });
workoutSessionSchema.index({ userId: 1, sourceKey: 1 }, { unique: true, name: "user_source_unique" });

export type WorkoutSessionDoc = InferSchemaType<typeof workoutSessionSchema>;
export type WorkoutEntryDoc = InferSchemaType<typeof entrySchema>;
export const WorkoutSessionModel: Model<WorkoutSessionDoc> =
  (models.WorkoutSession as Model<WorkoutSessionDoc>) ?? model<WorkoutSessionDoc>("WorkoutSession", workoutSessionSchema);
