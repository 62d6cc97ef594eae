import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEventModel } from "@/server/audit/audit-model";
import { endLink, linkClient } from "@/server/coaching/coaching-service";
import { ConversationModel, ConversationReadModel, MessageModel, WorkoutCommentModel } from "@/server/messaging/messaging-models";
import { PushSubscriptionModel } from "@/server/push/push-subscription-model";
import { coachingCast, expectOnlyTheClientsTrainer } from "./support/coaching";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { decryptPush, LocalPushService } from "./support/push-service";
import { codeOf } from "./support/training";

useDatabase();

const push = new LocalPushService();
beforeAll(() => push.start());
afterAll(() => push.stop());

const id = () => randomUUID();
const auditRows = (actorId: string, action: string) => AuditEventModel.find({ actorId: new Types.ObjectId(actorId), action }).lean();

describe("messages between a trainer and a client", () => {
  it("sends and receives both ways, with read receipts and unread counts on both sides", async () => {
    const cast = await coachingCast();
    const { trainer, client } = cast.callers;
    const clientId = cast.users.client.id;

    expect(await trainer.messages.unreadCount()).toEqual({ total: 0, byClient: [] });
    const hello = await trainer.messages.send({ clientId, text: "  Great squats yesterday!  ", clientMessageId: id() });
    expect(hello).toMatchObject({ mine: true, text: "Great squats yesterday!", readByOther: false, replayed: false, senderId: cast.users.trainer.id });

    // The member: one unread message from their trainer, shown in their conversation list.
    expect(await client.messages.unreadCount()).toEqual({ total: 1, byClient: [] });
    const [summary] = await client.messages.conversations();
    expect(summary).toMatchObject({ clientId, trainerId: cast.users.trainer.id, name: "Tess Trainer", unread: 1, lastMessage: { preview: "Great squats yesterday!", mine: false } });
    const thread = await client.messages.thread({});
    expect(thread.other).toEqual({ id: cast.users.trainer.id, name: "Tess Trainer" });
    expect(thread.messages).toEqual([expect.objectContaining({ id: hello.id, mine: false, text: "Great squats yesterday!" })]);

    await client.messages.markRead({});
    expect(await client.messages.unreadCount()).toEqual({ total: 0, byClient: [] });
    // The trainer now sees "Seen" on their message.
    expect((await trainer.messages.thread({ clientId })).messages[0]).toMatchObject({ id: hello.id, readByOther: true });

    const reply = await client.messages.send({ text: "Thanks! Knees felt fine.", clientMessageId: id() });
    expect(reply.readByOther).toBe(false);
    expect(await trainer.messages.unreadCount()).toEqual({ total: 1, byClient: [{ clientId, unread: 1 }] });
    const trainerList = await trainer.messages.conversations();
    expect(trainerList).toEqual([expect.objectContaining({ clientId, name: "Robin", unread: 1, lastMessage: expect.objectContaining({ preview: "Thanks! Knees felt fine.", mine: false }) })]);
    await trainer.messages.markRead({ clientId });
    expect(await trainer.messages.unreadCount()).toEqual({ total: 0, byClient: [] });
    const seen = await client.messages.thread({});
    expect(seen.messages.map((m) => [m.text, m.mine, m.readByOther])).toEqual([
      ["Thanks! Knees felt fine.", true, true],
      ["Great squats yesterday!", false, true],
    ]);

    // One conversation for the pair, whoever wrote first.
    expect(await ConversationModel.countDocuments({ _id: `${cast.users.trainer.id}:${clientId}` })).toBe(1);
    // Audited: sends and reads, ids only.
    expect(await auditRows(cast.users.trainer.id, "message.send")).toEqual([expect.objectContaining({ subjectId: hello.id, targetUserId: new Types.ObjectId(clientId) })]);
    expect((await auditRows(cast.users.client.id, "message.read")).length).toBeGreaterThanOrEqual(2);
    const everyRow = JSON.stringify(await AuditEventModel.find({ action: /^message\./ }).lean());
    expect(everyRow).not.toContain("Great squats");
    expect(everyRow).not.toContain("Knees");
  });

  it("keeps each side's read mark in its own document, so marks at once never undo each other; marks only move forward", async () => {
    const cast = await coachingCast();
    const { trainer, client } = cast.callers;
    const clientId = cast.users.client.id;
    const conversationId = `${cast.users.trainer.id}:${clientId}`;
    await trainer.messages.send({ clientId, text: "Check-in?", clientMessageId: id() });
    const last = await client.messages.send({ text: "All good", clientMessageId: id() });

    // Both sides mark at once (repeatedly, as two tabs would): each lands in its own document.
    await Promise.all([trainer.messages.markRead({ clientId }), client.messages.markRead({}), trainer.messages.markRead({ clientId }), client.messages.markRead({})]);
    const marks = await ConversationReadModel.find({ conversationId }).sort({ _id: 1 }).lean();
    expect(marks.map((mark) => [mark._id, mark.side, mark.lastReadAt.getTime()])).toEqual([
      [`${conversationId}:client`, "client", last.createdAt.getTime()],
      [`${conversationId}:trainer`, "trainer", last.createdAt.getTime()],
    ]);
    // The conversation document holds no marks any more (nothing there for two writers to overwrite).
    const conversation = await ConversationModel.collection.findOne({ _id: conversationId as never });
    expect(Object.keys(conversation!).sort()).toEqual(["_id", "clientId", "createdAt", "trainerId"]);
    expect(await trainer.messages.unreadCount()).toEqual({ total: 0, byClient: [] });
    expect(await client.messages.unreadCount()).toEqual({ total: 0, byClient: [] });
    expect((await trainer.messages.thread({ clientId })).messages.map((m) => m.readByOther)).toEqual([true, true]);

    // Another process already moved the trainer's mark further: marking again never moves it back.
    const later = new Date(last.createdAt.getTime() + 60_000);
    await ConversationReadModel.updateOne({ _id: `${conversationId}:trainer` }, { $set: { lastReadAt: later } });
    expect((await trainer.messages.markRead({ clientId })).lastReadAt).toEqual(later);

    // A new message from the client is unread for the trainer only until the trainer's mark passes it.
    await MessageModel.updateOne({ _id: last.id }, { $set: { createdAt: new Date(later.getTime() + 1) } });
    expect(await trainer.messages.unreadCount()).toEqual({ total: 1, byClient: [{ clientId, unread: 1 }] });
    expect((await trainer.messages.markRead({ clientId })).lastReadAt).toEqual(new Date(later.getTime() + 1));
    expect(await trainer.messages.unreadCount()).toEqual({ total: 0, byClient: [] });
  });

  it("the trainer's conversation page takes the client's name from a one-message thread read", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    // No messages yet: the name is still there.
    expect((await cast.callers.trainer.messages.thread({ clientId, limit: 1 })).other).toEqual({ id: clientId, name: "Robin" });
    await expect(cast.callers.otherTrainer.messages.thread({ clientId, limit: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("stores message text encrypted at rest", async () => {
    const cast = await coachingCast();
    const sent = await cast.callers.trainer.messages.send({ clientId: cast.users.client.id, text: "Your back pain: skip deadlifts", clientMessageId: id() });
    const raw = await MessageModel.collection.findOne({ _id: sent.id as never });
    expect(JSON.stringify(raw)).not.toContain("deadlifts");
    expect(raw!.text).toMatchObject({ v: 1, kid: "test1", iv: expect.any(String), tag: expect.any(String), ct: expect.any(String) });
  });

  it("pages 120 messages as 50, 50 and 20, newest first, with no gaps or duplicates", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    const sent: string[] = [];
    for (let n = 0; n < 120; n++) {
      const caller = n % 3 === 0 ? cast.callers.client : cast.callers.trainer;
      const message = await caller.messages.send({ clientId: n % 3 === 0 ? undefined : clientId, text: `message ${n}`, clientMessageId: id() });
      sent.push(message.id);
    }
    const pages = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof cast.callers.trainer.messages.thread>> = await cast.callers.trainer.messages.thread({ clientId, cursor });
      pages.push(page.messages);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((page) => page.length)).toEqual([50, 50, 20]);
    const seen = pages.flat();
    expect(seen.map((m) => m.id)).toEqual([...sent].reverse());
    expect(seen.map((m) => m.text).slice(0, 2)).toEqual(["message 119", "message 118"]);
    // Smaller pages from the member's side reach the same messages.
    const first = await cast.callers.client.messages.thread({ limit: 7 });
    expect(first.messages.map((m) => m.id)).toEqual([...sent].reverse().slice(0, 7));
    expect(await codeOf(cast.callers.client.messages.thread({ cursor: "not-a-cursor" }))).toBe("BAD_REQUEST");
  });

  it("stores a message once however often (or however concurrently) the phone sends it", async () => {
    const cast = await coachingCast();
    const clientMessageId = id();
    const input = { text: "Running late, start without me", clientMessageId };
    const first = await cast.callers.client.messages.send(input);
    const again = await cast.callers.client.messages.send(input);
    expect(again).toMatchObject({ id: first.id, replayed: true, text: first.text });
    const concurrentId = id();
    const results = await Promise.all(Array.from({ length: 6 }, () => cast.callers.client.messages.send({ text: "Same message", clientMessageId: concurrentId })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed).length).toBeLessThanOrEqual(1);
    const conversationId = `${cast.users.trainer.id}:${cast.users.client.id}`;
    expect(await MessageModel.countDocuments({ conversationId })).toBe(2);
    expect((await cast.callers.trainer.messages.unreadCount()).total).toBe(2);
    // The trainer reusing the member's id cannot take their message over.
    expect(await codeOf(cast.callers.trainer.messages.send({ clientId: cast.users.client.id, text: "x", clientMessageId }))).toBe("CONFLICT");
  });

  it("validates input", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    expect(await codeOf(cast.callers.trainer.messages.send({ clientId, text: "   ", clientMessageId: id() }))).toBe("BAD_REQUEST");
    expect(await codeOf(cast.callers.trainer.messages.send({ clientId, text: "x".repeat(4001), clientMessageId: id() }))).toBe("BAD_REQUEST");
    expect(await codeOf(cast.callers.trainer.messages.send({ clientId, text: "ok", clientMessageId: "no spaces allowed" }))).toBe("BAD_REQUEST");
    expect(await codeOf(cast.callers.trainer.messages.thread({ clientId, limit: 51 }))).toBe("BAD_REQUEST");
    // A trainer must say which client.
    expect(await codeOf(cast.callers.trainer.messages.thread({}))).toBe("BAD_REQUEST");
  });
});

describe("push on a new message", () => {
  it("notifies the member's devices; a gone device is deleted; a failed push never fails the message", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    const phone = push.subscription();
    const oldPhone = push.subscription();
    const flaky = push.subscription();
    for (const device of [phone, oldPhone, flaky]) await cast.callers.client.push.subscribe({ endpoint: device.endpoint, keys: device.keys });
    push.script(new URL(oldPhone.endpoint).pathname, { status: 410 });
    push.script(new URL(flaky.endpoint).pathname, { status: 500 });

    const text = `Hi Cleo! ${"Long message. ".repeat(20)}`;
    const sent = await cast.callers.trainer.messages.send({ clientId, text, clientMessageId: id() });
    expect(sent.replayed).toBe(false);
    await expect.poll(() => push.deliveredTo(phone).length).toBe(1);
    const payload = decryptPush(push.deliveredTo(phone)[0], phone) as Record<string, string>;
    expect(payload).toEqual({ type: "message", title: "Tess Trainer", body: expect.stringMatching(/^Hi Cleo! Long message\./), url: "/messages", tag: `message-${cast.users.trainer.id}:${clientId}` });
    expect(payload.body.length).toBeLessThanOrEqual(120);
    await expect.poll(() => PushSubscriptionModel.countDocuments({ endpoint: oldPhone.endpoint })).toBe(0);
    await expect.poll(async () => (await PushSubscriptionModel.findOne({ endpoint: flaky.endpoint }).lean())?.failures).toBe(1);

    // A replay stores nothing and pushes nothing more.
    await cast.callers.trainer.messages.send({ clientId, text, clientMessageId: sent.id.split(":").at(-1)! });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(push.deliveredTo(phone)).toHaveLength(1);
  });
});

describe("who may read and write a conversation", () => {
  it("trainer-side calls: only the client's own trainer", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    await expectOnlyTheClientsTrainer(cast, (caller) => caller.messages.send({ clientId, text: "Checking in", clientMessageId: id() }));
    await expectOnlyTheClientsTrainer(cast, (caller) => caller.messages.thread({ clientId }));
    await expectOnlyTheClientsTrainer(cast, (caller) => caller.messages.markRead({ clientId }));
    expect(await MessageModel.countDocuments({ clientId: new Types.ObjectId(clientId) })).toBe(1);
    const denied = await AuditEventModel.find({ action: "access.denied", subjectType: "conversation", targetUserId: new Types.ObjectId(clientId) }).lean();
    expect(denied.length).toBeGreaterThanOrEqual(9); // other trainer, the member and another member, three calls each
  });

  it("member-side calls reach only the member's own conversation; lists and counts show only one's own", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    await cast.callers.trainer.messages.send({ clientId, text: "For Cleo only", clientMessageId: id() });
    // Another member (coached by the other trainer) reads their own, empty conversation.
    expect((await cast.callers.otherMember.messages.thread({})).messages).toEqual([]);
    expect(await cast.callers.otherMember.messages.unreadCount()).toEqual({ total: 0, byClient: [] });
    expect((await cast.callers.otherMember.messages.conversations()).map((c) => c.clientId)).toEqual([cast.users.otherMember.id]);
    expect((await cast.callers.otherTrainer.messages.conversations()).map((c) => c.clientId)).toEqual([cast.users.otherMember.id]);
    expect(await cast.callers.otherTrainer.messages.unreadCount()).toEqual({ total: 0, byClient: [] });
    for (const call of [(c: typeof cast.callers.trainer) => c.messages.conversations(), (c: typeof cast.callers.trainer) => c.messages.unreadCount(), (c: typeof cast.callers.trainer) => c.messages.thread({})]) {
      expect(await codeOf(call(cast.callers.signedOut))).toBe("UNAUTHORIZED");
    }

    // A member without a trainer: nothing to list, nothing to open.
    const loner = await callerFor(await makeUser("member", "Lone Wolf"));
    await loner.profile.save({ ...validProfile, healthNotes: null });
    expect(await loner.messages.conversations()).toEqual([]);
    expect(await codeOf(loner.messages.thread({}))).toBe("NOT_FOUND");
    expect(await codeOf(loner.messages.send({ text: "hello?", clientMessageId: id() }))).toBe("NOT_FOUND");
  });

  it("once the relationship ends neither side reaches the conversation; it comes back when they link again", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    await cast.callers.trainer.messages.send({ clientId, text: "Before the break", clientMessageId: id() });
    await endLink(cast.users.trainer.id, clientId);
    expect(await codeOf(cast.callers.trainer.messages.thread({ clientId }))).toBe("FORBIDDEN");
    expect(await codeOf(cast.callers.client.messages.thread({}))).toBe("NOT_FOUND");
    expect(await cast.callers.client.messages.unreadCount()).toEqual({ total: 0, byClient: [] });
    expect(await cast.callers.trainer.messages.conversations()).toEqual([]);
    await linkClient(cast.users.trainer.id, clientId);
    expect((await cast.callers.client.messages.thread({})).messages.map((m) => m.text)).toEqual(["Before the break"]);
  });
});

describe("comments on a logged workout", () => {
  async function loggedWorkout(cast: Awaited<ReturnType<typeof coachingCast>>) {
    const sessionId = randomUUID();
    await cast.callers.client.workouts.start({ sessionId, startedAt: new Date(), name: "Lower body" });
    return sessionId;
  }

  it("the trainer comments, the member replies, both see the thread; encrypted and audited", async () => {
    const cast = await coachingCast();
    const sessionId = await loggedWorkout(cast);
    const comment = await cast.callers.trainer.workoutComments.add({ sessionId, text: "Depth looked great on set 3", clientCommentId: id() });
    expect(comment).toMatchObject({ authorRole: "trainer", authorName: "Tess Trainer", mine: true, text: "Depth looked great on set 3" });
    const replyId = id();
    await cast.callers.client.workoutComments.add({ sessionId, text: "Thanks, felt solid", clientCommentId: replyId });
    // A retried reply is stored once.
    await cast.callers.client.workoutComments.add({ sessionId, text: "Thanks, felt solid", clientCommentId: replyId });
    const memberView = await cast.callers.client.workoutComments.list({ sessionId });
    expect(memberView.map((c) => [c.authorRole, c.mine, c.text])).toEqual([
      ["trainer", false, "Depth looked great on set 3"],
      ["member", true, "Thanks, felt solid"],
    ]);
    expect((await cast.callers.trainer.workoutComments.list({ sessionId })).map((c) => c.mine)).toEqual([true, false]);

    const raw = await WorkoutCommentModel.collection.find({ sessionId }).toArray();
    expect(raw).toHaveLength(2);
    expect(JSON.stringify(raw)).not.toContain("Depth");
    expect(await auditRows(cast.users.trainer.id, "workout_comment.add")).toEqual([expect.objectContaining({ subjectId: sessionId, targetUserId: new Types.ObjectId(cast.users.client.id) })]);
    expect(await auditRows(cast.users.client.id, "workout_comment.read")).toHaveLength(1);
  });

  it("only the member and their active trainer; everyone else is refused", async () => {
    const cast = await coachingCast();
    const sessionId = await loggedWorkout(cast);
    const list = (caller: typeof cast.callers.trainer) => caller.workoutComments.list({ sessionId });
    const add = (caller: typeof cast.callers.trainer) => caller.workoutComments.add({ sessionId, text: "hi", clientCommentId: id() });
    for (const call of [list, add]) {
      expect(await codeOf(call(cast.callers.signedOut))).toBe("UNAUTHORIZED");
      expect(await codeOf(call(cast.callers.otherTrainer))).toBe("FORBIDDEN");
      expect(await codeOf(call(cast.callers.otherMember))).toBe("FORBIDDEN");
      expect(await codeOf(call(cast.callers.trainer))).toBe("OK");
      expect(await codeOf(call(cast.callers.client))).toBe("OK");
    }
    expect(await codeOf(cast.callers.trainer.workoutComments.list({ sessionId: randomUUID() }))).toBe("NOT_FOUND");
    expect(await AuditEventModel.countDocuments({ action: "access.denied", subjectType: "workout_comment", subjectId: sessionId })).toBe(4);
    // A former trainer loses access.
    await endLink(cast.users.trainer.id, cast.users.client.id);
    expect(await codeOf(list(cast.callers.trainer))).toBe("FORBIDDEN");
    expect(await codeOf(list(cast.callers.client))).toBe("OK");
  });
});
