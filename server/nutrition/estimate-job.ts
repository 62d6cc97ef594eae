import "server-only";
import { Schema, model, models, type Model } from "mongoose";
import { addDaysToKey, daysBetween } from "@/lib/dates/day-key";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { logger } from "@/server/logging/logger";
import { memberToday } from "./member-day";
import { NutritionDayModel } from "./nutrition-day-model";
import { NutritionPlanModel, NutritionProposalModel } from "./nutrition-plan-model";
import { proposeFromEstimate } from "./proposal-service";

/** A new proposal at most weekly, and not within two weeks of the last decision: advice, not nagging. */
const MIN_DAYS_BETWEEN_PROPOSALS = 7;
const QUIET_DAYS_AFTER_DECISION = 14;

/** The member-local day the estimate last ran for each member (`_id` = member id): the daily claim. */
type EstimateRun = { _id: string; dayKey: string };
const estimateRunSchema = new Schema<EstimateRun>({ _id: { type: String, required: true }, dayKey: { type: String, required: true } }, { collection: "nutrition_estimate_runs", versionKey: false });
export const NutritionEstimateRunModel: Model<EstimateRun> = (models.NutritionEstimateRun as Model<EstimateRun>) ?? model<EstimateRun>("NutritionEstimateRun", estimateRunSchema);

/**
 * Claims `todayKey` for a member: the first instance to insert or move the day forward runs the estimate,
 * every other one (and every later pass that day) skips it.
 */
async function claimDay(memberId: string, todayKey: string): Promise<boolean> {
  try {
    await NutritionEstimateRunModel.create({ _id: memberId, dayKey: todayKey });
    return true;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const moved = await NutritionEstimateRunModel.updateOne({ _id: memberId, dayKey: { $ne: todayKey } }, { $set: { dayKey: todayKey } });
  return moved.modifiedCount === 1;
}

/** Members worth estimating: those with targets, and those who logged food in the last few days. */
async function candidates(now: Date): Promise<string[]> {
  const recent = addDaysToKey(now.toISOString().slice(0, 10), -3);
  const [plans, days] = await Promise.all([
    NutritionPlanModel.find({}).select({ _id: 1 }).lean(),
    NutritionDayModel.find({ dayKey: { $gte: recent } }).select({ userId: 1 }).lean(),
  ]);
  return [...new Set([...plans.map((plan) => String(plan._id)), ...days.map((day) => String(day.userId))])];
}

/**
 * The daily adaptive-estimate pass: once per member-local day, runs the estimate and files a proposal
 * when the data supports one (the estimate itself declines on too little or too noisy data).
 */
export async function runNutritionEstimateTick(now = new Date()): Promise<{ checked: number; proposed: number }> {
  let checked = 0;
  let proposed = 0;
  for (const memberId of await candidates(now)) {
    try {
      const { todayKey } = await memberToday(memberId, now);
      if (!(await claimDay(memberId, todayKey))) continue;
      checked += 1;
      const latest = await NutritionProposalModel.findOne({ userId: memberId }).sort({ createdAt: -1 }).select({ createdAt: 1, decidedAt: 1, status: 1 }).lean();
      const daysSince = (date: Date | null | undefined) => (date ? daysBetween(date.toISOString().slice(0, 10), now.toISOString().slice(0, 10)) : Infinity);
      if (latest && daysSince(latest.createdAt) < MIN_DAYS_BETWEEN_PROPOSALS) continue;
      if (latest && (latest.status === "accepted" || latest.status === "declined") && daysSince(latest.decidedAt) < QUIET_DAYS_AFTER_DECISION) continue;
      if ((await proposeFromEstimate(memberId)).created) proposed += 1;
    } catch (error) {
      // One member's bad data (or a deleted account) must not stop everyone after them; tomorrow retries.
      logger.warn({ job: "nutrition-estimates", memberId, err: { message: (error as Error).message } }, "estimate failed for a member");
    }
  }
  return { checked, proposed };
}
