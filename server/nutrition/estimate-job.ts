import "server-only";
import { daysBetween } from "@/lib/dates/day-key";
import { logger } from "@/server/logging/logger";
import { memberToday } from "./member-day";
import { NutritionPlanModel, NutritionProposalModel } from "./nutrition-plan-model";
import { proposeFromEstimate } from "./proposal-service";

/** A new proposal at most weekly, and not within two weeks of the last decision: advice, not nagging. */
const MIN_DAYS_BETWEEN_PROPOSALS = 7;
const QUIET_DAYS_AFTER_DECISION = 14;

/**
 * The daily adaptive-estimate pass: for every member with targets, once per member-local day, runs the
 * estimate and files a proposal when the data supports one. The day is claimed on the plan first
 * (compare-and-set on `lastEstimateDayKey`), so several instances do each member once a day.
 */
export async function runNutritionEstimateTick(now = new Date()): Promise<{ checked: number; proposed: number }> {
  let checked = 0;
  let proposed = 0;
  const plans = await NutritionPlanModel.find({}).select({ _id: 1, lastEstimateDayKey: 1 }).lean();
  for (const plan of plans) {
    const memberId = String(plan._id);
    const { todayKey } = await memberToday(memberId, now).catch(() => ({ todayKey: null as string | null }));
    if (!todayKey || plan.lastEstimateDayKey === todayKey) continue;
    const claimed = await NutritionPlanModel.updateOne({ _id: plan._id, lastEstimateDayKey: plan.lastEstimateDayKey ?? null }, { $set: { lastEstimateDayKey: todayKey } });
    if (claimed.modifiedCount !== 1) continue;
    checked += 1;
    const latest = await NutritionProposalModel.findOne({ userId: plan._id }).sort({ createdAt: -1 }).select({ createdAt: 1, decidedAt: 1, status: 1 }).lean();
    const daysSince = (date: Date | null | undefined) => (date ? daysBetween(date.toISOString().slice(0, 10), now.toISOString().slice(0, 10)) : Infinity);
    if (latest && daysSince(latest.createdAt) < MIN_DAYS_BETWEEN_PROPOSALS) continue;
    if (latest && (latest.status === "accepted" || latest.status === "declined") && daysSince(latest.decidedAt) < QUIET_DAYS_AFTER_DECISION) continue;
    try {
      if ((await proposeFromEstimate(memberId)).created) proposed += 1;
    } catch (error) {
      // One member's bad data must not stop everyone after them; their day is claimed, so tomorrow retries.
      logger.warn({ job: "nutrition-estimates", memberId, err: { message: (error as Error).message } }, "estimate failed for a member");
    }
  }
  return { checked, proposed };
}
