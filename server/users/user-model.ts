import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { coachPersonas, experienceLevels, goals, heightUnits, sexes, weightUnits } from "@/lib/schemas/profile";
import { roles } from "@/lib/auth/roles";

const encryptedFieldSchema = new Schema(
  { v: { type: Number, required: true }, kid: { type: String, required: true }, iv: String, tag: String, ct: String },
  { _id: false },
);

// The profile is embedded in the user document: it is always read and written with the user, and one
// document keeps every update atomic without transactions (FerretDB has none).
const profileSchema = new Schema(
  {
    dateOfBirth: { type: String, required: true },
    sex: { type: String, enum: sexes, required: true },
    heightCm: { type: Number, required: true },
    weightKg: { type: Number, required: true },
    units: {
      weight: { type: String, enum: weightUnits, required: true },
      height: { type: String, enum: heightUnits, required: true },
    },
    timeZone: { type: String, required: true },
    goal: { type: String, enum: goals, required: true },
    experience: { type: String, enum: experienceLevels, required: true },
    coachPersona: { type: String, enum: coachPersonas, required: true },
    healthNotes: { type: encryptedFieldSchema, default: null },
  },
  { _id: false },
);

// Training preferences live with the user: read on every logging screen, written rarely.
const trainingSchema = new Schema(
  {
    /** ZTrainingSetup (lib/schemas/training-setup.ts), validated by zod before it is stored. */
    setup: { type: Schema.Types.Mixed, default: null },
    activeProgram: {
      type: new Schema({ programId: { type: Schema.Types.ObjectId, required: true }, startDate: { type: String, required: true } }, { _id: false }),
      default: null,
    },
  },
  { _id: false },
);

// Reminder preferences (issue 4): quiet hours as local "HH:mm" (from inclusive, to exclusive; may wrap
// midnight). Read by the reminder scheduler, written from Settings through push.saveSettings.
const reminderSettingsSchema = new Schema(
  { quietHours: { type: new Schema({ from: { type: String, required: true }, to: { type: String, required: true } }, { _id: false }), default: null } },
  { _id: false },
);

const userSchema = new Schema(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    passwordHash: { type: String, required: true, select: false },
    role: { type: String, enum: roles, required: true, default: "member" },
    name: { type: String, trim: true, default: null },
    profile: { type: profileSchema, default: null },
    onboardedAt: { type: Date, default: null },
    training: { type: trainingSchema, default: () => ({}) },
    reminderSettings: { type: reminderSettingsSchema, default: () => ({ quietHours: null }) },
  },
  { timestamps: true, collection: "users" },
);

userSchema.index({ email: 1 }, { unique: true, name: "email_unique" });
userSchema.index({ role: 1, createdAt: -1 }, { name: "role_created" });

export type UserDoc = InferSchemaType<typeof userSchema>;
export const UserModel: Model<UserDoc> = (models.User as Model<UserDoc>) ?? model<UserDoc>("User", userSchema);
