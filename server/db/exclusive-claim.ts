import "server-only";
import { Schema, type Model } from "mongoose";
import { isDuplicateKeyError } from "@/server/errors/app-error";

/**
 * Exclusive claims for leased jobs (habit reminder jobs, the mail outbox), against a claims collection
 * of this shape. FerretDB's only atomic primitive is an insert against a unique key, so "who works on
 * this generation of a job" is whoever inserts the primary key first.
 */
export type ClaimRow = {
  _id: string;
  jobId: string;
  generation: string;
  kind: "lease" | "transition";
  workerId: string;
  at: Date;
  leaseUntil?: Date | null;
};

/**
 * The schema of a claims collection: `<jobId>#<generation>~<k>` is the k-th lease on a generation (k > 0
 * only after the previous lease expired: a takeover from a worker that died), `<jobId>#<generation>>`
 * the right to move that generation on. Old rows are purged by `purgeStaleClaimRows` (no TTL on FerretDB).
 */
export function claimSchema(collection: string) {
  const schema = new Schema(
    {
      _id: { type: String, required: true },
      jobId: { type: String, required: true },
      generation: { type: String, required: true },
      kind: { type: String, enum: ["lease", "transition"], required: true },
      workerId: { type: String, required: true },
      at: { type: Date, required: true },
      leaseUntil: { type: Date, default: null },
    },
    { collection, versionKey: false },
  );
  schema.index({ at: 1 }, { name: "at" });
  return schema;
}

/** held: this caller inserted the row, protected until `leaseUntil`; busy: someone else's row is live. */
export type ClaimResult = { kind: "held"; leaseUntil: Date } | { kind: "busy" } | { kind: "exhausted" };

/**
 * Inserts `<prefix>0`, or when that exists `<prefix><k>` with k one past the newest row of this
 * generation, if that row's lease has expired. Two callers that both saw the same expired row insert
 * the same k and the unique primary key lets one of them win. `exhausted` when `maxRows` rows exist.
 */
export async function insertExclusive<T extends ClaimRow>(
  claims: Model<T>,
  prefix: string,
  row: Pick<ClaimRow, "jobId" | "generation" | "kind" | "workerId">,
  at: Date,
  leaseMs: number,
  maxRows: number,
): Promise<ClaimResult> {
  const leaseUntil = new Date(at.getTime() + leaseMs);
  const insert = async (k: number): Promise<boolean> => {
    try {
      const claim: ClaimRow = { _id: `${prefix}${k}`, ...row, at, leaseUntil };
      await claims.create(claim as Partial<T>);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  };
  // The usual case, a generation nobody claimed yet, is one primary-key insert.
  if (await insert(0)) return { kind: "held", leaseUntil };
  const existing = (await claims
    .find({ jobId: row.jobId, generation: row.generation, kind: row.kind })
    .select({ _id: 1, leaseUntil: 1 })
    .lean()) as unknown as Pick<ClaimRow, "_id" | "leaseUntil">[];
  // Empty: purged since (the generation is gone; the caller re-checks the job).
  if (existing.length === 0) return { kind: "busy" };
  const indexOf = (id: string) => Number(id.slice(prefix.length));
  const newest = existing.reduce((best, claim) => (indexOf(claim._id) > indexOf(best._id) ? claim : best));
  if (newest.leaseUntil && newest.leaseUntil.getTime() > at.getTime()) return { kind: "busy" };
  const k = indexOf(newest._id) + 1;
  if (k >= maxRows) return { kind: "exhausted" };
  return (await insert(k)) ? { kind: "held", leaseUntil } : { kind: "busy" };
}

/**
 * Deletes claim rows older than `olderThanMs` whose job has moved to another generation or is gone.
 * Rows of a job's current generation stay: they are what stops a second worker. Claims are read
 * before their jobs, so a job read here is never older than the claims compared with it.
 */
export async function purgeStaleClaimRows<T extends ClaimRow>(
  claims: Model<T>,
  currentGenerations: (jobIds: string[]) => Promise<Map<string, string>>,
  now: Date,
  olderThanMs = 60 * 60_000,
): Promise<number> {
  const stale = (await claims
    .find({ at: { $lt: new Date(now.getTime() - olderThanMs) } })
    .select({ _id: 1, jobId: 1, generation: 1 })
    .limit(5_000)
    .lean()) as unknown as Pick<ClaimRow, "_id" | "jobId" | "generation">[];
  if (stale.length === 0) return 0;
  const current = await currentGenerations([...new Set(stale.map((claim) => claim.jobId))]);
  const ids = stale.filter((claim) => current.get(claim.jobId) !== claim.generation).map((claim) => claim._id);
  if (ids.length === 0) return 0;
  const result = await claims.deleteMany({ _id: { $in: ids } });
  return result.deletedCount;
}

/** A transition winner dies between token and write only in a crash: far more than leases, never stuck. */
const MAX_TRANSITION_TOKENS = 1_000;

type Generation = { _id: string; generation: string };

/**
 * The lease on one generation of a job (`<id>#<generation>~<k>`): one worker gets it; another only
 * after that lease ran out, at most `maxTakeovers` times. `at` is the claim's wall clock.
 */
export function claimLease<T extends ClaimRow>(claims: Model<T>, job: Generation, at: Date, workerId: string, leaseMs: number, maxTakeovers: number): Promise<ClaimResult> {
  return insertExclusive(claims, `${job._id}#${job.generation}~`, { jobId: job._id, generation: job.generation, kind: "lease", workerId }, at, leaseMs, maxTakeovers);
}

/**
 * The right to replace (or delete) one generation of a job (`<id>#<generation>>`): only the caller
 * that wins it writes the job's next generation, so two workers never both apply an outcome.
 */
export async function claimTransition<T extends ClaimRow>(claims: Model<T>, job: Generation, at: Date, workerId: string, leaseMs: number): Promise<boolean> {
  const token = await insertExclusive(claims, `${job._id}#${job.generation}>`, { jobId: job._id, generation: job.generation, kind: "transition", workerId }, at, leaseMs, MAX_TRANSITION_TOKENS);
  return token.kind === "held";
}
