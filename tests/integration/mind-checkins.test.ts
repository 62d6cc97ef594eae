import { describe, expect, it } from "vitest";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { AuditEventModel } from "@/server/audit/audit-model";
import { checkInHistory, saveCheckIn } from "@/server/mind/checkin-service";
import { MindCheckInModel, mindCheckInId } from "@/server/mind/mind-checkin-model";
import { callerFor, onboardedMember, useDatabase, validProfile } from "./support/harness";
import { codeOf } from "./support/training";

useDatabase();

const member = onboardedMember;

const DAY_MS = 24 * 60 * 60 * 1000;
const answers = { mood: 4, energy: 3, stress: 2, sleepHours: 7.5, sleepQuality: 4 };

describe("mind daily check-in", () => {
  it("saves one check-in per day, edits it the same day, and stores the note encrypted", async () => {
    const { user, caller, today } = await member();
    expect(await caller.mind.todayCheckIn()).toEqual({ todayKey: today, checkIn: null });

    const note = "Slept badly, big deadline at work";
    const first = await caller.mind.saveCheckIn({ dayKey: today, ...answers, tags: ["work", "family"], note });
    expect(first).toMatchObject({ dayKey: today, ...answers, tags: ["work", "family"], note });

    // A replayed save with the same answers changes nothing, not even when it was last updated.
    const replay = await caller.mind.saveCheckIn({ dayKey: today, ...answers, tags: ["work", "family"], note });
    expect(replay.updatedAt).toEqual(first.updatedAt);

    // Editing the same day replaces the answers; there is still one document for the day.
    const edited = await caller.mind.saveCheckIn({ dayKey: today, ...answers, mood: 2, sleepHours: 6.25, tags: ["illness"], note: "Coming down with a cold" });
    expect(edited).toMatchObject({ mood: 2, sleepHours: 6.25, tags: ["illness"], note: "Coming down with a cold" });
    expect((await caller.mind.todayCheckIn()).checkIn).toMatchObject({ mood: 2, energy: 3, note: "Coming down with a cold" });
    expect(await MindCheckInModel.countDocuments({ userId: user.id })).toBe(1);

    // The raw document holds no plaintext note: only the AES-GCM envelope.
    const raw = await MindCheckInModel.collection.findOne({ _id: mindCheckInId(user.id, today) as never });
    expect(raw).not.toBeNull();
    expect(JSON.stringify(raw)).not.toContain("Coming down with a cold");
    expect(JSON.stringify(raw)).not.toContain("cold");
    expect(raw?.note).toMatchObject({ v: 1, kid: expect.any(String), ct: expect.any(String) });

    // Clearing the note removes it from the document.
    const cleared = await caller.mind.saveCheckIn({ dayKey: today, ...answers });
    expect(cleared).toMatchObject({ note: "", tags: [] });
    expect((await MindCheckInModel.collection.findOne({ _id: mindCheckInId(user.id, today) as never }))?.note).toBeNull();
  });

  it("refuses other days and bad answers, and changes nothing", async () => {
    const { user, caller, today } = await member();
    expect(await codeOf(caller.mind.saveCheckIn({ dayKey: addDaysToKey(today, -2), ...answers }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.saveCheckIn({ dayKey: addDaysToKey(today, 1), ...answers }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.saveCheckIn({ dayKey: today, ...answers, mood: 6 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.saveCheckIn({ dayKey: today, ...answers, stress: 0 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.saveCheckIn({ dayKey: today, ...answers, energy: 2.5 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.saveCheckIn({ dayKey: today, ...answers, sleepHours: 24.25 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.saveCheckIn({ dayKey: today, ...answers, sleepHours: 7.1 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.saveCheckIn({ dayKey: today, ...answers, tags: ["boredom" as "work"] }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.saveCheckIn({ dayKey: today, ...answers, tags: ["work", "work"] }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.mind.saveCheckIn({ dayKey: today, ...answers, note: "x".repeat(501) }))).toBe("BAD_REQUEST");
    expect(await MindCheckInModel.countDocuments({ userId: user.id })).toBe(0);

    // The limits themselves are accepted: 0 and 24 hours, all nine tags, a 500-character note.
    const allTags = ["work", "family", "illness", "travel", "exercise", "social", "weather", "money", "other"] as const;
    expect((await caller.mind.saveCheckIn({ dayKey: today, ...answers, sleepHours: 0, tags: [...allTags], note: "y".repeat(500) })).tags).toHaveLength(9);
    expect((await caller.mind.saveCheckIn({ dayKey: today, ...answers, sleepHours: 24 })).sleepHours).toBe(24);
    expect(await codeOf(caller.mind.checkInHistory({ days: 367 }))).toBe("BAD_REQUEST");
  });

  it("keeps a check-in made offline last night and sent after midnight, but never rewrites a finished day", async () => {
    const { user, caller, today } = await member();
    const yesterday = addDaysToKey(today, -1);
    const late = await caller.mind.saveCheckIn({ dayKey: yesterday, ...answers, mood: 2, note: "late night" });
    expect(late).toMatchObject({ dayKey: yesterday, mood: 2, note: "late night" });
    // The outbox replays it: answered as stored, nothing written.
    const replay = await caller.mind.saveCheckIn({ dayKey: yesterday, ...answers, mood: 2, note: "late night" });
    expect(replay.updatedAt).toEqual(late.updatedAt);
    // A change to yesterday once it is recorded is refused and changes nothing.
    expect(await codeOf(caller.mind.saveCheckIn({ dayKey: yesterday, ...answers, mood: 5 }))).toBe("BAD_REQUEST");
    expect((await MindCheckInModel.findById(mindCheckInId(user.id, yesterday)).lean())?.mood).toBe(2);
    expect((await caller.mind.todayCheckIn()).checkIn).toBeNull();
    expect((await caller.mind.checkInHistory({ days: 2 })).checkIns.map((checkIn) => checkIn.dayKey)).toEqual([yesterday]);
  });

  it("lists the member's history oldest first over the days asked for", async () => {
    const { user, caller, today } = await member();
    const now = Date.now();
    // Check-ins made on their own days, 40, 3 and 1 days ago: the service is given "now" on each day.
    const daysAgo = (days: number) => new Date(now - days * DAY_MS);
    const keyOf = (days: number) => dayKeyOf(daysAgo(days), validProfile.timeZone);
    await saveCheckIn(user, { dayKey: keyOf(40), ...answers, mood: 1 }, daysAgo(40));
    await saveCheckIn(user, { dayKey: keyOf(3), ...answers, mood: 3, note: "three days ago" }, daysAgo(3));
    await saveCheckIn(user, { dayKey: keyOf(1), ...answers, mood: 5 }, daysAgo(1));
    await caller.mind.saveCheckIn({ dayKey: today, ...answers, mood: 4 });

    const week = await caller.mind.checkInHistory({ days: 7 });
    expect(week.todayKey).toBe(today);
    expect(week.fromDayKey).toBe(addDaysToKey(today, -6));
    expect(week.checkIns.map((checkIn) => [checkIn.dayKey, checkIn.mood])).toEqual([
      [keyOf(3), 3],
      [keyOf(1), 5],
      [today, 4],
    ]);
    expect(week.checkIns[0].note).toBe("three days ago");
    expect((await caller.mind.checkInHistory({ days: 45 })).checkIns).toHaveLength(4);
    expect((await checkInHistory(user, 1)).checkIns.map((checkIn) => checkIn.dayKey)).toEqual([today]);
  });

  it("shows each member only their own check-ins, and audits every read and write", async () => {
    const alice = await member();
    const bob = await member("America/New_York");
    await alice.caller.mind.saveCheckIn({ dayKey: alice.today, ...answers, note: "Alice's private note" });

    // There is no member id to pass: Bob's calls answer with Bob's (empty) data.
    expect((await bob.caller.mind.todayCheckIn()).checkIn).toBeNull();
    const bobHistory = await bob.caller.mind.checkInHistory({ days: 366 });
    expect(bobHistory.checkIns).toEqual([]);
    expect(JSON.stringify(bobHistory)).not.toContain("Alice");
    expect((await alice.caller.mind.checkInHistory({ days: 7 })).checkIns).toHaveLength(1);
    expect(await codeOf((await callerFor(null)).mind.todayCheckIn())).toBe("UNAUTHORIZED");

    const aliceAudit = await AuditEventModel.find({ targetUserId: alice.user.id, action: /^mind\./ }).lean();
    expect(aliceAudit.map((row) => row.action).sort()).toEqual(["mind.check_in", "mind.read"]);
    expect(aliceAudit.every((row) => String(row.actorId) === alice.user.id)).toBe(true);
    expect(JSON.stringify(aliceAudit)).not.toContain("private note");
    const bobAudit = await AuditEventModel.find({ targetUserId: bob.user.id, action: "mind.read" }).lean();
    expect(bobAudit).toHaveLength(2);
  });
});
