import { describe, expect, it } from "vitest";
import { defaultSupportResources } from "@/lib/mind/support-resources";
import { phq2PositiveMessage, screenerDisclaimer, who5DropMessage, who5LowMessage } from "@/lib/mind/scoring";
import { AuditEventModel } from "@/server/audit/audit-model";
import { MindQuestionnaireModel } from "@/server/mind/questionnaire-model";
import { onboardedMember, useDatabase } from "./support/harness";
import { codeOf } from "./support/training";

useDatabase();

const member = onboardedMember;

describe("mind questionnaires", () => {
  it("scores WHO-5, flags a low score and a drop against the previous result, with resources", async () => {
    const { user, caller, today } = await member();
    expect(await caller.mind.questionnaireStatus()).toEqual({
      todayKey: today,
      offers: [{ instrument: "who5", due: true, lastDayKey: null }],
      screenersEnabled: { phq2: false, gad2: false },
    });

    // 5+5+4+4+4 = 22 raw, 88 %: nothing flagged, no resources.
    const good = await caller.mind.submitQuestionnaire({ instrument: "who5", answers: [5, 5, 4, 4, 4] });
    expect(good.result).toMatchObject({ instrument: "who5", dayKey: today, answers: [5, 5, 4, 4, 4], score: 22, percentage: 88, flags: { low: false, drop: false, positive: false } });
    expect(good).toMatchObject({ flagged: false, messages: [], disclaimer: null, resources: [] });
    expect(await caller.mind.questionnaireStatus()).toMatchObject({ offers: [{ instrument: "who5", due: false, lastDayKey: today }] });

    // 19 raw, 76 %: 12 points below 88 is a drop (≥ 10), and 19 is not low (≥ 13).
    const dip = await caller.mind.submitQuestionnaire({ instrument: "who5", answers: [4, 4, 4, 4, 3] });
    expect(dip.result).toMatchObject({ score: 19, percentage: 76, flags: { low: false, drop: true } });
    expect(dip).toMatchObject({ flagged: true, messages: [who5DropMessage] });
    expect(dip.resources).toEqual(defaultSupportResources);

    // 18 raw, 72 %: only 4 points below 76, no flag.
    const steady = await caller.mind.submitQuestionnaire({ instrument: "who5", answers: [4, 4, 4, 4, 2] });
    expect(steady).toMatchObject({ flagged: false, result: { score: 18, percentage: 72, flags: { low: false, drop: false } } });

    // 13 raw is the lowest score that is not low; 52 % is 20 points below 72: a drop.
    const boundary = await caller.mind.submitQuestionnaire({ instrument: "who5", answers: [3, 3, 3, 2, 2] });
    expect(boundary.result).toMatchObject({ score: 13, percentage: 52, flags: { low: false, drop: true } });

    // 12 raw, 48 %: low (below 13), and only 4 points below 52, so no drop.
    const low = await caller.mind.submitQuestionnaire({ instrument: "who5", answers: [3, 3, 2, 2, 2] });
    expect(low.result).toMatchObject({ score: 12, percentage: 48, flags: { low: true, drop: false } });
    expect(low).toMatchObject({ flagged: true, messages: [who5LowMessage] });
    expect(low.resources.map((resource) => resource.url)).toContain("https://findahelpline.com");
    expect(low.resources[0].description).toMatch(/local emergency number/);

    // 2 raw, 8 %: low and a 40-point drop, both messages.
    const both = await caller.mind.submitQuestionnaire({ instrument: "who5", answers: [0, 1, 0, 1, 0] });
    expect(both.result.flags).toEqual({ low: true, drop: true, positive: false });
    expect(both.messages).toEqual([who5LowMessage, who5DropMessage]);

    const history = await caller.mind.questionnaireHistory({ instrument: "who5" });
    expect(history.results.map((result) => result.percentage)).toEqual([88, 76, 72, 52, 48, 8]);
    expect(await MindQuestionnaireModel.countDocuments({ userId: user.id })).toBe(6);
  });

  it("refuses PHQ-2 and GAD-2 until the member enables them, then flags at 3", async () => {
    const { user, caller } = await member();
    expect(await caller.mind.settings()).toEqual({ screenersEnabled: { phq2: false, gad2: false } });
    expect(await codeOf(caller.mind.submitQuestionnaire({ instrument: "phq2", answers: [2, 1] }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.submitQuestionnaire({ instrument: "gad2", answers: [0, 0] }))).toBe("BAD_REQUEST");
    await expect(caller.mind.submitQuestionnaire({ instrument: "phq2", answers: [2, 1] })).rejects.toThrow(/PHQ-2 is off/);
    expect(await MindQuestionnaireModel.countDocuments({ userId: user.id })).toBe(0);

    expect(await caller.mind.saveSettings({ screenersEnabled: { phq2: true, gad2: false } })).toEqual({ screenersEnabled: { phq2: true, gad2: false } });
    const status = await caller.mind.questionnaireStatus();
    expect(status.offers.map((offer) => [offer.instrument, offer.due])).toEqual([["who5", true], ["phq2", true]]);

    // 1 + 1 = 2: below the cut-off. The disclaimer is always there for a screener.
    const negative = await caller.mind.submitQuestionnaire({ instrument: "phq2", answers: [1, 1] });
    expect(negative).toMatchObject({ flagged: false, messages: [], resources: [], disclaimer: screenerDisclaimer, result: { score: 2, percentage: null, flags: { positive: false } } });
    // 2 + 1 = 3: positive.
    const positive = await caller.mind.submitQuestionnaire({ instrument: "phq2", answers: [2, 1] });
    expect(positive).toMatchObject({ flagged: true, messages: [phq2PositiveMessage], disclaimer: screenerDisclaimer, result: { score: 3, flags: { positive: true } } });
    expect(positive.resources).toEqual(defaultSupportResources);
    // GAD-2 stays off.
    expect(await codeOf(caller.mind.submitQuestionnaire({ instrument: "gad2", answers: [3, 3] }))).toBe("BAD_REQUEST");
    expect((await caller.mind.questionnaireHistory({ instrument: "phq2" })).results.map((result) => result.score)).toEqual([2, 3]);

    // Turning it off again hides and refuses it.
    await caller.mind.saveSettings({ screenersEnabled: { phq2: false, gad2: false } });
    expect((await caller.mind.questionnaireStatus()).offers.map((offer) => offer.instrument)).toEqual(["who5"]);
    expect(await codeOf(caller.mind.submitQuestionnaire({ instrument: "phq2", answers: [0, 0] }))).toBe("BAD_REQUEST");
  });

  it("refuses answers that do not fit the instrument and stores nothing", async () => {
    const { user, caller } = await member();
    await caller.mind.saveSettings({ screenersEnabled: { phq2: true, gad2: true } });
    const bad = [
      { instrument: "who5" as const, answers: [5, 5, 5, 5] },
      { instrument: "who5" as const, answers: [5, 5, 5, 5, 5, 5] },
      { instrument: "who5" as const, answers: [6, 5, 5, 5, 5] },
      { instrument: "who5" as const, answers: [-1, 5, 5, 5, 5] },
      { instrument: "who5" as const, answers: [2.5, 5, 5, 5, 5] },
      { instrument: "phq2" as const, answers: [4, 0] },
      { instrument: "gad2" as const, answers: [1] },
      { instrument: "phq9" as "phq2", answers: [1, 1] },
    ];
    for (const request of bad) expect(await codeOf(caller.mind.submitQuestionnaire(request))).toBe("BAD_REQUEST");
    expect(await MindQuestionnaireModel.countDocuments({ userId: user.id })).toBe(0);
    expect(await codeOf(caller.mind.questionnaireHistory({ instrument: "phq9" as "phq2" }))).toBe("BAD_REQUEST");
  });

  it("shows each member only their own results, and audits without answers", async () => {
    const alice = await member();
    const bob = await member("America/New_York");
    await alice.caller.mind.saveSettings({ screenersEnabled: { phq2: true, gad2: true } });
    const submitted = await alice.caller.mind.submitQuestionnaire({ instrument: "who5", answers: [1, 2, 3, 1, 2] });
    await alice.caller.mind.submitQuestionnaire({ instrument: "gad2", answers: [3, 2] });

    // No member id in any input: Bob sees his own empty history, defaults and a due WHO-5.
    expect((await bob.caller.mind.questionnaireHistory({ instrument: "who5" })).results).toEqual([]);
    expect((await bob.caller.mind.questionnaireHistory({ instrument: "gad2" })).results).toEqual([]);
    expect(await bob.caller.mind.settings()).toEqual({ screenersEnabled: { phq2: false, gad2: false } });
    expect((await bob.caller.mind.questionnaireStatus()).offers).toEqual([{ instrument: "who5", due: true, lastDayKey: null }]);
    expect(await codeOf(bob.caller.mind.submitQuestionnaire({ instrument: "gad2", answers: [0, 0] }))).toBe("BAD_REQUEST");
    expect((await alice.caller.mind.questionnaireHistory({ instrument: "who5" })).results.map((result) => result.id)).toEqual([submitted.result.id]);

    const audit = await AuditEventModel.find({ targetUserId: alice.user.id, action: /^mind\./ }).sort({ _id: 1 }).lean();
    expect(audit.map((row) => row.action)).toEqual(["mind.settings", "mind.questionnaire", "mind.questionnaire", "mind.read"]);
    const submitRows = audit.filter((row) => row.action === "mind.questionnaire");
    expect(submitRows.map((row) => row.meta)).toEqual([{ instrument: "who5" }, { instrument: "gad2" }]);
    expect(submitRows[0].subjectId).toBe(submitted.result.id);
    // Neither answers nor scores reach the audit log.
    expect(JSON.stringify(submitRows)).not.toMatch(/answers|score|flag/);
    expect(await AuditEventModel.countDocuments({ targetUserId: bob.user.id, action: "mind.read" })).toBe(4);
  });
});
