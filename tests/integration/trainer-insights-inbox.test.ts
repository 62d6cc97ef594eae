import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { MessageModel } from "@/server/messaging/messaging-models";
import { TrainerInboxActionModel } from "@/server/trainer-inbox/trainer-inbox-models";
import { linkClient } from "@/server/coaching/coaching-service";
import { coachingCast } from "./support/coaching";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { codeOf } from "./support/training";
import { adherenceDrop, insight, personalRecord, plateau, storeInsights } from "./trainer-insights-fixtures";

useDatabase();

const oid = (id: string) => new Types.ObjectId(id);

describe("the exception inbox", () => {
  it("lists the exception kinds across all the trainer's clients, most important first, with names, evidence and a drafted message", async () => {
    const cast = await coachingCast();
    const second = await makeUser("member", "Zed Second");
    const secondCaller = await callerFor(second);
    await secondCaller.profile.save({ ...validProfile, name: "Zed Second", units: { weight: "kg", height: "cm" }, healthNotes: null });
    await linkClient(cast.users.trainer.id, second.id);
    const clientId = cast.users.client.id;
    await storeInsights(clientId, cast.today, [
      plateau(),
      // Not an exception: stays on the client's page only.
      insight({ key: "habit_strength_falling:water", kind: "habit_strength_falling", priority: 99 }),
      insight({ key: "nutrition_off_target", kind: "nutrition_off_target", priority: 98 }),
    ]);
    await storeInsights(second.id, cast.today, [personalRecord(), adherenceDrop()]);

    const inbox = await cast.callers.trainer.trainerInsights.inbox();
    expect(inbox.clientCount).toBe(2);
    expect(inbox.items.map((item) => item.id)).toEqual([`${second.id}:adherence_drop`, `${clientId}:plateau:back-squat`, `${second.id}:personal_record:bench-press`]);
    const pr = inbox.items[2];
    expect(pr).toMatchObject({ clientName: "Zed Second", kind: "personal_record", kindLabel: "Personal record", title: "Personal record: Bench press", handled: null });
    // The second client weighs in kg.
    expect(pr.evidence).toEqual([{ label: "Estimated 1RM", value: 80, unit: "kg", text: "80 kg" }]);
    expect(pr.draft.startsWith("Zed, congratulations on your new personal record on Bench press!")).toBe(true);
    expect(pr.draft).toContain("Estimated 1RM: 80 kg.");
    // Signed with the trainer's first name.
    expect(pr.draft.endsWith("\n\nTess")).toBe(true);
    // The client page shows every kind, the non-exceptions included.
    expect((await cast.callers.trainer.trainerInsights.clientInsights({ clientId })).insights.map((item) => item.key)).toEqual(["habit_strength_falling:water", "nutrition_off_target", "plateau:back-squat"]);
  });

  it("is empty, not an error, for a trainer without clients or insights", async () => {
    const trainer = await callerFor(await makeUser("trainer", "New Trainer"));
    expect(await trainer.trainerInsights.inbox()).toEqual({ items: [], clientCount: 0 });
    const cast = await coachingCast();
    expect(await cast.callers.trainer.trainerInsights.inbox()).toEqual({ items: [], clientCount: 1 });
    expect(await cast.callers.trainer.trainerInsights.clientInsights({ clientId: cast.users.client.id })).toMatchObject({ insights: [], computedAt: null });
  });
});

describe("sending a drafted message", () => {
  it("puts the edited text into the client's conversation exactly once, however often it is replayed, and the item leaves the inbox", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    const { trainer, client } = cast.callers;
    await storeInsights(clientId, cast.today, [plateau(), adherenceDrop()]);
    const [item] = (await trainer.trainerInsights.inbox()).items.filter((candidate) => candidate.key === "plateau:back-squat");
    const text = `${item.draft}\n\nP.S. Let's talk on Monday.`;

    // Two at once (a double click), then a replay with other text.
    const [first, second] = await Promise.all([
      trainer.trainerInsights.send({ clientId, key: item.key, text: `  ${text}  ` }),
      trainer.trainerInsights.send({ clientId, key: item.key, text }),
    ]);
    const replay = await trainer.trainerInsights.send({ clientId, key: item.key, text: "Something else entirely" });
    expect(first.messageId).toBeTruthy();
    expect(new Set([first.messageId, second.messageId, replay.messageId])).toEqual(new Set([first.messageId]));
    expect([first.replayed, second.replayed].sort()).toEqual([false, true]);
    expect(replay).toMatchObject({ id: item.id, action: "sent", replayed: true });

    expect(await MessageModel.countDocuments({ clientId: oid(clientId) })).toBe(1);
    // The client reads it in her conversation, trimmed, as the trainer wrote it; it counts as unread for her.
    const thread = await client.messages.thread({});
    expect(thread.messages.map((message) => message.text)).toEqual([text]);
    expect((await client.messages.unreadCount()).total).toBe(1);
    // The trainer's Messages screen shows the same message.
    expect((await trainer.messages.thread({ clientId })).messages.map((message) => ({ text: message.text, mine: message.mine }))).toEqual([{ text, mine: true }]);

    // Handled: out of the inbox, marked on the client page, and it stays so after a recompute with the same key.
    expect((await trainer.trainerInsights.inbox()).items.map((candidate) => candidate.key)).toEqual(["adherence_drop"]);
    await storeInsights(clientId, cast.today, [plateau({ evidence: [{ label: "Estimated 1RM", value: 101, unit: "kg", decimals: 1 }] }), adherenceDrop()]);
    expect((await trainer.trainerInsights.inbox()).items.map((candidate) => candidate.key)).toEqual(["adherence_drop"]);
    const onPage = (await trainer.trainerInsights.clientInsights({ clientId })).insights.find((candidate) => candidate.key === item.key)!;
    expect(onPage.handled?.action).toBe("sent");
    expect(await codeOf(trainer.trainerInsights.dismiss({ clientId, key: item.key }))).toBe("OK");
    expect((await TrainerInboxActionModel.findById(`${cast.users.trainer.id}:${clientId}:${item.key}`).lean())!.action).toBe("sent");
  });

  it("validates its input (text 1–2000 characters, trimmed) and refuses what is not there", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    const { trainer } = cast.callers;
    await storeInsights(clientId, cast.today, [plateau()]);
    expect(await codeOf(trainer.trainerInsights.send({ clientId, key: "plateau:back-squat", text: "   " }))).toBe("BAD_REQUEST");
    expect(await codeOf(trainer.trainerInsights.send({ clientId, key: "plateau:back-squat", text: "x".repeat(2001) }))).toBe("BAD_REQUEST");
    expect(await codeOf(trainer.trainerInsights.send({ clientId: "not-an-id", key: "plateau:back-squat", text: "Hi" }))).toBe("BAD_REQUEST");
    expect(await codeOf(trainer.trainerInsights.send({ clientId, key: "plateau:deadlift", text: "Hi" }))).toBe("NOT_FOUND");
    expect(await codeOf(trainer.trainerInsights.dismiss({ clientId, key: "" }))).toBe("BAD_REQUEST");
    // Nothing was sent or claimed by the refused calls.
    expect(await MessageModel.countDocuments({ clientId: oid(clientId) })).toBe(0);
    expect(await TrainerInboxActionModel.countDocuments({ clientId: oid(clientId) })).toBe(0);
    // 2000 characters is fine.
    expect(await codeOf(trainer.trainerInsights.send({ clientId, key: "plateau:back-squat", text: "x".repeat(2000) }))).toBe("OK");
  });
});

describe("dismissing", () => {
  it("keeps a dismissed item out of the inbox after a recompute with the same key, and a dismissed item cannot be sent", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    const { trainer } = cast.callers;
    await storeInsights(clientId, cast.today, [plateau(), personalRecord()]);

    const dismissed = await trainer.trainerInsights.dismiss({ clientId, key: "personal_record:bench-press" });
    expect(dismissed).toEqual({ id: `${clientId}:personal_record:bench-press`, action: "dismissed", replayed: false, messageId: null });
    expect(await trainer.trainerInsights.dismiss({ clientId, key: "personal_record:bench-press" })).toMatchObject({ action: "dismissed", replayed: true });
    expect((await trainer.trainerInsights.inbox()).items.map((item) => item.key)).toEqual(["plateau:back-squat"]);

    // The engine runs again: new numbers, a newer run, the same finding.
    await storeInsights(clientId, cast.today, [plateau(), personalRecord({ evidence: [{ label: "Estimated 1RM", value: 82.5, unit: "kg", decimals: 1 }] })], new Date(Date.now() + 60_000));
    expect((await trainer.trainerInsights.inbox()).items.map((item) => item.key)).toEqual(["plateau:back-squat"]);
    // A new finding (another key) does come in.
    await storeInsights(clientId, cast.today, [plateau(), personalRecord(), personalRecord({ key: "personal_record:deadlift", facts: { exerciseName: "Deadlift" } })]);
    expect((await trainer.trainerInsights.inbox()).items.map((item) => item.key)).toEqual(["plateau:back-squat", "personal_record:deadlift"]);

    expect(await codeOf(trainer.trainerInsights.send({ clientId, key: "personal_record:bench-press", text: "Congrats!" }))).toBe("CONFLICT");
    expect(await MessageModel.countDocuments({ clientId: oid(clientId) })).toBe(0);
  });

  it("is per trainer: a client's next trainer sees the item open again", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    await storeInsights(clientId, cast.today, [plateau()]);
    await cast.callers.trainer.trainerInsights.dismiss({ clientId, key: "plateau:back-squat" });
    await cast.callers.trainer.trainerClients.end({ clientId });
    const next = await makeUser("trainer", "Nina Next");
    await linkClient(next.id, clientId);
    expect((await (await callerFor(next)).trainerInsights.inbox()).items.map((item) => item.key)).toEqual(["plateau:back-squat"]);
    // The former trainer no longer reaches the client at all.
    expect(await codeOf(cast.callers.trainer.trainerInsights.clientInsights({ clientId }))).toBe("FORBIDDEN");
  });
});
