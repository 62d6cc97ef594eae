import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { claimSchema } from "@/server/db/exclusive-claim";

/**
 * The insights job queue: at most one job per member (`_id` = the member's id as a string), so
 * enqueueing from several app instances is an upsert of the same document, never a second job.
 * `generation` changes on every enqueue and every retry: leases and transition tokens
 * (insight_job_claims) are keyed by it, and a run deletes the job only if its generation is unchanged,
 * so a write that arrives while a run is going leaves the job queued for another run.
 */
const insightJobSchema = new Schema(
  {
    _id: { type: String, required: true },
    generation: { type: String, required: true },
    /** When a worker should run it: debounced after writes, backed off after failures. */
    dueAt: { type: Date, required: true },
    /** The first enqueue since the job was created: the debounce never pushes dueAt past this + 60 s. */
    firstEnqueuedAt: { type: Date, required: true },
    /** Member-local day keys written since the last successful run (training rollups to refresh). */
    dirtyDays: { type: [String], default: [] },
    /** What asked for the run ("check-in", "set", "refresh", "nightly", …), for logs and inputs. */
    reasons: { type: [String], default: [] },
    /** Failed runs of this job so far. */
    attempts: { type: Number, default: 0 },
    lastError: { type: String, default: null },
    /** Set when the runs failed MAX_INSIGHT_ATTEMPTS times: parked until a new write or the next night. */
    gaveUpAt: { type: Date, default: null },
  },
  { timestamps: true, collection: "insight_jobs", versionKey: false },
);
insightJobSchema.index({ dueAt: 1 }, { name: "due" });

const insightJobClaimSchema = claimSchema("insight_job_claims");

export type InsightJobDoc = InferSchemaType<typeof insightJobSchema>;
export type InsightJobClaimDoc = InferSchemaType<typeof insightJobClaimSchema>;
export const InsightJobModel: Model<InsightJobDoc> = (models.InsightJob as Model<InsightJobDoc>) ?? model<InsightJobDoc>("InsightJob", insightJobSchema);
export const InsightJobClaimModel: Model<InsightJobClaimDoc> =
  (models.InsightJobClaim as Model<InsightJobClaimDoc>) ?? model<InsightJobClaimDoc>("InsightJobClaim", insightJobClaimSchema);
