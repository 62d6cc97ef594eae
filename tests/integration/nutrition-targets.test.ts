import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addDaysToKey } from "@/lib/dates/day-key";
import { ageOn } from "@/lib/schemas/profile";
import { runNutritionEstimateTick } from "@/server/nutrition/estimate-job";
import { NutritionPlanModel, NutritionProposalModel } from "@/server/nutrition/nutrition-plan-model";
import { coachingCast } from "./support/coaching";
import { onboardedMember, useDatabase, validProfile } from "./support/harness";
import { codeOf, type Caller } from "./support/training";

useDatabase();

const member = onboardedMember;

/**
 * Four weeks before today of 2,000 kcal a day and a weigh-in every other day on a line falling 0.5 kg a
 * week from 80 kg: maintenance = 2000 + 0.5 × 7700 / 7 = 2,550 kcal.
 */
async function fourWeeksOfData(caller: Caller, today: string) {
  for (let back = 28; back >= 1; back--) {
    const dayKey = addDaysToKey(today, -back);
    await caller.diary.quickAdd({ entryId: randomUUID(), dayKey, meal: "lunch", energyKcal: 2000 });
    if (back % 2 === 0) await caller.bodyWeight.log({ dayKey, kg: Math.round((80 - (0.5 / 7) * (28 - back)) * 1000) / 1000 });
  }
}

const weekly = (targets: { training: { energyKcal: number }; rest: { energyKcal: number } }, trainingDays: number) =>
  (targets.training.energyKcal * trainingDays + targets.rest.energyKcal * (7 - trainingDays)) / 7;

describe("nutrition targets", () => {
  it("calculates targets with Mifflin–St Jeor and uses training-day targets on workout days", async () => {
    const { caller, today } = await member();
    const view = await caller.nutritionTargets.setup({ activity: "moderate", trainingDaysPerWeek: 3, waterMl: 2500 });
    // validProfile: female, 68.04 kg, 170.2 cm. BMR = 10·68.04 + 6.25·170.2 − 5·age − 161.
    const age = ageOn(validProfile.dateOfBirth, today);
    const bmr = 10 * 68.04 + 6.25 * 170.2 - 5 * age - 161;
    expect(view.calculated?.bmrKcal).toBe(Math.round(bmr));
    expect(view.calculated?.maintenanceKcal).toBe(Math.round((bmr * 1.55) / 10) * 10);
    expect(view.plan).toMatchObject({ activity: "moderate", trainingDaysPerWeek: 3, source: "calculated", setByRole: "member" });
    const plan = view.plan!;
    // Build muscle: about 10 % over maintenance on average over the week, more on training days.
    expect(weekly(plan.targets, 3)).toBeCloseTo(view.calculated!.maintenanceKcal * 1.1, -1);
    expect(plan.targets.training.energyKcal).toBeGreaterThan(plan.targets.rest.energyKcal);

    // No workout today: a rest day. After logging one it is a training day with the training target.
    expect((await caller.diary.day({ dayKey: today })).dayType).toBe("rest");
    await caller.workouts.start({ sessionId: randomUUID(), startedAt: new Date(), name: "Upper body" });
    const trainingDay = await caller.diary.day({ dayKey: today });
    expect(trainingDay.dayType).toBe("training");
    expect(trainingDay.target).toEqual(plan.targets.training);
  });

  it("declines to estimate on too little data", async () => {
    const { caller, today } = await member();
    for (let back = 5; back >= 1; back--) await caller.diary.quickAdd({ entryId: randomUUID(), dayKey: addDaysToKey(today, -back), meal: "lunch", energyKcal: 2000 });
    const outcome = await caller.nutritionTargets.propose();
    expect(outcome.created).toBe(false);
    expect((await caller.nutritionTargets.get()).estimate.kind).toBe("insufficient");
  });

  it("proposes targets from the adaptive estimate and lets a member without a trainer accept them", async () => {
    const { user, caller, today } = await member();
    await caller.nutritionTargets.setup({ activity: "sedentary", trainingDaysPerWeek: 3, waterMl: 2500 });
    await fourWeeksOfData(caller, today);
    const view = await caller.nutritionTargets.get();
    expect(view.estimate).toMatchObject({ kind: "estimate", maintenanceKcal: 2550, confidence: "high", intakeDays: 28, weighIns: 14 });

    const outcome = await caller.nutritionTargets.propose();
    expect(outcome.created).toBe(true);
    const proposal = outcome.proposal!;
    expect(proposal).toMatchObject({ status: "pending", approver: "member" });
    expect(weekly(proposal.proposed, 3)).toBeCloseTo(2550 * 1.1, -1);
    expect(proposal.reasoning.join(" ")).toMatch(/2,550/);

    const decided = await caller.nutritionTargets.decide({ proposalId: proposal.id, decision: "accept" });
    expect(decided).toMatchObject({ status: "accepted", decidedByRole: "member", appliedTargets: proposal.proposed });
    const after = await caller.nutritionTargets.get();
    expect(after.plan).toMatchObject({ source: "adaptive", targets: proposal.proposed });
    expect(after.history[0]).toMatchObject({ source: "adaptive", byRole: "member" });
    // Deciding twice is refused and changes nothing.
    expect(await codeOf(caller.nutritionTargets.decide({ proposalId: proposal.id, decision: "decline" }))).toBe("CONFLICT");
    expect((await NutritionPlanModel.findById(user.id).lean())?.history).toHaveLength(2);
  });

  it("sends a coached member's proposal to their trainer, who approves it with changes", async () => {
    const cast = await coachingCast();
    const { client, trainer, otherTrainer } = cast.callers;
    const clientId = cast.users.client.id;
    await fourWeeksOfData(client, cast.today);

    // The client's targets are the trainer's to set.
    expect(await codeOf(client.nutritionTargets.setup({ activity: "light", trainingDaysPerWeek: 3, waterMl: 2500 }))).toBe("FORBIDDEN");
    expect((await client.nutritionTargets.get()).canEdit).toBe(false);

    const outcome = await client.nutritionTargets.propose();
    const proposal = outcome.proposal!;
    expect(proposal).toMatchObject({ status: "pending", approver: "trainer" });
    expect(await codeOf(client.nutritionTargets.decide({ proposalId: proposal.id, decision: "accept" }))).toBe("FORBIDDEN");
    expect(await codeOf(otherTrainer.trainerNutrition.decide({ clientId, proposalId: proposal.id, decision: "accept" }))).toBe("FORBIDDEN");

    const pending = await trainer.trainerNutrition.pendingProposals();
    expect(pending.map((row) => [row.clientId, row.proposal.id])).toEqual([[clientId, proposal.id]]);

    const edited = {
      training: { ...proposal.proposed.training, energyKcal: proposal.proposed.training.energyKcal - 100, carbsG: proposal.proposed.training.carbsG - 25 },
      rest: { ...proposal.proposed.rest, energyKcal: proposal.proposed.rest.energyKcal - 100, carbsG: proposal.proposed.rest.carbsG - 25 },
    };
    const decided = await trainer.trainerNutrition.decide({ clientId, proposalId: proposal.id, decision: "accept", targets: edited, note: "A little lower while we cut." });
    expect(decided).toMatchObject({ status: "accepted", decidedByRole: "trainer", appliedTargets: edited, note: "A little lower while we cut." });

    const seen = await client.nutritionTargets.get();
    expect(seen.plan).toMatchObject({ source: "adaptive", setByRole: "trainer", targets: edited });
    expect(seen.plan?.reason).toContain("A little lower while we cut.");
    expect(await trainer.trainerNutrition.pendingProposals()).toEqual([]);

    // The trainer sees the client's week and weight trend.
    const overview = await trainer.trainerNutrition.overview({ clientId });
    expect(overview.week.days).toHaveLength(7);
    expect(overview.weight.latest?.kg).toBeCloseTo(80 - (0.5 / 7) * 26, 2);
  });

  it("runs the estimate once a day for members who log food, with or without saved targets", async () => {
    const { user, caller, today } = await member();
    await fourWeeksOfData(caller, today);
    const first = await runNutritionEstimateTick();
    expect(first.checked).toBeGreaterThanOrEqual(1);
    const proposals = await NutritionProposalModel.find({ userId: user.id }).lean();
    expect(proposals.map((row) => row.status)).toEqual(["pending"]);
    // Same day again: this member is not estimated twice.
    await runNutritionEstimateTick();
    expect(await NutritionProposalModel.countDocuments({ userId: user.id })).toBe(1);
  });

  it("files one open proposal per member: a newer estimate supersedes the older", async () => {
    const { user, caller, today } = await member();
    await caller.nutritionTargets.setup({ activity: "sedentary", trainingDaysPerWeek: 3, waterMl: 2500 });
    await fourWeeksOfData(caller, today);
    const first = (await caller.nutritionTargets.propose()).proposal!;
    const second = (await caller.nutritionTargets.propose()).proposal!;
    expect(second.id).not.toBe(first.id);
    // Two at once as well: still one open proposal.
    await Promise.all([caller.nutritionTargets.propose(), caller.nutritionTargets.propose()]);
    const rows = await NutritionProposalModel.find({ userId: user.id }).lean();
    expect(rows.filter((row) => row.status === "pending")).toHaveLength(1);
    expect(rows.find((row) => String(row._id) === first.id)?.status).toBe("superseded");
    expect(await codeOf(caller.nutritionTargets.decide({ proposalId: first.id, decision: "accept" }))).toBe("CONFLICT");
  });
});
