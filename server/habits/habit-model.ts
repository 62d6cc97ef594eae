import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

// A habit and its pauses are one document (a pause is part of the definition); check-ins are their
// own documents, one per habit and day, so checking in is one idempotent upsert on a unique key.
const habitSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    /** The trainer who assigned it, if any (the trainer issue adds their screens). */
    assignedBy: { type: Schema.Types.ObjectId, default: null },
    name: { type: String, required: true },
    type: { type: String, enum: ["boolean", "numeric"], required: true },
    target: { type: Number, required: true },
    unit: { type: String, default: "" },
    /** HabitSchedule (lib/habits/habit-schedule.ts), validated by zod before it is stored. */
    schedule: { type: Schema.Types.Mixed, required: true },
    cue: { type: new Schema({ after: String, will: String }, { _id: false }), default: null },
    startDate: { type: String, required: true },
    endDate: { type: String, default: null },
    pauses: { type: [new Schema({ from: String, to: String }, { _id: false })], default: [] },
    /** Local "HH:mm" times in the member's zone. */
    reminders: { type: [String], default: [] },
    group: { type: String, default: "" },
    archivedAt: { type: Date, default: null },
    /**
     * Where the habit came from, unique: its own id for a habit made one by one, or
     * `enrollment:<enrollmentId>:<phase>:<item>` for one a habit program made, so assigning a program
     * again (a retried request, two at once) inserts nothing twice. Never missing: MongoDB counts
     * missing fields in a unique index as equal nulls, and FerretDB has no partial index to skip them.
     */
    sourceKey: {
      type: String,
      required: true,
      default: function (this: { _id: unknown }) {
        return String(this._id);
      },
    },
    /** The habit program enrollment, phase and item this habit was made from (null otherwise). */
    source: { type: new Schema({ enrollmentId: String, phase: Number, item: Number }, { _id: false }), default: null },
  },
  { timestamps: true, collection: "habits" },
);
habitSchema.index({ userId: 1, archivedAt: 1 }, { name: "user_archived" });
habitSchema.index({ sourceKey: 1 }, { unique: true, name: "source_key_unique" });

const habitCheckInSchema = new Schema(
  {
    habitId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    /** Member-local day. */
    dayKey: { type: String, required: true },
    value: { type: Number, default: 0 },
    skipped: { type: Boolean, default: false },
  },
  { timestamps: true, collection: "habit_checkins" },
);
habitCheckInSchema.index({ habitId: 1, dayKey: 1 }, { unique: true, name: "habit_day_unique" });
habitCheckInSchema.index({ userId: 1, dayKey: 1 }, { name: "user_day" });

export type HabitDoc = InferSchemaType<typeof habitSchema>;
export type HabitCheckInDoc = InferSchemaType<typeof habitCheckInSchema>;
export const HabitModel: Model<HabitDoc> = (models.Habit as Model<HabitDoc>) ?? model<HabitDoc>("Habit", habitSchema);
export const HabitCheckInModel: Model<HabitCheckInDoc> =
  (models.HabitCheckIn as Model<HabitCheckInDoc>) ?? model<HabitCheckInDoc>("HabitCheckIn", habitCheckInSchema);
