import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

export const adjustmentStatuses = ["applied", "pending_approval", "approved", "declined", "withdrawn"] as const;
export type AdjustmentStatus = (typeof adjustmentStatuses)[number];
/** Statuses under which starting today's program day gives the lighter version. */
export const lighterStatuses: readonly AdjustmentStatus[] = ["applied", "approved"];

/**
 * A member's readiness-adjusted workout for one member-local day: `_id` = `<memberId>:<dayKey>`, so there
 * is at most one per member-day and an accept replayed from the phone names the same document. It names
 * the program day it was accepted for (a program changed since does not inherit it), and keeps the
 * preview the member saw, which is also what the trainer approves.
 */
const readinessAdjustmentSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    dayKey: { type: String, required: true },
    kind: { type: String, enum: ["reduce", "swap"], required: true },
    status: { type: String, enum: adjustmentStatuses, required: true },
    /** The readiness level behind it, and whether that came from Mind data (consent rules for trainers). */
    readiness: { type: String, enum: ["amber", "red"], required: true },
    fromMind: { type: Boolean, default: true },
    programId: { type: String, required: true },
    programWeek: { type: Number, required: true },
    programDay: { type: Number, required: true },
    /** The trainer whose approval it waits for (or who had it when it was accepted), else null. */
    trainerId: { type: Schema.Types.ObjectId, default: null },
    preview: {
      summary: { type: String, default: "" },
      entries: { type: [{ exerciseName: String, change: String, _id: false }], default: [] },
    },
    requestedAt: { type: Date, required: true },
    decidedAt: { type: Date, default: null },
    decidedBy: { type: Schema.Types.ObjectId, default: null },
    /** Bumped by every change: a compare-and-set guard (no transactions on FerretDB). */
    rev: { type: Number, default: 0 },
  },
  { collection: "readiness_adjustments", versionKey: false, timestamps: true },
);

export type ReadinessAdjustmentDoc = InferSchemaType<typeof readinessAdjustmentSchema>;
export const ReadinessAdjustmentModel: Model<ReadinessAdjustmentDoc> =
  (models.ReadinessAdjustment as Model<ReadinessAdjustmentDoc>) ?? model<ReadinessAdjustmentDoc>("ReadinessAdjustment", readinessAdjustmentSchema);

export const adjustmentId = (memberId: string, dayKey: string) => `${memberId.toLowerCase()}:${dayKey}`;
