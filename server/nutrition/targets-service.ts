import "server-only";
import { Types } from "mongoose";
import { addDaysToKey } from "@/lib/dates/day-key";
import { maintenanceFromProfile, type ActivityLevel } from "@/lib/nutrition/energy";
import { energyGoalFor, planDayTargets } from "@/lib/nutrition/targets";
import { weightTrend } from "@/lib/nutrition/weight-trend";
import { ageOn } from "@/lib/schemas/profile";
import type { TDayTargets, TTargetsView } from "@/lib/schemas/nutrition";
import { activeTrainerIdOf } from "@/server/coaching/coaching-service";
import { oneAtATime } from "@/server/db/one-at-a-time";
import { AppError } from "@/server/errors/app-error";
import { findActiveProgram } from "@/server/train/program-service";
import { UserModel } from "@/server/users/user-model";
import type { SessionUser } from "@/server/users/user-service";
import { weighInsBetween } from "./body-weight-service";
import { memberToday } from "./member-day";
import { NutritionPlanModel, type NutritionPlanDoc } from "./nutrition-plan-model";
import { nutrientsOf } from "./food-view";

type Actor = Pick<SessionUser, "id" | "role">;
export type TargetSource = "calculated" | "adaptive" | "manual";
type StoredPlan = NutritionPlanDoc & { _id: Types.ObjectId; updatedAt?: Date };

export const DEFAULT_WATER_ML = 2_500;
const DEFAULT_ACTIVITY: ActivityLevel = "light";

export async function readPlan(memberId: string): Promise<StoredPlan | null> {
  return (await NutritionPlanModel.findById(new Types.ObjectId(memberId)).lean()) as StoredPlan | null;
}

export const dayTargetsOf = (targets: { training?: unknown; rest?: unknown } | null | undefined): TDayTargets | null =>
  targets?.training && targets.rest ? { training: nutrientsOf(targets.training), rest: nutrientsOf(targets.rest) } : null;

/** The member's current body weight: the smoothed trend of the last month's weigh-ins, else the profile's. */
export async function currentWeightKg(memberId: string, profileWeightKg: number): Promise<number> {
  const { todayKey } = await memberToday(memberId);
  const trend = weightTrend(await weighInsBetween(memberId, addDaysToKey(todayKey, -30), todayKey)).at(-1);
  return trend ? Math.round(trend.trendKg * 10) / 10 : profileWeightKg;
}

/** Training days a week: the active program's first week, else three (a common starting point). */
async function programTrainingDays(memberId: string): Promise<number> {
  const active = await findActiveProgram(memberId);
  const weeks = (active?.program.weeks ?? []) as { days: unknown[] }[];
  return weeks.length > 0 ? weeks[0].days.length : 3;
}

async function loadProfile(memberId: string) {
  const user = await UserModel.findById(new Types.ObjectId(memberId)).select({ profile: 1 }).lean();
  if (!user) throw new AppError("NOT_FOUND", "No such member.");
  return user.profile ?? null;
}

/**
 * Targets from Mifflin–St Jeor, the activity level and the goal, for the activity and training days given
 * (or the plan's, or defaults). Null without a profile (onboarding collects what it needs).
 */
export async function calculatedTargets(memberId: string, choice?: { activity: ActivityLevel; trainingDaysPerWeek: number }): Promise<TTargetsView["calculated"]> {
  const profile = await loadProfile(memberId);
  if (!profile) return null;
  const plan = choice ? null : await readPlan(memberId);
  const activity = choice?.activity ?? (plan?.activity as ActivityLevel | undefined) ?? DEFAULT_ACTIVITY;
  const trainingDaysPerWeek = choice?.trainingDaysPerWeek ?? plan?.trainingDaysPerWeek ?? (await programTrainingDays(memberId));
  const weightKg = await currentWeightKg(memberId, profile.weightKg);
  const { todayKey } = await memberToday(memberId);
  const energy = maintenanceFromProfile({ sex: profile.sex, weightKg, heightCm: profile.heightCm, ageYears: ageOn(profile.dateOfBirth, todayKey), activity });
  const goal = energyGoalFor(profile.goal, energy.maintenanceKcal);
  const day = planDayTargets({ dailyKcal: goal.dailyKcal, weightKg, goal: profile.goal, trainingDaysPerWeek });
  return {
    bmrKcal: Math.round(energy.bmrKcal),
    maintenanceKcal: Math.round(energy.maintenanceKcal),
    explanation: [...energy.explanation, goal.reason, ...day.explanation],
    suggested: { training: day.training, rest: day.rest },
    activity,
    trainingDaysPerWeek,
  };
}

/** The targets in force: the member's plan, or until they set one, what their profile suggests. */
export async function effectiveTargets(memberId: string): Promise<{ targets: TDayTargets | null; waterMl: number }> {
  const plan = await readPlan(memberId);
  if (plan) return { targets: dayTargetsOf(plan.targets), waterMl: plan.waterMl ?? DEFAULT_WATER_ML };
  // No plan yet: the defaults, passed in so calculatedTargets does not read the (missing) plan again.
  const defaults = { activity: DEFAULT_ACTIVITY, trainingDaysPerWeek: await programTrainingDays(memberId) };
  return { targets: (await calculatedTargets(memberId, defaults))?.suggested ?? null, waterMl: DEFAULT_WATER_ML };
}

/**
 * A coached member's targets are their trainer's to set (and to approve when the estimate proposes new
 * ones); a member without a trainer sets their own. The trainer's own access is checked by the caller.
 */
export async function targetsManagedByTrainer(memberId: string): Promise<boolean> {
  return (await activeTrainerIdOf(memberId)) !== null;
}

export async function assertMayEditTargets(actor: Actor, memberId: string): Promise<"member" | "trainer"> {
  if (actor.id !== memberId) return "trainer";
  if (await targetsManagedByTrainer(memberId)) throw new AppError("FORBIDDEN", "Your trainer sets your nutrition targets. Message them if you want a change.");
  return "member";
}

const HISTORY_LIMIT = 50;

/** Writes new targets with a history row, in one document (no transactions needed). */
export async function savePlan(
  memberId: string,
  change: { activity?: ActivityLevel; trainingDaysPerWeek?: number; targets: TDayTargets; waterMl?: number; source: TargetSource; reason: string[] },
  by: { id: string; role: "member" | "trainer" },
): Promise<void> {
  const _id = new Types.ObjectId(memberId);
  await oneAtATime(`nutrition-plan:${memberId}`, async () => {
    const existing = await readPlan(memberId);
    const at = new Date();
    const historyRow = { at, by: new Types.ObjectId(by.id), byRole: by.role, source: change.source, targets: change.targets, reason: change.reason };
    const fields = {
      activity: change.activity ?? existing?.activity ?? DEFAULT_ACTIVITY,
      trainingDaysPerWeek: change.trainingDaysPerWeek ?? existing?.trainingDaysPerWeek ?? (await programTrainingDays(memberId)),
      targets: change.targets,
      waterMl: change.waterMl ?? existing?.waterMl ?? DEFAULT_WATER_ML,
      source: change.source,
      setBy: new Types.ObjectId(by.id),
      setByRole: by.role,
      reason: change.reason,
      history: [historyRow, ...(existing?.history ?? [])].slice(0, HISTORY_LIMIT),
    };
    if (!existing) {
      await NutritionPlanModel.create({ _id, ...fields, version: 1 });
      return;
    }
    const result = await NutritionPlanModel.updateOne({ _id, version: existing.version }, { $set: { ...fields, version: existing.version + 1 } });
    if (result.matchedCount !== 1) throw new AppError("CONFLICT", "These targets were changed at the same moment somewhere else. Reload and try again.");
  });
}

/** Recalculates the targets from the profile for a chosen activity level and training days. */
export async function setupTargets(actor: Actor, memberId: string, input: { activity: ActivityLevel; trainingDaysPerWeek: number; waterMl: number }): Promise<void> {
  const role = await assertMayEditTargets(actor, memberId);
  const calculated = await calculatedTargets(memberId, input);
  if (!calculated) throw new AppError("BAD_REQUEST", "Finish your profile (age, height, weight) first: targets are calculated from it.");
  await savePlan(memberId, { ...input, targets: calculated.suggested, source: "calculated", reason: calculated.explanation }, { id: actor.id, role });
}

/** Targets typed in by hand (a trainer's, or a member who knows their numbers). */
export async function setTargetsManually(actor: Actor, memberId: string, input: { targets: TDayTargets; waterMl?: number; note: string }): Promise<void> {
  const role = await assertMayEditTargets(actor, memberId);
  const reason = [role === "trainer" ? "Set by your trainer." : "Set by you.", ...(input.note ? [input.note] : [])];
  await savePlan(memberId, { targets: input.targets, waterMl: input.waterMl, source: "manual", reason }, { id: actor.id, role });
}
