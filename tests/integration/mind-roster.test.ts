import { afterEach, describe, expect, it, vi } from "vitest";
import { addDaysToKey, dayKeyOf, instantFromLocal } from "@/lib/dates/day-key";
import { AuditEventModel } from "@/server/audit/audit-model";
import { linkClient } from "@/server/coaching/coaching-service";
import { saveCheckIn } from "@/server/mind/checkin-service";
import { rosterWellbeingTrends } from "@/server/mind/sharing-service";
import { MindCheckInModel } from "@/server/mind/mind-checkin-model";
import type { SessionUser } from "@/server/users/user-service";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";

useDatabase();

type Scores = { mood: number; energy: number; stress: number };

// The week before (13 … 7 days ago) went well; this week (6 … 0 days ago) did not. Hand-computed:
// wellbeing (mood + energy + 6 − stress) / 3 is (4 + 4 + 4) / 3 = 4 the week before and
// (2 + 2 + 2) / 3 = 2 this week: down.
const good: Scores = { mood: 4, energy: 4, stress: 2 };
const bad: Scores = { mood: 2, energy: 2, stress: 4 };
const fallingWeeks: [number, Scores][] = [13, 11, 9, 7, 5, 3, 1, 0].map((daysAgo) => [daysAgo, daysAgo >= 7 ? good : bad]);
// The same days, all good: steady.
const steadyWeeks: [number, Scores][] = fallingWeeks.map(([daysAgo]) => [daysAgo, good]);

const ROSTER_VIEW = "Roster wellbeing signal";
const today = () => dayKeyOf(new Date(), validProfile.timeZone);

/** A client of `trainer` named `name`, with check-ins saved "on their day" (noon in their zone). */
async function client(trainer: SessionUser, name: string, checkIns: [number, Scores][]) {
  const user = await makeUser("member", name);
  const caller = await callerFor(user);
  await caller.profile.save({ ...validProfile, name });
  await linkClient(trainer.id, user.id);
  for (const [daysAgo, scores] of checkIns) {
    const dayKey = addDaysToKey(today(), -daysAgo);
    await saveCheckIn(user, { dayKey, ...scores, sleepHours: 7, sleepQuality: 3, note: "private" }, instantFromLocal(`${dayKey}T12:00`, validProfile.timeZone));
  }
  return { user, caller };
}

const rosterReads = (userId: string) => AuditEventModel.find({ targetUserId: userId, action: "mind.trainer_read", "meta.view": ROSTER_VIEW }).lean();

describe("the roster's wellbeing signal", () => {
  afterEach(() => vi.restoreAllMocks());

  it("flags only a consenting client whose shared trend is down, reads nobody else's check-ins, and stops at once when consent is withdrawn", async () => {
    const trainerUser = await makeUser("trainer", "Tara Trainer");
    const trainer = await callerFor(trainerUser);
    const falling = await client(trainerUser, "Fay Falling", fallingWeeks);
    const scoresFalling = await client(trainerUser, "Sid Scores", fallingWeeks);
    const keepsPrivate = await client(trainerUser, "Pia Private", fallingWeeks);
    const steady = await client(trainerUser, "Stu Steady", steadyWeeks);
    await falling.caller.mind.setSharing({ level: "trends" });
    await scoresFalling.caller.mind.setSharing({ level: "scores" });
    await steady.caller.mind.setSharing({ level: "trends" });
    // Pia changes nothing: sharing nothing is the default.

    const find = vi.spyOn(MindCheckInModel, "find");
    const roster = await trainer.trainerClients.roster({});
    const flagsOf = (name: string, rows = roster.rows) => rows.find((row) => row.name === name)!.flags;
    expect(flagsOf("Fay Falling")).toContainEqual({ kind: "wellbeing", reason: "Wellbeing trending down" });
    expect(flagsOf("Sid Scores")).toContainEqual({ kind: "wellbeing", reason: "Wellbeing trending down" });
    // Identical check-ins, but she shares nothing: no flag.
    expect(flagsOf("Pia Private")).toEqual([]);
    expect(flagsOf("Stu Steady")).toEqual([]);

    // The check-ins were read in one query, for the consenting clients only.
    const checkInReads = find.mock.calls.map(([filter]) => filter as { userId?: { $in?: unknown[] } }).filter((filter) => filter?.userId?.$in);
    expect(checkInReads).toHaveLength(1);
    expect(checkInReads[0].userId!.$in!.map(String).sort()).toEqual([falling.user.id, scoresFalling.user.id, steady.user.id].sort());
    find.mockRestore();

    // The same computation as the client page's overview.
    expect(await trainer.trainerMind.overview({ clientId: falling.user.id })).toMatchObject({ sharing: "trends", trend: "down" });
    expect(await trainer.trainerMind.overview({ clientId: steady.user.id })).toMatchObject({ sharing: "trends", trend: "steady" });

    // "Needs attention" holds the two falling clients who share it, nobody else.
    const attention = await trainer.trainerClients.roster({ needsAttention: true });
    expect(attention.rows.map((row) => row.name).sort()).toEqual(["Fay Falling", "Sid Scores"]);

    // Each consenting client's signal is a read in their access log, once per trainer and hour however
    // often the roster is read (twice above); Pia's data was never read.
    const log = await falling.caller.mind.accessLog();
    expect(log.entries.filter((entry) => entry.viewed === ROSTER_VIEW)).toEqual([expect.objectContaining({ trainerId: trainerUser.id, trainerName: "Tara Trainer", level: "trends" })]);
    expect((await scoresFalling.caller.mind.accessLog()).entries.filter((entry) => entry.viewed === ROSTER_VIEW).map((entry) => entry.level)).toEqual(["scores"]);
    // A read under another consent level is a new row at once; the next hour's read is one more.
    await scoresFalling.caller.mind.setSharing({ level: "trends" });
    await trainer.trainerClients.roster({});
    expect((await scoresFalling.caller.mind.accessLog()).entries.filter((entry) => entry.viewed === ROSTER_VIEW).map((entry) => entry.level)).toEqual(["trends", "scores"]);
    await rosterWellbeingTrends({ userId: trainerUser.id, role: "trainer", requestId: null, ip: null }, [{ clientId: scoresFalling.user.id, todayKey: today() }], new Date(Date.now() + 60 * 60 * 1000));
    expect((await scoresFalling.caller.mind.accessLog()).entries.filter((entry) => entry.viewed === ROSTER_VIEW)).toHaveLength(3);
    await scoresFalling.caller.mind.setSharing({ level: "scores" });
    expect(await rosterReads(keepsPrivate.user.id)).toEqual([]);
    expect((await keepsPrivate.caller.mind.accessLog()).entries).toEqual([]);
    const [row] = await rosterReads(falling.user.id);
    expect(row).toMatchObject({ actorRole: "trainer", outcome: "success", subjectType: "mind_roster_signal", meta: { level: "trends", view: ROSTER_VIEW } });

    // Fay takes her consent back: the very next roster has no flag and reads nothing more of hers.
    await falling.caller.mind.setSharing({ level: "none" });
    const findAfter = vi.spyOn(MindCheckInModel, "find");
    const after = await trainer.trainerClients.roster({});
    expect(flagsOf("Fay Falling", after.rows)).toEqual([]);
    expect(flagsOf("Sid Scores", after.rows)).toContainEqual({ kind: "wellbeing", reason: "Wellbeing trending down" });
    expect((await trainer.trainerClients.roster({ needsAttention: true })).rows.map((row) => row.name)).toEqual(["Sid Scores"]);
    const readIds = findAfter.mock.calls.flatMap(([filter]) => ((filter as { userId?: { $in?: unknown[] } })?.userId?.$in ?? []).map(String));
    expect(readIds).toContain(scoresFalling.user.id);
    expect(readIds).not.toContain(falling.user.id);
    findAfter.mockRestore();
    expect(await rosterReads(falling.user.id)).toHaveLength(1);
  });

  it("sorted by name, reads only the shown page's clients, and a search only the matching ones", async () => {
    const trainerUser = await makeUser("trainer", "Nora Names");
    const trainer = await callerFor(trainerUser);
    const first = await client(trainerUser, "Ann Alpha", fallingWeeks);
    const second = await client(trainerUser, "Ben Beta", fallingWeeks);
    await first.caller.mind.setSharing({ level: "trends" });
    await second.caller.mind.setSharing({ level: "trends" });

    const page = await trainer.trainerClients.roster({ sort: "name", pageSize: 1 });
    expect(page.rows.map((row) => [row.name, row.flags.map((flag) => flag.kind)])).toEqual([["Ann Alpha", ["wellbeing"]]]);
    expect(await rosterReads(first.user.id)).toHaveLength(1);
    expect(await rosterReads(second.user.id)).toHaveLength(0);

    const found = await trainer.trainerClients.roster({ search: "beta" });
    expect(found.rows.map((row) => [row.name, row.flags.map((flag) => flag.kind)])).toEqual([["Ben Beta", ["wellbeing"]]]);
    expect(await rosterReads(first.user.id)).toHaveLength(1);
    expect(await rosterReads(second.user.id)).toHaveLength(1);
  });
});
