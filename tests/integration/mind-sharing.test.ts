import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addDaysToKey, instantFromLocal } from "@/lib/dates/day-key";
import { AuditEventModel } from "@/server/audit/audit-model";
import { saveCheckIn } from "@/server/mind/checkin-service";
import { MindSettingsModel } from "@/server/mind/screener-settings-model";
import { coachingCast, type CoachingCast } from "./support/coaching";
import { useDatabase, validProfile } from "./support/harness";
import { codeOf } from "./support/training";

useDatabase();

const NOTE = "NOTE-SECRET marriage trouble";
const JOURNAL = "JOURNAL-SECRET I want to quit";

type Scores = { mood: number; energy: number; stress: number; sleepHours: number; sleepQuality: number; tags?: ("work" | "family" | "illness")[] };

/**
 * The client's check-ins, by days ago. The week before (13, 10, 8 days ago) went well, this week (4, 2
 * and 0 days ago) did not; 20 days ago lies outside every window a trainer sees.
 */
const history: [number, Scores][] = [
  [20, { mood: 1, energy: 1, stress: 5, sleepHours: 4, sleepQuality: 1 }],
  [13, { mood: 4, energy: 4, stress: 2, sleepHours: 8, sleepQuality: 4 }],
  [10, { mood: 4, energy: 3, stress: 2, sleepHours: 7.5, sleepQuality: 4 }],
  [8, { mood: 5, energy: 4, stress: 1, sleepHours: 8.25, sleepQuality: 5 }],
  [4, { mood: 2, energy: 2, stress: 4, sleepHours: 6, sleepQuality: 2, tags: ["work"] }],
  [2, { mood: 3, energy: 2, stress: 4, sleepHours: 5.5, sleepQuality: 2, tags: ["work", "family"] }],
  [0, { mood: 2, energy: 3, stress: 5, sleepHours: 6.75, sleepQuality: 3 }],
];

/** Fills the client's Mind with check-ins (each with a private note), a journal entry and a WHO-5. */
async function clientWithMindData(cast: CoachingCast) {
  const { client } = cast.users;
  for (const [daysAgo, scores] of history) {
    const dayKey = addDaysToKey(cast.today, -daysAgo);
    // Each check-in is saved "on its day": noon of that day in the client's zone.
    await saveCheckIn(client, { dayKey, ...scores, note: `${NOTE} ${daysAgo}` }, instantFromLocal(`${dayKey}T12:00`, validProfile.timeZone));
  }
  await cast.callers.client.mind.journalAdd({ entryId: randomUUID(), dayKey: cast.today, prompt: "got_in_the_way", text: JOURNAL });
  await cast.callers.client.mind.submitQuestionnaire({ instrument: "who5", answers: [1, 1, 2, 1, 0] });
}

// Hand-computed: this week mood (2+3+2)/3 = 2.33, energy (2+2+3)/3 = 2.33, stress (4+4+5)/3 = 4.33;
// the week before mood (4+4+5)/3 = 4.33, energy (4+3+4)/3 = 3.67, stress (2+2+1)/3 = 1.67. Wellbeing
// (mood + energy + 6 − stress) / 3 fell from 4.11 to 2.11: down.
const expectedTrends = (today: string) => ({
  sharing: "trends",
  todayKey: today,
  trend: "down",
  last7: { mood: 2.3, energy: 2.3, stress: 4.3, checkIns: 3 },
  previous7: { mood: 4.3, energy: 3.7, stress: 1.7, checkIns: 3 },
});

const expectedScores = (today: string) => ({
  ...expectedTrends(today),
  sharing: "scores",
  checkIns: history
    .filter(([daysAgo]) => daysAgo <= 13)
    .map(([daysAgo, { tags, ...scores }]) => ({ dayKey: addDaysToKey(today, -daysAgo), ...scores, tags: tags ?? [] })),
});

/** Nothing private ever reaches the trainer, at any level. */
function expectNothingPrivate(answer: unknown) {
  const json = JSON.stringify(answer);
  for (const secret of ["NOTE-SECRET", "marriage", "JOURNAL-SECRET", "quit", "note", "journal", "who5", "answers", "questionnaire"]) {
    expect(json, `the trainer's answer contains "${secret}"`).not.toContain(secret);
  }
}

const trainerReads = (cast: CoachingCast) => AuditEventModel.find({ targetUserId: cast.users.client.id, action: "mind.trainer_read" }).sort({ at: 1, _id: 1 }).lean();

describe("mind sharing with the trainer", () => {
  it("gives the trainer exactly what the current consent allows, from the next call on", async () => {
    const cast = await coachingCast();
    await clientWithMindData(cast);
    const { trainer, client } = cast.callers;
    const clientId = cast.users.client.id;

    // Default: nothing at all, and no read to log.
    expect(await client.mind.sharing()).toEqual({ level: "none", log: [] });
    const none = await trainer.trainerMind.overview({ clientId });
    expect(none).toEqual({ sharing: "none" });
    expect(await trainerReads(cast)).toEqual([]);

    await client.mind.setSharing({ level: "trends" });
    const trends = await trainer.trainerMind.overview({ clientId });
    expect(trends).toEqual(expectedTrends(cast.today));
    expectNothingPrivate(trends);

    await client.mind.setSharing({ level: "scores" });
    const scores = await trainer.trainerMind.overview({ clientId });
    expect(scores).toEqual(expectedScores(cast.today));
    expectNothingPrivate(scores);

    // Taking consent back applies to the very next call.
    await client.mind.setSharing({ level: "none" });
    expect(await trainer.trainerMind.overview({ clientId })).toEqual({ sharing: "none" });

    // The two calls that returned data are the trainer reads, with the level they were shown under.
    const reads = await trainerReads(cast);
    expect(reads.map((row) => [String(row.actorId), row.meta])).toEqual([
      [cast.users.trainer.id, { level: "trends", view: "overview" }],
      [cast.users.trainer.id, { level: "scores", view: "overview" }],
    ]);
  });

  it("logs every consent change for the member, audits it, and ignores a repeat of the current level", async () => {
    const cast = await coachingCast();
    const { client } = cast.callers;
    const clientId = cast.users.client.id;
    // Settings stored before sharing existed (no sharing field at all) count as "none".
    await MindSettingsModel.collection.insertOne({ _id: clientId as never, screenersEnabled: { phq2: true, gad2: false }, updatedAt: new Date() });
    expect((await client.mind.sharing()).level).toBe("none");

    await client.mind.setSharing({ level: "trends" });
    await client.mind.setSharing({ level: "trends" });
    await client.mind.setSharing({ level: "scores" });
    const view = await client.mind.setSharing({ level: "none" });
    expect(view.level).toBe("none");
    expect(view.log.map((change) => [change.from, change.to])).toEqual([
      ["scores", "none"],
      ["trends", "scores"],
      ["none", "trends"],
    ]);
    expect(await client.mind.sharing()).toEqual(view);
    // The screener switches are untouched.
    expect((await client.mind.settings()).screenersEnabled).toEqual({ phq2: true, gad2: false });

    const audit = await AuditEventModel.find({ targetUserId: clientId, action: "mind.sharing" }).sort({ at: 1, _id: 1 }).lean();
    expect(audit.map((row) => row.meta)).toEqual([
      { from: "none", to: "trends" },
      { from: "trends", to: "scores" },
      { from: "scores", to: "none" },
    ]);
    expect(audit.every((row) => String(row.actorId) === clientId)).toBe(true);
    expect(await codeOf(client.mind.setSharing({ level: "everything" as "none" }))).toBe("BAD_REQUEST");
  });

  it("shows the member every trainer read in their access log, and refuses everyone else", async () => {
    const cast = await coachingCast();
    await clientWithMindData(cast);
    const { trainer, otherTrainer, client, otherMember, signedOut } = cast.callers;
    const clientId = cast.users.client.id;
    await client.mind.setSharing({ level: "scores" });

    // Nobody but the client's own trainer gets anything, and their attempts are not reads.
    expect(await codeOf(otherTrainer.trainerMind.overview({ clientId }))).toBe("FORBIDDEN");
    expect(await codeOf(otherMember.trainerMind.overview({ clientId }))).toBe("FORBIDDEN");
    expect(await codeOf(client.trainerMind.overview({ clientId }))).toBe("FORBIDDEN");
    expect(await codeOf(signedOut.trainerMind.overview({ clientId }))).toBe("UNAUTHORIZED");
    expect(await codeOf(otherTrainer.trainerMind.overview({ clientId: cast.users.otherMember.id }))).toBe("OK");
    const denied = await AuditEventModel.find({ targetUserId: clientId, action: "access.denied" }).lean();
    expect(denied.map((row) => [String(row.actorId), row.subjectType])).toEqual([[cast.users.otherTrainer.id, "mind"]]);
    expect(await client.mind.accessLog()).toEqual({ entries: [] });

    await trainer.trainerMind.overview({ clientId });
    await client.mind.setSharing({ level: "trends" });
    await trainer.trainerMind.overview({ clientId });
    await client.mind.setSharing({ level: "none" });
    await trainer.trainerMind.overview({ clientId });

    const log = await client.mind.accessLog();
    expect(log.entries.map(({ trainerId, trainerName, viewed, level }) => ({ trainerId, trainerName, viewed, level }))).toEqual([
      { trainerId: cast.users.trainer.id, trainerName: "Tess Trainer", viewed: "overview", level: "trends" },
      { trainerId: cast.users.trainer.id, trainerName: "Tess Trainer", viewed: "overview", level: "scores" },
    ]);
    expect(log.entries[0].at.getTime()).toBeGreaterThanOrEqual(log.entries[1].at.getTime());
    // The log is the member's own: another member sees theirs (empty), not this one.
    expect(await otherMember.mind.accessLog()).toEqual({ entries: [] });
  });
});
