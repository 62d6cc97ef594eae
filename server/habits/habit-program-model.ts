import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

// A habit program is one document (phases and their habits embedded), so an edit is one atomic write
// checked against `version`. The nested shape is validated by zod (lib/schemas/habit-program.ts).
const habitProgramSchema = new Schema(
  {
    /** The trainer who owns it; only they read, edit and assign it. */
    ownerId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    description: { type: String, default: "" },
    phases: { type: Schema.Types.Mixed, required: true },
    archivedAt: { type: Date, default: null },
    /** Bumped on every edit; an edit naming an older version is refused instead of overwriting. */
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true, collection: "habit_programs", minimize: false },
);
habitProgramSchema.index({ ownerId: 1, archivedAt: 1, updatedAt: -1 }, { name: "owner_archived_updated" });

// One enrollment per program, client and start date, named by them (`_id` `<programId>:<clientId>:<startDate>`):
// assigning the same again, or twice at once, hits the primary key instead of making a second one.
// It keeps the program as it was assigned, so later edits of the program do not change it.
const habitProgramEnrollmentSchema = new Schema(
  {
    _id: { type: String, required: true },
    programId: { type: Schema.Types.ObjectId, required: true },
    programVersion: { type: Number, required: true },
    /** { name, description, phases } at assignment. */
    program: { type: Schema.Types.Mixed, required: true },
    clientId: { type: Schema.Types.ObjectId, required: true },
    trainerId: { type: Schema.Types.ObjectId, required: true },
    /** Member-local `YYYY-MM-DD`; week N starts (N − 1) × 7 days later. */
    startDate: { type: String, required: true },
    status: { type: String, enum: ["active", "ended"], required: true, default: "active" },
    endedAt: { type: Date, default: null },
  },
  { timestamps: true, collection: "habit_program_enrollments", minimize: false },
);
habitProgramEnrollmentSchema.index({ trainerId: 1, clientId: 1, startDate: -1 }, { name: "trainer_client_start" });
habitProgramEnrollmentSchema.index({ clientId: 1, status: 1 }, { name: "client_status" });

export type HabitProgramDoc = InferSchemaType<typeof habitProgramSchema>;
export type HabitProgramEnrollmentDoc = InferSchemaType<typeof habitProgramEnrollmentSchema>;
export const HabitProgramModel: Model<HabitProgramDoc> = (models.HabitProgram as Model<HabitProgramDoc>) ?? model<HabitProgramDoc>("HabitProgram", habitProgramSchema);
export const HabitProgramEnrollmentModel: Model<HabitProgramEnrollmentDoc> =
  (models.HabitProgramEnrollment as Model<HabitProgramEnrollmentDoc>) ?? model<HabitProgramEnrollmentDoc>("HabitProgramEnrollment", habitProgramEnrollmentSchema);
