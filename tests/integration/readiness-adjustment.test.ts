import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { addDaysToKey, isoWeekdayOf } from "@/lib/dates/day-key";
import type { TInsightView } from "@/lib/schemas/insights";
import { weightToKg } from "@/lib/units";
import { AuditEventModel } from "@/server/audit/audit-model";
import { MemberInsightsModel } from "@/server/insights/insight-model";
import { ReadinessAdjustmentModel } from "@/server/readiness/readiness-adjustment-model";
import { coachingCast, expectOnlyTheClientsTrainer, type CoachingCast } from "./support/coaching";
import { useDatabase } from "./support/harness";
import { codeOf, linearProgram, type Caller } from "./support/training";

useDatabase();

/*
 * Hand-worked loads. The cast's client trains in lb with the default lb setup (45 lb bar, 2.5 lb the
 * smallest plate, so bar loads move in 5 lb steps). The program plans 3 × 5 @ 100 kg: the first
 * session's target is 100 kg = 220.46 lb → 220 lb. The lighter version is 2 × 5 at 90 %: 198 lb → 200 lb.
 */
const FULL_KG = weightToKg(220, "lb");
const LIGHTER_KG = weightToKg(200, "lb");

function readinessInsight(level: "green" | "amber" | "red", suggestion: "keep" | "reduce" | "swap"): TInsightView {
  return {
    key: "readiness:today",
    kind: "readiness",
    tone: level === "green" ? "positive" : "caution",
    priority: 90,
    facts: { level, sleepHours: 5.5 },
    evidence: [{ label: "Sleep last night", value: 5.5, unit: "hours", decimals: 1 }],
    fromMind: true,
    readiness: level,
    suggestion,
    title: level === "green" ? "Ready to train" : "Take it a little easier today",
    body: "You slept 5.5 hours against your usual 7.5, and your stress is above your baseline.",
    wordedBy: "template",
  };
}

/** What the insights engine would store for the client: written directly (the engine is another module). */
async function storeReadiness(clientId: string, dayKey: string, level: "green" | "amber" | "red", suggestion: "keep" | "reduce" | "swap" = level === "red" ? "swap" : level === "amber" ? "reduce" : "keep") {
  await MemberInsightsModel.replaceOne(
    { _id: clientId },
    { _id: clientId, userId: new Types.ObjectId(clientId), dayKey, computedAt: new Date(), generation: "test", persona: "calm", insights: [readinessInsight(level, suggestion)], readiness: level, inputs: { days: 28 }, version: 1 },
    { upsert: true },
  );
}

/** A cast whose client has a program day scheduled today and amber readiness stored for today. */
async function castWithTodaysProgram(level: "amber" | "red" = "amber") {
  const cast = await coachingCast();
  const program = await cast.callers.client.programs.create({ content: linearProgram("barbell-back-squat", isoWeekdayOf(cast.today), 100) });
  await cast.callers.client.programs.start({ programId: program.id, startDate: cast.today });
  await storeReadiness(cast.users.client.id, cast.today, level);
  return { cast, programId: program.id };
}

async function startToday(caller: Caller, programId: string) {
  const { session } = await caller.workouts.start({ sessionId: randomUUID(), startedAt: new Date(), program: { programId, weekIndex: 0, dayIndex: 0 } });
  return session;
}

const workingSets = (session: { entries: { prescription: { sets: { type: string; weightKg: number | null }[] } | null }[] }) =>
  session.entries[0].prescription!.sets.filter((set) => set.type === "working").map((set) => set.weightKg);

const auditRows = (cast: CoachingCast, action: string) => AuditEventModel.countDocuments({ targetUserId: new Types.ObjectId(cast.users.client.id), action });

describe("readiness-adjusted workout", () => {
  it("without a policy, accepting applies at once: today's plan and the started workout are the lighter version", async () => {
    const { cast, programId } = await castWithTodaysProgram();
    const { client } = cast.callers;

    const before = await client.readiness.today();
    expect(before.readiness).toMatchObject({ level: "amber", title: "Take it a little easier today", suggestion: "reduce" });
    expect(before.readiness!.evidence).toEqual([{ label: "Sleep last night", value: 5.5, unit: "hours", decimals: 1 }]);
    expect(before.workout).toEqual({ dayName: "Heavy day", started: false });
    expect(before.adjustment).toBeNull();
    expect(before.requiresApproval).toBe(false);
    expect(before.proposal).toMatchObject({ kind: "reduce", entries: [{ change: "3 → 2 working sets; 220 lb → 200 lb." }] });
    expect(before.proposal!.summary).toContain("because your readiness is amber today");

    const accepted = await client.readiness.accept({ dayKey: cast.today, kind: "reduce" });
    expect(accepted).toMatchObject({ dayKey: cast.today, kind: "reduce", status: "applied", decidedAt: null });
    // A replayed accept (the phone retrying) changes nothing: one document, one audit row.
    expect(await client.readiness.accept({ dayKey: cast.today, kind: "reduce" })).toEqual(accepted);
    expect(await ReadinessAdjustmentModel.countDocuments({ _id: `${cast.users.client.id}:${cast.today}` })).toBe(1);
    expect(await ReadinessAdjustmentModel.countDocuments({ userId: new Types.ObjectId(cast.users.client.id) })).toBe(1);
    expect(await auditRows(cast, "readiness_adjustment.accept")).toBe(1);
    expect(await auditRows(cast, "readiness.read")).toBe(1);

    const plan = await client.workouts.today();
    expect(plan.schedule).toMatchObject({ status: "training", dayName: "Heavy day · lighter version" });
    if (plan.schedule.status !== "training") throw new Error("expected a training day");
    expect(plan.schedule.entries[0].prescription.sets.map((set) => set.weightKg)).toEqual([LIGHTER_KG, LIGHTER_KG]);

    const session = await startToday(client, programId);
    expect(session.name).toBe("Linear test program: Heavy day · lighter version");
    expect(workingSets(session)).toEqual([LIGHTER_KG, LIGHTER_KG]);
    expect(session.entries[0].prescription).toMatchObject({ decision: "readiness_reduce" });
    expect(session.entries[0].prescription!.reason).toContain("Lighter version for today: 3 → 2 working sets");

    // Once the workout started, the lighter version stays for it.
    expect(await codeOf(client.readiness.undo({ dayKey: cast.today }))).toBe("CONFLICT");
    expect((await client.readiness.today()).workout).toEqual({ dayName: "Heavy day", started: true });
  });

  it("with the trainer's policy, the request waits; the start stays full until the trainer approves", async () => {
    const { cast, programId } = await castWithTodaysProgram();
    const { client, trainer, otherTrainer } = cast.callers;
    const clientId = cast.users.client.id;

    const policy = await expectOnlyTheClientsTrainer(cast, (caller) => caller.readiness.setPolicy({ clientId, requireApproval: true }));
    expect(policy).toEqual({ clientId, requireApproval: true });
    expect(await auditRows(cast, "readiness_policy.set")).toBe(1);
    expect((await client.readiness.today()).requiresApproval).toBe(true);

    expect(await client.readiness.accept({ dayKey: cast.today, kind: "reduce" })).toMatchObject({ status: "pending_approval" });
    const plan = await client.workouts.today();
    if (plan.schedule.status !== "training") throw new Error("expected a training day");
    expect(plan.schedule.dayName).toBe("Heavy day");
    expect(plan.schedule.entries[0].prescription.sets.map((set) => set.weightKg)).toEqual([FULL_KG, FULL_KG, FULL_KG]);

    const pending = await trainer.readiness.pending();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ clientId, clientName: "Robin", dayKey: cast.today, kind: "reduce", status: "pending_approval" });
    expect(pending[0].preview.entries).toEqual([{ exerciseName: expect.any(String), change: "3 → 2 working sets; 220 lb → 200 lb." }]);
    // The level comes from Mind data and the client shares none: the trainer does not see it.
    expect(pending[0].readiness).toBeNull();
    // Nor in the summary the member saw ("…, because your readiness is amber today").
    expect(pending[0].preview.summary).toMatch(/^Same exercises, /);
    expect(pending[0].preview.summary).not.toMatch(/readiness|amber|red/);
    expect(await otherTrainer.readiness.pending()).toEqual([]);

    const panel = await expectOnlyTheClientsTrainer(cast, (caller) => caller.readiness.client({ clientId }));
    expect(panel).toMatchObject({ clientId, requireApproval: true, today: { status: "pending_approval", kind: "reduce" } });

    const decided = await expectOnlyTheClientsTrainer(cast, (caller) => caller.readiness.decide({ clientId, dayKey: cast.today, approve: true }));
    expect(decided).toMatchObject({ status: "approved" });
    expect(decided.decidedAt).toBeInstanceOf(Date);
    // Deciding the same way again changes nothing; changing the decision is refused.
    expect(await trainer.readiness.decide({ clientId, dayKey: cast.today, approve: true })).toEqual(decided);
    expect(await codeOf(trainer.readiness.decide({ clientId, dayKey: cast.today, approve: false }))).toBe("CONFLICT");
    expect(await auditRows(cast, "readiness_adjustment.approve")).toBe(1);
    expect(await trainer.readiness.pending()).toEqual([]);
    expect((await client.readiness.today()).adjustment).toMatchObject({ status: "approved" });

    const session = await startToday(client, programId);
    expect(workingSets(session)).toEqual([LIGHTER_KG, LIGHTER_KG]);
  });

  it("declined: the start is the full session and asking again is refused", async () => {
    const { cast, programId } = await castWithTodaysProgram("red");
    const { client, trainer } = cast.callers;
    const clientId = cast.users.client.id;
    await trainer.readiness.setPolicy({ clientId, requireApproval: true });

    const today = await client.readiness.today();
    // Red readiness offers the easy version: 1 of 3 sets at 80 % (176 lb → 175 lb).
    expect(today.proposal).toMatchObject({ kind: "swap", entries: [{ change: "3 → 1 working set; 220 lb → 175 lb." }] });
    await client.readiness.accept({ dayKey: cast.today, kind: "swap" });
    expect(await trainer.readiness.decide({ clientId, dayKey: cast.today, approve: false })).toMatchObject({ status: "declined" });
    expect(await auditRows(cast, "readiness_adjustment.decline")).toBe(1);
    expect(await codeOf(client.readiness.accept({ dayKey: cast.today, kind: "swap" }))).toBe("CONFLICT");
    expect((await client.readiness.today()).adjustment).toMatchObject({ status: "declined" });

    const session = await startToday(client, programId);
    expect(session.name).toBe("Linear test program: Heavy day");
    expect(workingSets(session)).toEqual([FULL_KG, FULL_KG, FULL_KG]);
  });

  it("undo before the start goes back to the full session, and accepting again applies again", async () => {
    const { cast, programId } = await castWithTodaysProgram();
    const { client } = cast.callers;
    await client.readiness.accept({ dayKey: cast.today, kind: "reduce" });
    expect(await client.readiness.undo({ dayKey: cast.today })).toMatchObject({ status: "withdrawn" });
    // Undoing again changes nothing.
    expect(await client.readiness.undo({ dayKey: cast.today })).toMatchObject({ status: "withdrawn" });
    expect(await auditRows(cast, "readiness_adjustment.withdraw")).toBe(1);
    const plan = await client.workouts.today();
    if (plan.schedule.status !== "training") throw new Error("expected a training day");
    expect(plan.schedule.entries[0].prescription.sets).toHaveLength(3);

    expect(await client.readiness.accept({ dayKey: cast.today, kind: "swap" })).toMatchObject({ status: "applied", kind: "swap" });
    expect(await auditRows(cast, "readiness_adjustment.accept")).toBe(2);
    expect(await ReadinessAdjustmentModel.countDocuments({ userId: new Types.ObjectId(cast.users.client.id) })).toBe(1);
    const session = await startToday(client, programId);
    expect(session.name).toBe("Linear test program: Heavy day · easy version");
    expect(workingSets(session)).toEqual([weightToKg(175, "lb")]);
  });

  it("refuses without a readiness call for it: green, yesterday's insights, another day", async () => {
    const { cast } = await castWithTodaysProgram();
    const { client } = cast.callers;
    const clientId = cast.users.client.id;

    await storeReadiness(clientId, cast.today, "green");
    expect((await client.readiness.today()).proposal).toBeNull();
    expect(await codeOf(client.readiness.accept({ dayKey: cast.today, kind: "reduce" }))).toBe("BAD_REQUEST");

    await storeReadiness(clientId, addDaysToKey(cast.today, -1), "red");
    expect((await client.readiness.today()).readiness).toBeNull();
    expect(await codeOf(client.readiness.accept({ dayKey: cast.today, kind: "reduce" }))).toBe("BAD_REQUEST");

    await storeReadiness(clientId, cast.today, "amber");
    expect(await codeOf(client.readiness.accept({ dayKey: addDaysToKey(cast.today, 1), kind: "reduce" }))).toBe("BAD_REQUEST");
    expect(await ReadinessAdjustmentModel.countDocuments({ userId: new Types.ObjectId(clientId) })).toBe(0);

    // Nothing to decide for a trainer when nothing was asked.
    expect(await codeOf(cast.callers.trainer.readiness.decide({ clientId, dayKey: cast.today, approve: true }))).toBe("NOT_FOUND");
  });
});
