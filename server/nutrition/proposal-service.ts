import "server-only";
import { Types } from "mongoose";
import { addDaysToKey } from "@/lib/dates/day-key";
import { formatKcal } from "@/lib/nutrition/energy";
import { estimateMaintenance, type AdaptiveEstimate } from "@/lib/nutrition/adaptive-energy";
import { energyGoalFor, planDayTargets } from "@/lib/nutrition/targets";
import type { TDayTargets, TProposalView, TTargetsView } from "@/lib/schemas/nutrition";
import { activeTrainerIdOf } from "@/server/coaching/coaching-service";
import { oneAtATime } from "@/server/db/one-at-a-time";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { UserModel } from "@/server/users/user-model";
import type { SessionUser } from "@/server/users/user-service";
import { weighInsBetween } from "./body-weight-service";
import { intakeByDay } from "./diary-service";
import { memberToday } from "./member-day";
import { NutritionProposalModel, openProposalKey, type NutritionProposalDoc } from "./nutrition-plan-model";
import { calculatedTargets, currentWeightKg, dayTargetsOf, effectiveTargets, readPlan, savePlan, targetsManagedByTrainer } from "./targets-service";

type Actor = Pick<SessionUser, "id" | "role">;
type StoredProposal = NutritionProposalDoc & { _id: Types.ObjectId; createdAt: Date };

/** How many days the estimate looks back over; today is left out (its log is not finished). */
export const ESTIMATE_WINDOW_DAYS = 28;

export async function currentEstimate(memberId: string): Promise<AdaptiveEstimate> {
  const { todayKey } = await memberToday(memberId);
  const endDayKey = addDaysToKey(todayKey, -1);
  const fromDayKey = addDaysToKey(endDayKey, 1 - ESTIMATE_WINDOW_DAYS);
  const [intake, weights] = await Promise.all([intakeByDay(memberId, fromDayKey, endDayKey), weighInsBetween(memberId, fromDayKey, endDayKey)]);
  return estimateMaintenance({ intake, weights, endDayKey, windowDays: ESTIMATE_WINDOW_DAYS });
}

/** A proposal only when it changes the week's energy by this much: smaller moves are noise, not news. */
const MIN_CHANGE_KCAL = 50;
const weeklyAverage = (targets: TDayTargets, trainingDays: number) => (targets.training.energyKcal * trainingDays + targets.rest.energyKcal * (7 - trainingDays)) / 7;

function toProposalView(proposal: StoredProposal, approver: "trainer" | "member"): TProposalView {
  return {
    id: String(proposal._id),
    status: proposal.status,
    createdAt: proposal.createdAt,
    estimate: proposal.estimate as AdaptiveEstimate,
    current: dayTargetsOf(proposal.current),
    proposed: dayTargetsOf(proposal.proposed)!,
    reasoning: proposal.reasoning ?? [],
    approver,
    decidedAt: proposal.decidedAt ?? null,
    decidedByRole: (proposal.decidedByRole as "trainer" | "member" | null) ?? null,
    appliedTargets: dayTargetsOf(proposal.appliedTargets),
    note: proposal.note ?? "",
  };
}

const approverOf = async (memberId: string): Promise<"trainer" | "member"> => ((await targetsManagedByTrainer(memberId)) ? "trainer" : "member");

export async function latestProposal(memberId: string): Promise<TProposalView | null> {
  const proposal = (await NutritionProposalModel.findOne({ userId: new Types.ObjectId(memberId) }).sort({ createdAt: -1 }).lean()) as StoredProposal | null;
  return proposal ? toProposalView(proposal, await approverOf(memberId)) : null;
}

export type ProposalOutcome = { created: boolean; message: string; proposal: TProposalView | null };

/**
 * Runs the adaptive estimate and, when it is confident enough and the targets it implies differ from the
 * current ones, files a proposal (replacing an older open one) for the trainer, or the member, to decide.
 */
export async function proposeFromEstimate(memberId: string): Promise<ProposalOutcome> {
  const estimate = await currentEstimate(memberId);
  if (estimate.kind !== "estimate") return { created: false, message: estimate.reason, proposal: await latestProposal(memberId) };
  const user = await UserModel.findById(new Types.ObjectId(memberId)).select({ profile: 1 }).lean();
  if (!user?.profile) return { created: false, message: "Finish your profile first.", proposal: null };
  const calculated = await calculatedTargets(memberId);
  const trainingDaysPerWeek = calculated?.trainingDaysPerWeek ?? 3;
  const weightKg = await currentWeightKg(memberId, user.profile.weightKg);
  const goal = energyGoalFor(user.profile.goal, estimate.maintenanceKcal);
  const day = planDayTargets({ dailyKcal: goal.dailyKcal, weightKg, goal: user.profile.goal, trainingDaysPerWeek });
  const proposed: TDayTargets = { training: day.training, rest: day.rest };
  const current = (await effectiveTargets(memberId)).targets;
  if (current && Math.abs(weeklyAverage(proposed, trainingDaysPerWeek) - weeklyAverage(current, trainingDaysPerWeek)) < MIN_CHANGE_KCAL) {
    return { created: false, message: `Your measured maintenance (about ${formatKcal(estimate.maintenanceKcal)} kcal) matches your current targets: no change needed.`, proposal: await latestProposal(memberId) };
  }
  const userId = new Types.ObjectId(memberId);
  const reasoning = [...estimate.reasoning, goal.reason, ...day.explanation];
  const fields = { userId, status: "pending" as const, estimate, current, proposed, reasoning };
  await oneAtATime(`nutrition-proposal:${memberId}`, () => fileProposal(memberId, fields));
  const approver = await approverOf(memberId);
  return {
    created: true,
    message: approver === "trainer" ? "New targets proposed: your trainer will review them." : "New targets proposed: review them below.",
    proposal: await latestProposal(memberId),
  };
}

/** Files a pending proposal, superseding an open one (the newest data wins; the old one stays as history). */
async function fileProposal(memberId: string, fields: Record<string, unknown>): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const open = await NutritionProposalModel.findOne({ openKey: openProposalKey(memberId) }).select({ _id: 1 }).lean();
    if (open) await NutritionProposalModel.updateOne({ _id: open._id, status: "pending" }, { $set: { status: "superseded", openKey: String(open._id), decidedAt: new Date() } });
    try {
      await NutritionProposalModel.create({ ...fields, openKey: openProposalKey(memberId) });
      break;
    } catch (error) {
      if (!isDuplicateKeyError(error) || attempt === 2) throw error;
    }
  }
}

/**
 * Accepts (as proposed or edited) or declines the open proposal. Only the member's trainer may decide
 * for a coached member (checked now, not when it was filed); a member without a trainer decides alone.
 */
export function decideProposal(actor: Actor, memberId: string, request: { proposalId: string; decision: "accept" | "decline"; targets?: TDayTargets; note: string }): Promise<TProposalView> {
  // One decision or new proposal per member at a time in this process (FerretDB updates read, then write).
  return oneAtATime(`nutrition-proposal:${memberId}`, () => decide(actor, memberId, request));
}

async function decide(actor: Actor, memberId: string, request: { proposalId: string; decision: "accept" | "decline"; targets?: TDayTargets; note: string }): Promise<TProposalView> {
  const trainerId = await activeTrainerIdOf(memberId);
  if (trainerId && actor.id !== trainerId) throw new AppError("FORBIDDEN", "Your trainer reviews proposed targets. They have been asked.");
  if (!trainerId && actor.id !== memberId) throw new AppError("FORBIDDEN", "You do not have access to this member's targets.");
  const role = actor.id === memberId ? "member" : "trainer";
  const proposal = (await NutritionProposalModel.findById(request.proposalId).lean()) as StoredProposal | null;
  if (!proposal || String(proposal.userId) !== memberId) throw new AppError("NOT_FOUND", "No such proposal.");
  if (proposal.status !== "pending") throw new AppError("CONFLICT", `This proposal was already ${proposal.status}.`);
  const applied = request.decision === "accept" ? (request.targets ?? dayTargetsOf(proposal.proposed)!) : null;
  const closed = await NutritionProposalModel.updateOne(
    { _id: proposal._id, status: "pending" },
    {
      $set: {
        status: request.decision === "accept" ? "accepted" : "declined",
        openKey: String(proposal._id),
        decidedAt: new Date(),
        decidedBy: new Types.ObjectId(actor.id),
        decidedByRole: role,
        appliedTargets: applied,
        note: request.note,
      },
    },
  );
  if (closed.modifiedCount !== 1) throw new AppError("CONFLICT", "This proposal was decided somewhere else a moment ago.");
  if (applied) {
    const estimate = proposal.estimate as AdaptiveEstimate;
    const edited = request.targets ? [role === "trainer" ? "Adjusted by your trainer from the proposal." : "Adjusted by you from the proposal."] : [];
    const reason = [...(estimate.kind === "estimate" ? estimate.reasoning : []), ...edited, ...(request.note ? [request.note] : [])];
    try {
      await savePlan(memberId, { targets: applied, source: "adaptive", reason }, { id: actor.id, role });
    } catch (error) {
      // The targets did not change, so the proposal must not say it was accepted: it is open again.
      await NutritionProposalModel.updateOne(
        { _id: proposal._id, status: "accepted" },
        { $set: { status: "pending", openKey: openProposalKey(memberId), decidedAt: null, decidedBy: null, decidedByRole: null, appliedTargets: null, note: "" } },
      ).catch(() => undefined);
      throw error;
    }
  }
  return toProposalView((await NutritionProposalModel.findById(proposal._id).lean()) as StoredProposal, trainerId ? "trainer" : "member");
}

/** Everything the targets screen shows, for the member or their trainer. */
export async function targetsView(viewer: Actor, memberId: string): Promise<TTargetsView> {
  const [plan, calculated, estimate, proposal, managedByTrainer] = await Promise.all([
    readPlan(memberId),
    calculatedTargets(memberId),
    currentEstimate(memberId),
    latestProposal(memberId),
    targetsManagedByTrainer(memberId),
  ]);
  return {
    plan: plan
      ? {
          activity: plan.activity,
          trainingDaysPerWeek: plan.trainingDaysPerWeek,
          targets: dayTargetsOf(plan.targets)!,
          waterMl: plan.waterMl ?? 2_500,
          source: plan.source,
          setByRole: plan.setByRole,
          updatedAt: plan.updatedAt ?? new Date(0),
          reason: plan.reason ?? [],
        }
      : null,
    calculated,
    estimate,
    proposal: proposal && proposal.status !== "superseded" ? proposal : null,
    canEdit: viewer.id !== memberId || !managedByTrainer,
    managedByTrainer,
    history: (plan?.history ?? []).slice(0, 20).map((row) => ({
      at: row.at!,
      byRole: row.byRole as "member" | "trainer",
      source: row.source as "calculated" | "adaptive" | "manual",
      targets: dayTargetsOf(row.targets)!,
      reason: row.reason ?? [],
    })),
  };
}
