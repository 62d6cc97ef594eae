import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { ZObjectId } from "@/lib/schemas/program";
import { AuditEventModel } from "@/server/audit/audit-model";
import { coachingCast } from "./support/coaching";
import { useDatabase } from "./support/harness";
import { codeOf, customExercise, linearProgram, type Caller } from "./support/training";

useDatabase();

const oid = (id: string) => new Types.ObjectId(id);
const programRows = (actorId: string) => AuditEventModel.find({ actorId: oid(actorId), action: /^program\./ }).sort({ at: 1 }).lean();

/** A custom exercise of `caller` (a trainer) that their clients see too. */
const sharedExercise = (caller: Caller) =>
  caller.exercises.create({ name: `Shared Sled ${new Types.ObjectId().toHexString().slice(-6)}`, primaryMuscles: ["quads"], equipment: "other", pattern: "squat", measurement: "weight_reps", shareWithClients: true });

describe("a trainer acting on a client's programs (server/train/access.ts delegation)", () => {
  it("audits every program.* call against the client, marked onBehalf; the client's own calls are not", async () => {
    const cast = await coachingCast();
    const { trainer, client } = cast.callers;
    const clientId = cast.users.client.id;
    const own = await client.programs.create({ content: linearProgram("barbell-bench-press", 1) });
    await client.programs.get({ programId: own.id });

    await trainer.programs.list({ ownerId: clientId });
    const read = await trainer.programs.get({ programId: own.id });
    const updated = await trainer.programs.update({ programId: own.id, version: read.version, content: { ...read.content, name: "Coach's edit" } });
    expect(updated).toMatchObject({ name: "Coach's edit", ownerId: clientId });
    const written = await trainer.programs.create({ ownerId: clientId, content: linearProgram("barbell-bench-press", 2) });
    const copied = await trainer.programs.copy({ programId: own.id, ownerId: clientId });
    await trainer.programs.start({ programId: copied.id, startDate: cast.today });
    await trainer.programs.archive({ programId: written.id, archived: true });
    // A copy of the client's program into the trainer's own library names the client too.
    const intoLibrary = await trainer.programs.copy({ programId: own.id });
    expect(intoLibrary.ownerId).toBe(cast.users.trainer.id);

    const rows = (await programRows(cast.users.trainer.id)).map((row) => ({ action: row.action, subjectId: row.subjectId, target: String(row.targetUserId), meta: row.meta }));
    expect(rows).toEqual([
      { action: "program.list", subjectId: null, target: clientId, meta: { onBehalf: true } },
      { action: "program.read", subjectId: own.id, target: clientId, meta: { onBehalf: true } },
      { action: "program.update", subjectId: own.id, target: clientId, meta: { onBehalf: true } },
      { action: "program.create", subjectId: written.id, target: clientId, meta: { onBehalf: true } },
      { action: "program.copy", subjectId: copied.id, target: clientId, meta: { onBehalf: true, sourceProgramId: own.id } },
      { action: "program.start", subjectId: copied.id, target: clientId, meta: { onBehalf: true } },
      { action: "program.archive", subjectId: written.id, target: clientId, meta: { onBehalf: true } },
      { action: "program.copy", subjectId: intoLibrary.id, target: clientId, meta: { onBehalf: true, sourceProgramId: own.id, sourceOwnerId: clientId } },
    ]);

    // The client's own rows name them, without onBehalf.
    const clientRows = await programRows(clientId);
    expect(clientRows.map((row) => [row.action, String(row.targetUserId), row.meta ?? null])).toEqual([
      ["program.create", clientId, null],
      ["program.read", clientId, null],
    ]);
    // And the trainer's own template work is theirs alone.
    const template = await trainer.programs.create({ content: linearProgram("barbell-bench-press", 3) });
    const templateRow = await AuditEventModel.findOne({ action: "program.create", subjectId: template.id }).lean();
    expect(templateRow).toMatchObject({ targetUserId: oid(cast.users.trainer.id) });
    expect(templateRow?.meta).toBeUndefined();
  });

  it("refuses another trainer with FORBIDDEN and an access.denied row naming the client; nothing changes", async () => {
    const cast = await coachingCast();
    const { otherTrainer, client } = cast.callers;
    const clientId = cast.users.client.id;
    const otherId = cast.users.otherTrainer.id;
    const own = await client.programs.create({ content: linearProgram("barbell-bench-press", 1) });

    expect(await codeOf(otherTrainer.programs.get({ programId: own.id }))).toBe("FORBIDDEN");
    expect(await codeOf(otherTrainer.programs.update({ programId: own.id, version: 1, content: { ...own.content, name: "Hijack" } }))).toBe("FORBIDDEN");
    expect(await codeOf(otherTrainer.programs.list({ ownerId: clientId }))).toBe("FORBIDDEN");
    expect(await codeOf(otherTrainer.programs.create({ ownerId: clientId, content: linearProgram("barbell-bench-press", 2) }))).toBe("FORBIDDEN");
    expect(await codeOf(otherTrainer.programs.copy({ programId: own.id }))).toBe("FORBIDDEN");

    const denied = await AuditEventModel.find({ actorId: oid(otherId), action: "access.denied" }).sort({ at: 1 }).lean();
    expect(denied.map((row) => [row.outcome, row.subjectType, row.subjectId, String(row.targetUserId)])).toEqual([
      ["denied", "program", own.id, clientId],
      ["denied", "program", own.id, clientId],
      ["denied", "program", null, clientId],
      ["denied", "program", null, clientId],
      ["denied", "program", own.id, clientId],
    ]);
    expect(await programRows(otherId)).toEqual([]);
    expect(await client.programs.get({ programId: own.id })).toMatchObject({ name: own.name, version: 1 });
  });
});

describe("exercise visibility is the program owner's", () => {
  it("refuses a trainer's private exercise in a client's program (create, update, copy) and accepts a shared one", async () => {
    const cast = await coachingCast();
    const { trainer, client } = cast.callers;
    const clientId = cast.users.client.id;
    const secret = await customExercise(trainer, `Coach Secret ${new Types.ObjectId().toHexString().slice(-6)}`);
    const shared = await sharedExercise(trainer);
    expect(secret.visibility).toBe("private");
    expect(shared.visibility).toBe("clients");

    // create
    expect(await codeOf(trainer.programs.create({ ownerId: clientId, content: linearProgram(secret.id, 1) }))).toBe("BAD_REQUEST");
    const fine = await trainer.programs.create({ ownerId: clientId, content: linearProgram(shared.id, 1) });
    expect((await client.programs.get({ programId: fine.id })).content.weeks[0].days[0].slots[0].exercises[0].exerciseId).toBe(shared.id);

    // update
    expect(await codeOf(trainer.programs.update({ programId: fine.id, version: fine.version, content: linearProgram(secret.id, 2) }))).toBe("BAD_REQUEST");
    expect((await trainer.programs.update({ programId: fine.id, version: fine.version, content: linearProgram(shared.id, 2) })).version).toBe(fine.version + 1);

    // copy of the trainer's own template (their private exercise is fine there) to the client
    const template = await trainer.programs.create({ content: linearProgram(secret.id, 3) });
    expect(await codeOf(trainer.programs.copy({ programId: template.id, ownerId: clientId }))).toBe("BAD_REQUEST");
    const sharedTemplate = await trainer.programs.create({ content: linearProgram(shared.id, 3) });
    expect((await trainer.programs.copy({ programId: sharedTemplate.id, ownerId: clientId })).ownerId).toBe(clientId);

    // Only the accepted programs reached the client.
    expect((await client.programs.list({})).map((program) => program.weekCount)).toHaveLength(2);
  });

  it("lets the trainer edit a client's program that uses the client's own custom exercise", async () => {
    const cast = await coachingCast();
    const { trainer, client } = cast.callers;
    const clientsOwn = await customExercise(client, `Client Own ${new Types.ObjectId().toHexString().slice(-6)}`);
    const program = await client.programs.create({ content: linearProgram(clientsOwn.id, 1) });
    const edited = await trainer.programs.update({ programId: program.id, version: 1, content: { ...program.content, name: "Tweaked by coach" } });
    expect(edited.name).toBe("Tweaked by coach");
  });
});

describe("object ids are case-insensitive and normalised to lowercase", () => {
  it("ZObjectId lowercases", () => {
    expect(ZObjectId.parse("ABCDEF0123456789ABCDEF01")).toBe("abcdef0123456789abcdef01");
    expect(ZObjectId.safeParse("XYZ").success).toBe(false);
  });

  it("programs.get / list / create behave the same with an uppercase id, and audit the lowercase one", async () => {
    const cast = await coachingCast();
    const { trainer, client } = cast.callers;
    const clientId = cast.users.client.id;
    const own = await client.programs.create({ content: linearProgram("barbell-bench-press", 1) });
    const upper = own.id.toUpperCase();
    expect(upper).not.toBe(own.id);

    expect(await client.programs.get({ programId: upper })).toEqual(await client.programs.get({ programId: own.id }));
    expect(await AuditEventModel.countDocuments({ actorId: oid(clientId), action: "program.read", subjectId: own.id })).toBe(2);
    expect((await trainer.programs.get({ programId: upper })).id).toBe(own.id);

    expect((await trainer.programs.list({ ownerId: clientId.toUpperCase() })).map((program) => program.id)).toEqual([own.id]);
    // The member naming themself in uppercase is still themself (not someone else to be refused).
    expect((await client.programs.list({ ownerId: clientId.toUpperCase() })).map((program) => program.id)).toEqual([own.id]);
    const written = await trainer.programs.create({ ownerId: clientId.toUpperCase(), content: linearProgram("barbell-bench-press", 2) });
    expect(written.ownerId).toBe(clientId);
    expect(await AuditEventModel.findOne({ action: "program.create", subjectId: written.id }).lean()).toMatchObject({ targetUserId: oid(clientId), meta: { onBehalf: true } });
    // Still refused for someone who may not act for the client, whatever the spelling.
    expect(await codeOf(cast.callers.otherTrainer.programs.get({ programId: upper }))).toBe("FORBIDDEN");
  });
});

describe("workouts follow the caller's own programs", () => {
  it("lets the client start a day of their program, and refuses their trainer (who would train in the client's name)", async () => {
    const cast = await coachingCast();
    const { trainer, client } = cast.callers;
    const program = await client.programs.create({ content: linearProgram("barbell-bench-press", 1) });
    const start = () => ({ sessionId: crypto.randomUUID(), startedAt: new Date(), program: { programId: program.id, weekIndex: 0, dayIndex: 0 } });
    expect(await codeOf(trainer.workouts.start(start()))).toBe("FORBIDDEN");
    const denied = await AuditEventModel.findOne({ actorId: oid(cast.users.trainer.id), action: "access.denied", subjectId: program.id }).lean();
    expect(denied).toMatchObject({ targetUserId: oid(cast.users.client.id), outcome: "denied" });
    const { session } = await client.workouts.start(start());
    expect(session.name).toContain(program.name);
  });
});
