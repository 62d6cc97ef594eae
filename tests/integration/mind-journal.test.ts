import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addDaysToKey } from "@/lib/dates/day-key";
import { AuditEventModel } from "@/server/audit/audit-model";
import { addJournalEntry } from "@/server/mind/journal-service";
import { MindJournalModel } from "@/server/mind/journal-model";
import { callerFor, onboardedMember, useDatabase } from "./support/harness";
import { codeOf } from "./support/training";

useDatabase();

const member = onboardedMember;
const MINUTE_MS = 60_000;

describe("mind journal", () => {
  it("stores entries encrypted, adds idempotently, edits and deletes", async () => {
    const { user, caller, today } = await member();
    const entryId = randomUUID();
    const text = "Grateful for the long walk with my sister by the river";
    const added = await caller.mind.journalAdd({ entryId, dayKey: today, prompt: "gratitude", text });
    expect(added).toMatchObject({ entryId, dayKey: today, prompt: "gratitude", text });

    // The raw document holds the AES-GCM envelope only, no plaintext.
    const raw = await MindJournalModel.collection.findOne({ _id: entryId as never });
    expect(raw).not.toBeNull();
    expect(JSON.stringify(raw)).not.toContain("sister");
    expect(JSON.stringify(raw)).not.toContain(text);
    expect(raw?.text).toMatchObject({ v: 1, kid: expect.any(String), ct: expect.any(String) });

    // A replayed add (same entryId, even with other text) answers with the stored entry and writes nothing.
    const replay = await caller.mind.journalAdd({ entryId, dayKey: today, prompt: "none", text: "something else" });
    expect(replay).toEqual(added);
    expect(await MindJournalModel.countDocuments({ userId: user.id })).toBe(1);

    // Editing the text keeps the prompt unless a new one is given; the same edit again changes nothing.
    const edited = await caller.mind.journalUpdate({ entryId, text: "  Grateful for the walk, and for soup  " });
    expect(edited).toMatchObject({ entryId, prompt: "gratitude", text: "Grateful for the walk, and for soup", createdAt: added.createdAt });
    expect(edited.updatedAt.getTime()).toBeGreaterThanOrEqual(added.updatedAt.getTime());
    const again = await caller.mind.journalUpdate({ entryId, text: "Grateful for the walk, and for soup" });
    expect(again.updatedAt).toEqual(edited.updatedAt);
    const reprompted = await caller.mind.journalUpdate({ entryId, prompt: "reflection", text: "Grateful for the walk, and for soup" });
    expect(reprompted.prompt).toBe("reflection");
    const editedRaw = await MindJournalModel.collection.findOne({ _id: entryId as never });
    expect(JSON.stringify(editedRaw)).not.toContain("soup");
    expect((await caller.mind.journalList({})).entries.map((entry) => entry.text)).toEqual(["Grateful for the walk, and for soup"]);

    expect(await caller.mind.journalDelete({ entryId })).toEqual({ entryId, deleted: true });
    expect(await caller.mind.journalDelete({ entryId })).toEqual({ entryId, deleted: false });
    // What is left is a tombstone without any text.
    expect(await MindJournalModel.countDocuments({ userId: user.id, deletedAt: { $exists: false } })).toBe(0);
    expect(await codeOf(caller.mind.journalUpdate({ entryId, text: "back?" }))).toBe("NOT_FOUND");
    expect((await MindJournalModel.collection.findOne({ _id: entryId as never }))?.text).toBeUndefined();
  });

  it("keeps a deleted entry deleted: a late replay of its add writes nothing, and no text stays in the database", async () => {
    const { user, caller, today } = await member();
    const entryId = randomUUID();
    const keptId = randomUUID();
    const text = "Worried about the knee scan on Thursday";
    const added = await caller.mind.journalAdd({ entryId, dayKey: today, prompt: "got_in_the_way", text });
    await caller.mind.journalAdd({ entryId: keptId, dayKey: today, text: "Kept: a calm evening walk" });
    const before = await MindJournalModel.collection.findOne({ _id: entryId as never });
    const ciphertext = (before?.text as { ct: string }).ct;

    expect(await caller.mind.journalDelete({ entryId })).toEqual({ entryId, deleted: true });
    const tombstone = await MindJournalModel.collection.findOne({ _id: entryId as never });
    expect(tombstone).toMatchObject({ _id: entryId, deletedAt: expect.any(Date) });
    expect(tombstone).not.toHaveProperty("text");
    expect(JSON.stringify(tombstone)).not.toContain(ciphertext);
    expect(JSON.stringify(tombstone)).not.toContain("knee");

    // The phone's outbox replays the add late: no error (nothing for the member to see as refused), no text, nothing written.
    const replay = await caller.mind.journalAdd({ entryId, dayKey: today, prompt: "got_in_the_way", text });
    expect(replay).toMatchObject({ entryId, text: "", createdAt: added.createdAt });
    const afterReplay = await MindJournalModel.collection.findOne({ _id: entryId as never });
    expect(afterReplay).toEqual(tombstone);
    expect(await MindJournalModel.countDocuments({ userId: user.id })).toBe(2);

    // Reads and edits skip it; deleting it again changes nothing.
    expect((await caller.mind.journalList({})).entries.map((entry) => entry.entryId)).toEqual([keptId]);
    expect((await caller.mind.journalSearch({ query: "knee" })).entries).toEqual([]);
    expect((await caller.mind.journalSearch({ query: "e" })).entries.map((entry) => entry.entryId)).toEqual([keptId]);
    expect(await codeOf(caller.mind.journalUpdate({ entryId, text: "Brought back?" }))).toBe("NOT_FOUND");
    expect(await caller.mind.journalDelete({ entryId })).toEqual({ entryId, deleted: false });
    expect(await MindJournalModel.collection.findOne({ _id: entryId as never })).toEqual(tombstone);

    // Another member's replay of the same id is still refused, tombstone or not.
    const other = await member();
    expect(await codeOf(other.caller.mind.journalAdd({ entryId, dayKey: other.today, text: "mine" }))).toBe("CONFLICT");
  });

  it("refuses bad input and writes nothing", async () => {
    const { user, caller, today } = await member();
    const ok = { entryId: randomUUID(), dayKey: today, text: "fine" };
    expect(await codeOf(caller.mind.journalAdd({ ...ok, text: "   " }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.journalAdd({ ...ok, text: "x".repeat(10_001) }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.journalAdd({ ...ok, entryId: "not-a-uuid" }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.journalAdd({ ...ok, prompt: "dreams" as "none" }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.journalAdd({ ...ok, dayKey: addDaysToKey(today, 2) }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.journalList({ cursor: "garbage" }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.journalSearch({ query: "  " }))).toBe("BAD_REQUEST");
    expect(await MindJournalModel.countDocuments({ userId: user.id })).toBe(0);
    // The limit itself is accepted, and the prompt defaults to none.
    expect(await caller.mind.journalAdd({ ...ok, text: "y".repeat(10_000) })).toMatchObject({ prompt: "none", text: "y".repeat(10_000) });
  });

  it("pages newest first and searches case-insensitively through the decrypting path", async () => {
    const { user, caller, today } = await member();
    const base = Date.now() - 10 * MINUTE_MS;
    const texts = ["Monday: tired after work", "Tuesday: great squat session", "Wednesday: WORK stress again", "Thursday: slept well", "Friday: pizza with friends"];
    const ids: string[] = [];
    for (const [index, text] of texts.entries()) {
      const entryId = randomUUID();
      ids.push(entryId);
      await addJournalEntry(user, { entryId, dayKey: today, text }, new Date(base + index * MINUTE_MS));
    }

    const first = await caller.mind.journalList({ limit: 2 });
    expect(first.entries.map((entry) => entry.text)).toEqual([texts[4], texts[3]]);
    expect(first.nextCursor).not.toBeNull();
    const second = await caller.mind.journalList({ limit: 2, cursor: first.nextCursor });
    expect(second.entries.map((entry) => entry.text)).toEqual([texts[2], texts[1]]);
    const third = await caller.mind.journalList({ limit: 2, cursor: second.nextCursor });
    expect(third.entries.map((entry) => entry.entryId)).toEqual([ids[0]]);
    expect(third.nextCursor).toBeNull();

    const work = await caller.mind.journalSearch({ query: " work " });
    expect(work.entries.map((entry) => entry.text)).toEqual([texts[2], texts[0]]);
    expect((await caller.mind.journalSearch({ query: "SQUAT" })).entries.map((entry) => entry.entryId)).toEqual([ids[1]]);
    expect((await caller.mind.journalSearch({ query: "holiday" })).entries).toEqual([]);

    // Each search is audited with its result count only: no query, no text.
    const searches = await AuditEventModel.find({ targetUserId: user.id, action: "mind.journal_search" }).sort({ at: 1 }).lean();
    expect(searches.map((row) => row.meta)).toEqual([{ results: 2 }, { results: 1 }, { results: 0 }]);
    expect(searches.every((row) => String(row.actorId) === user.id)).toBe(true);
  });

  it("keeps each member's journal to themselves, and audits every call without the text", async () => {
    const alice = await member();
    const bob = await member("America/New_York");
    const entryId = randomUUID();
    await alice.caller.mind.journalAdd({ entryId, dayKey: alice.today, prompt: "got_in_the_way", text: "Alice's secret worry" });

    expect((await bob.caller.mind.journalList({})).entries).toEqual([]);
    expect((await bob.caller.mind.journalSearch({ query: "secret" })).entries).toEqual([]);
    expect(await codeOf(bob.caller.mind.journalUpdate({ entryId, text: "Bob was here" }))).toBe("NOT_FOUND");
    expect(await bob.caller.mind.journalDelete({ entryId })).toEqual({ entryId, deleted: false });
    // Bob replaying Alice's entry id cannot read or overwrite her entry.
    expect(await codeOf(bob.caller.mind.journalAdd({ entryId, dayKey: bob.today, text: "mine now" }))).toBe("CONFLICT");
    expect((await alice.caller.mind.journalList({})).entries).toMatchObject([{ entryId, text: "Alice's secret worry" }]);
    expect(await codeOf((await callerFor(null)).mind.journalList({}))).toBe("UNAUTHORIZED");

    await alice.caller.mind.journalUpdate({ entryId, text: "Alice's secret worry, smaller now" });
    await alice.caller.mind.journalSearch({ query: "worry" });
    await alice.caller.mind.journalDelete({ entryId });
    const aliceAudit = await AuditEventModel.find({ targetUserId: alice.user.id, action: /^mind\.journal_/ }).sort({ at: 1, _id: 1 }).lean();
    expect(aliceAudit.map((row) => row.action)).toEqual(["mind.journal_add", "mind.journal_list", "mind.journal_update", "mind.journal_search", "mind.journal_delete"]);
    expect(aliceAudit.every((row) => String(row.actorId) === alice.user.id)).toBe(true);
    expect(JSON.stringify(aliceAudit)).not.toContain("worry");
    const bobAudit = await AuditEventModel.find({ targetUserId: bob.user.id, action: /^mind\.journal_/ }).lean();
    expect(bobAudit.map((row) => row.action).sort()).toEqual(["mind.journal_delete", "mind.journal_list", "mind.journal_search"]);
  });
});
