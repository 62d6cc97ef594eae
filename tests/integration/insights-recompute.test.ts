import { Types } from "mongoose";
import { describe, expect, it, vi } from "vitest";
import type { TInsightView } from "@/lib/schemas/insights";
import { AuditEventModel } from "@/server/audit/audit-model";
import { MemberInsightsModel } from "@/server/insights/insight-model";
import { readInsightJob, runInsightsFor, runInsightsTick } from "@/server/insights/insight-jobs";
import { InsightJobModel } from "@/server/insights/insight-jobs-model";
import type { InsightInputs } from "@/server/insights/insight-run";
import { onboardedMember, useDatabase } from "./support/harness";
import { customExercise, setInput, workoutWith } from "./support/training";

useDatabase();

const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
const stored = async (memberId: string) => MemberInsightsModel.findById(memberId).lean();
const audits = (memberId: string, action: string) => AuditEventModel.countDocuments({ action, targetUserId: new Types.ObjectId(memberId) });

describe("insights recomputed after writes", () => {
  it("a run that started before the stored one never replaces it (a slow run, a lease taken over)", async () => {
    const { user, caller, today } = await onboardedMember("Europe/Berlin");
    await caller.mind.saveCheckIn({ dayKey: today, mood: 2, energy: 2, stress: 5, sleepHours: 4.5, sleepQuality: 1, tags: [], note: "" });
    const newer = await runInsightsFor(user.id, { generation: "gen-2", now: later(60), llm: null });
    expect(newer.superseded).toBeUndefined();
    const older = await runInsightsFor(user.id, { generation: "gen-1", now: later(30), llm: null });
    expect(older.superseded).toBe(true);
    expect(await stored(user.id)).toMatchObject({ generation: "gen-2", version: 1 });
    // A later run replaces it as usual.
    await runInsightsFor(user.id, { generation: "gen-3", now: later(90), llm: null });
    expect(await stored(user.id)).toMatchObject({ generation: "gen-3", version: 2 });
  });

  it("a check-in and a logged set queue a recompute whose stored insights name the day written", async () => {
    const { user, caller, today } = await onboardedMember("Europe/Berlin");
    expect(await stored(user.id)).toBeNull();

    await caller.mind.saveCheckIn({ dayKey: today, mood: 2, energy: 2, stress: 5, sleepHours: 4.5, sleepQuality: 1, tags: [], note: "" });
    const queued = await readInsightJob(user.id);
    expect(queued).toMatchObject({ dirtyDays: [today], reasons: ["check-in"] });

    // Debounced: not due yet at the moment of the write.
    await runInsightsTick({ workerId: "worker-a", now: new Date(Date.now() - 1000) });
    expect(await stored(user.id)).toBeNull();

    const tick = await runInsightsTick({ workerId: "worker-a", now: later(6) });
    expect(tick.ran).toBeGreaterThanOrEqual(1);
    expect(await readInsightJob(user.id)).toBeNull();
    const first = await stored(user.id);
    expect(first).not.toBeNull();
    const firstInputs = first!.inputs as InsightInputs;
    expect(first).toMatchObject({ dayKey: today, generation: queued!.generation, version: 1, persona: "calm" });
    expect(firstInputs).toMatchObject({ toDayKey: today, dirtyDays: [today], generation: queued!.generation });
    expect(firstInputs.counts.checkIns).toBe(1);
    expect(firstInputs.counts.sessions).toBe(0);
    expect(await audits(user.id, "insights.compute")).toBe(1);

    // Consent: the member's own insights use their Mind data (a check-in this rough makes today's readiness).
    const insights = first!.insights as TInsightView[];
    const readiness = insights.find((insight) => insight.kind === "readiness");
    expect(readiness).toBeDefined();
    expect(readiness!.fromMind).toBe(true);
    expect(first!.readiness).toBe(readiness!.readiness);
    expect(readiness!.wordedBy).toBe("template");
    expect(readiness!.title.length).toBeGreaterThan(0);

    const exercise = await customExercise(caller);
    const { sessionId, entryId } = await workoutWith(caller, exercise.id);
    await caller.workouts.logSet(setInput(sessionId, entryId, 0, 60, 8, { rpe: 8 }));
    const afterSet = await readInsightJob(user.id);
    expect(afterSet?.reasons).toContain("set");
    await runInsightsTick({ workerId: "worker-b", now: later(6) });
    const second = await stored(user.id);
    const secondInputs = second!.inputs as InsightInputs;
    expect(second!.version).toBe(2);
    expect(second!.generation).toBe(afterSet!.generation);
    expect(secondInputs.dirtyDays).toContain(today);
    expect(secondInputs.counts.sessions).toBe(1);
    expect(secondInputs.counts.checkIns).toBe(1);
    expect(second!.computedAt.getTime()).toBeGreaterThan(first!.computedAt.getTime());
  });

  it("insights.mine reads the member's own insights (audited); insights.refresh queues a run due now", async () => {
    const { user, caller, today } = await onboardedMember("UTC");
    const empty = await caller.insights.mine();
    expect(empty).toMatchObject({ insights: [], computedAt: null, pending: false, version: 0 });

    await caller.mind.saveCheckIn({ dayKey: today, mood: 1, energy: 1, stress: 5, sleepHours: 4, sleepQuality: 1, tags: [], note: "" });
    expect((await caller.insights.mine()).pending).toBe(true);

    const refreshed = await caller.insights.refresh();
    expect(refreshed.pending).toBe(true);
    const job = await readInsightJob(user.id);
    expect(new Date(job!.dueAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect(job!.reasons).toEqual(expect.arrayContaining(["check-in", "refresh"]));

    // Due at once: a tick right now runs it.
    await runInsightsTick({ workerId: "worker-a", now: new Date() });
    const view = await caller.insights.mine();
    expect(view.pending).toBe(false);
    expect(view.version).toBe(1);
    expect(view.computedAt).toBeInstanceOf(Date);
    expect(view.insights.length).toBeGreaterThan(0);
    expect(view.insights.some((insight) => insight.fromMind)).toBe(true);
    const priorities = view.insights.map((insight) => insight.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    for (const insight of view.insights) {
      expect(insight.title.length).toBeGreaterThan(0);
      expect(insight.body.length).toBeGreaterThan(0);
    }
    expect(await audits(user.id, "insights.read")).toBe(3);
    expect(await audits(user.id, "insights.refresh")).toBe(1);
  });

  it("a member's read never shows another member's insights", async () => {
    const a = await onboardedMember("UTC");
    const b = await onboardedMember("UTC");
    await a.caller.mind.saveCheckIn({ dayKey: a.today, mood: 1, energy: 1, stress: 5, sleepHours: 4, sleepQuality: 1, tags: [], note: "" });
    await a.caller.insights.refresh();
    await runInsightsTick({ workerId: "worker-a", now: new Date() });
    expect((await a.caller.insights.mine()).insights.length).toBeGreaterThan(0);
    expect(await b.caller.insights.mine()).toMatchObject({ insights: [], computedAt: null });
  });

  it("a write still succeeds when its recompute cannot be queued", async () => {
    const { user, caller, today } = await onboardedMember("UTC");
    const broken = vi.spyOn(InsightJobModel, "findById").mockImplementation(() => {
      throw new Error("queue unavailable");
    });
    try {
      const saved = await caller.mind.saveCheckIn({ dayKey: today, mood: 3, energy: 3, stress: 3, sleepHours: 7, sleepQuality: 3, tags: [], note: "" });
      expect(saved).toMatchObject({ dayKey: today, mood: 3 });
      expect(broken).toHaveBeenCalled();
    } finally {
      broken.mockRestore();
    }
    expect(await readInsightJob(user.id)).toBeNull();
  });
});
