import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { addDaysToKey } from "@/lib/dates/day-key";
import { AuditEventModel } from "@/server/audit/audit-model";
import { TRAINER_READ_ACTION } from "@/server/mind/sharing-service";
import { INSIGHTS_MIND_VIEW, INSIGHTS_READ_ACTION } from "@/server/trainer-inbox/trainer-insights-service";
import { coachingCast } from "./support/coaching";
import { useDatabase } from "./support/harness";
import { codeOf } from "./support/training";
import { adherenceDrop, MEMBER_WORDING, plateau, readinessRed, sleepRpeCorrelation, storeInsights, wellbeingDown } from "./trainer-insights-fixtures";

useDatabase();

const oid = (id: string) => new Types.ObjectId(id);
const keysOf = (insights: { key: string }[]) => insights.map((insight) => insight.key).sort();

describe("trainer insights: own clients only", () => {
  it("refuses another trainer (FORBIDDEN, audited as denied), members (FORBIDDEN) and nobody signed in (UNAUTHORIZED)", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    await storeInsights(clientId, cast.today, [plateau()]);
    expect(await codeOf(cast.callers.otherTrainer.trainerInsights.clientInsights({ clientId }))).toBe("FORBIDDEN");
    expect(await codeOf(cast.callers.otherTrainer.trainerInsights.send({ clientId, key: "plateau:back-squat", text: "Hi" }))).toBe("FORBIDDEN");
    expect(await codeOf(cast.callers.otherTrainer.trainerInsights.dismiss({ clientId, key: "plateau:back-squat" }))).toBe("FORBIDDEN");
    expect(await codeOf(cast.callers.client.trainerInsights.clientInsights({ clientId }))).toBe("FORBIDDEN");
    expect(await codeOf(cast.callers.client.trainerInsights.inbox())).toBe("FORBIDDEN");
    expect(await codeOf(cast.callers.signedOut.trainerInsights.inbox())).toBe("UNAUTHORIZED");
    const denied = await AuditEventModel.countDocuments({ actorId: oid(cast.users.otherTrainer.id), action: "access.denied", targetUserId: oid(clientId) });
    expect(denied).toBe(3);
    // The other trainer's inbox holds only their own client (who has no insights).
    expect((await cast.callers.otherTrainer.trainerInsights.inbox()).items).toEqual([]);
  });

  it("shows a neutral view, never the member's persona wording, with kg in the client's unit (lb)", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    await storeInsights(clientId, cast.today, [plateau()]);
    const view = await cast.callers.trainer.trainerInsights.clientInsights({ clientId });
    expect(view.insights).toHaveLength(1);
    const [item] = view.insights;
    expect(item.id).toBe(`${clientId}:plateau:back-squat`);
    expect(item.title).toBe("Plateau: Back squat");
    // validProfile weighs in lb: 100 kg = 220.5 lb.
    expect(item.evidence[0]).toEqual({ label: "Estimated 1RM", value: 220.5, unit: "lb", text: "220.5 lb" });
    expect(item.draft).toContain("estimated 1RM: 220.5 lb");
    expect(JSON.stringify(view)).not.toContain(MEMBER_WORDING);
  });
});

describe("trainer insights: Mind consent, read at request time", () => {
  it("hides Mind-derived insights at none, shows them at trends (readiness without check-in numbers), in full at scores, and hides them again at once after withdrawal", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    const { trainer, client } = cast.callers;
    await storeInsights(clientId, cast.today, [plateau(), adherenceDrop(), wellbeingDown(), readinessRed(), sleepRpeCorrelation()]);

    // Never chosen: "none".
    const none = await trainer.trainerInsights.clientInsights({ clientId });
    expect(none.sharing).toBe("none");
    expect(keysOf(none.insights)).toEqual(["adherence_drop", "plateau:back-squat"]);
    expect((await trainer.trainerInsights.inbox()).items.map((item) => item.key).sort()).toEqual(["adherence_drop", "plateau:back-squat"]);

    await client.mind.setSharing({ level: "trends" });
    const trends = await trainer.trainerInsights.clientInsights({ clientId });
    // The sleep/RPE correlation is made of daily sleep values: scores only.
    expect(keysOf(trends.insights)).toEqual(["adherence_drop", "plateau:back-squat", "readiness", "wellbeing_down"]);
    const readiness = trends.insights.find((item) => item.kind === "readiness")!;
    expect(readiness.readiness).toBe("red");
    // Its level and its load, not the sleep and stress of today's check-in.
    expect(readiness.evidence.map((evidence) => evidence.label)).toEqual(["Acute:chronic load ratio"]);
    expect(readiness.draft).not.toMatch(/sleep|stress/i);
    // Questionnaire results are never passed on, at any level.
    const wellbeing = trends.insights.find((item) => item.kind === "wellbeing_down")!;
    expect(wellbeing.evidence.map((evidence) => evidence.label)).toEqual(["Mood, 7-day average", "Mood, the 7 days before"]);
    expect(JSON.stringify(trends)).not.toMatch(/WHO-5|support/);
    // Most important first.
    const inbox = await trainer.trainerInsights.inbox();
    expect(inbox.items.map((item) => item.key)).toEqual(["readiness", "adherence_drop", "wellbeing_down", "plateau:back-squat"]);

    await client.mind.setSharing({ level: "scores" });
    const scores = await trainer.trainerInsights.clientInsights({ clientId });
    expect(keysOf(scores.insights)).toEqual(["adherence_drop", "correlation:sleep_rpe", "plateau:back-squat", "readiness", "wellbeing_down"]);
    expect(scores.insights.find((item) => item.kind === "readiness")!.evidence.map((evidence) => evidence.text)).toEqual(["4.5 hours", "5", "1.6"]);

    // Withdrawn: the very next read has no Mind-derived item, in either view.
    await client.mind.setSharing({ level: "none" });
    expect(keysOf((await trainer.trainerInsights.clientInsights({ clientId })).insights)).toEqual(["adherence_drop", "plateau:back-squat"]);
    expect((await trainer.trainerInsights.inbox()).items.filter((item) => item.fromMind)).toEqual([]);
    // And nothing Mind-derived can be sent or dismissed any more.
    expect(await codeOf(trainer.trainerInsights.send({ clientId, key: "wellbeing_down", text: "How are you?" }))).toBe("NOT_FOUND");
    expect(await codeOf(trainer.trainerInsights.dismiss({ clientId, key: "readiness" }))).toBe("NOT_FOUND");
  });

  it("drops yesterday's readiness: it is for the day it was computed", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    await cast.callers.client.mind.setSharing({ level: "scores" });
    await storeInsights(clientId, addDaysToKey(cast.today, -1), [readinessRed(), plateau()]);
    expect(keysOf((await cast.callers.trainer.trainerInsights.clientInsights({ clientId })).insights)).toEqual(["plateau:back-squat"]);
    expect((await cast.callers.trainer.trainerInsights.inbox()).items.map((item) => item.key)).toEqual(["plateau:back-squat"]);
  });

  it("audits every read for the client, and puts Mind-derived reads in the client's access log once per hour", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    const { trainer, client } = cast.callers;
    await storeInsights(clientId, cast.today, [plateau(), wellbeingDown()]);
    const readsOf = () => AuditEventModel.countDocuments({ actorId: oid(cast.users.trainer.id), action: INSIGHTS_READ_ACTION, targetUserId: oid(clientId) });
    const mindLog = async () => (await client.mind.accessLog()).entries.filter((entry) => entry.viewed === INSIGHTS_MIND_VIEW);

    // Nothing Mind-derived shown (no consent): audited, but not in the Mind access log.
    await trainer.trainerInsights.clientInsights({ clientId });
    await trainer.trainerInsights.inbox();
    expect(await readsOf()).toBe(2);
    expect(await mindLog()).toEqual([]);

    await client.mind.setSharing({ level: "trends" });
    await trainer.trainerInsights.clientInsights({ clientId });
    await trainer.trainerInsights.inbox();
    await trainer.trainerInsights.clientInsights({ clientId });
    expect(await readsOf()).toBe(5);
    const log = await mindLog();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ trainerId: cast.users.trainer.id, level: "trends", viewed: INSIGHTS_MIND_VIEW });
    expect(await AuditEventModel.countDocuments({ action: TRAINER_READ_ACTION, targetUserId: oid(clientId), subjectType: "mind_insights" })).toBe(1);

    // A change of consent is logged again within the hour.
    await client.mind.setSharing({ level: "scores" });
    await trainer.trainerInsights.inbox();
    expect((await mindLog()).map((entry) => entry.level)).toEqual(["scores", "trends"]);
  });
});
