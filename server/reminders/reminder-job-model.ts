import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { claimSchema } from "@/server/db/exclusive-claim";

/**
 * One document per pending reminder: `habit:<habitId>` is a habit's next regular reminder (advanced in
 * place after each occurrence), `snooze:<habitId>:<dayKey>` a one-shot snooze. Only the winner of a
 * transition token (reminder_job_claims, see reminder-job-store.ts) may change or delete a job, so the
 * document never sees two concurrent writers even on FerretDB, whose updates are read-then-write.
 */
const reminderJobSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: ["habit", "snooze"], required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    habitId: { type: Schema.Types.ObjectId, required: true },
    /** A fresh random id on every change of state: leases and transition tokens are keyed by it. */
    generation: { type: String, required: true },
    /** The occurrence's scheduled instant; stays fixed while a failed delivery is retried. */
    occursAt: { type: Date, required: true },
    /** When a worker should next pick the job up (occursAt, or later for a retry). */
    dueAt: { type: Date, required: true },
    /** Member-local day the occurrence belongs to; null for a "re-plan later" job (nothing to send). */
    dayKey: { type: String, default: null },
    /** The configured local "HH:mm" that produced the occurrence (the snooze's local time for snoozes). */
    time: { type: String, default: null },
    /** Delivery attempts already made for this occurrence (0 on the first try). */
    attempt: { type: Number, default: 0 },
    /** Subscription ids already delivered for this occurrence: a retry only goes to the others. */
    delivered: { type: [String], default: [] },
    lastError: { type: String, default: null },
  },
  { timestamps: true, collection: "reminder_jobs", versionKey: false },
);
reminderJobSchema.index({ dueAt: 1 }, { name: "due" });
reminderJobSchema.index({ userId: 1 }, { name: "user" });

/**
 * Leases and transition tokens. FerretDB's only atomic primitive is an insert against a unique index
 * (the primary key here), so "who works on this occurrence" and "who moves this job on" are decided by
 * whoever inserts the key first:
 * - `<jobId>#<generation>~<k>`: the k-th lease on that generation (k > 0 only after the previous lease
 *   expired: a takeover from a worker that died).
 * - `<jobId>#<generation>>`: the right to replace (or delete) that generation of the job.
 * Rows of generations the job has left are purged by the scheduler (no TTL on FerretDB).
 */
const reminderJobClaimSchema = claimSchema("reminder_job_claims");

export type ReminderJobDoc = InferSchemaType<typeof reminderJobSchema>;
type ReminderJobClaimDoc = InferSchemaType<typeof reminderJobClaimSchema>;
export const ReminderJobModel: Model<ReminderJobDoc> =
  (models.ReminderJob as Model<ReminderJobDoc>) ?? model<ReminderJobDoc>("ReminderJob", reminderJobSchema);
export const ReminderJobClaimModel: Model<ReminderJobClaimDoc> =
  (models.ReminderJobClaim as Model<ReminderJobClaimDoc>) ?? model<ReminderJobClaimDoc>("ReminderJobClaim", reminderJobClaimSchema);
