import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { isoWeekdayOf } from "@/lib/dates/day-key";
import type { THabitProgramContent } from "@/lib/schemas/habit-program";
import { appRouter } from "@/server/api/root";
import { trainerProcedure } from "@/server/api/trpc";
import { CoachingInvitationUseModel } from "@/server/coaching/coaching-invitation-model";
import { activeTrainerIdOf } from "@/server/coaching/coaching-service";
import { TrainerNoteModel } from "@/server/coaching/trainer-note-model";
import { HabitModel } from "@/server/habits/habit-model";
import { HabitProgramEnrollmentModel, HabitProgramModel } from "@/server/habits/habit-program-model";
import { ConversationReadModel, MessageModel, WorkoutCommentModel } from "@/server/messaging/messaging-models";
import { ProgramModel } from "@/server/train/program-model";
import { UserModel } from "@/server/users/user-model";
import { NutritionPlanModel, NutritionProposalModel, openProposalKey } from "@/server/nutrition/nutrition-plan-model";
import { TrainerInboxActionModel } from "@/server/trainer-inbox/trainer-inbox-models";
import { adjustmentId, ReadinessAdjustmentModel } from "@/server/readiness/readiness-adjustment-model";
import { ReadinessPolicyModel } from "@/server/readiness/readiness-policy-model";
import { coachingCast, expectOnlyTheClientsTrainer, type CoachingCast } from "./support/coaching";
import { uniqueEmail, useDatabase } from "./support/harness";
import { codeOf, linearProgram, type Caller } from "./support/training";
import { plateau, storeInsights } from "./trainer-insights-fixtures";

useDatabase();

/*
 * The trainer authorization matrix (issue 5): every procedure through which a trainer reaches a client's
 * data, called by the whole cast (coachingCast: the client's trainer, another trainer, the client,
 * another member, nobody), then every trainer procedure that names no client, and a completeness check
 * so a trainer procedure added without a row here fails this file by name.
 */

type Who = keyof CoachingCast["callers"];
type Code = "OK" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
/** Who may call, in words (the test name), and the code each member of the cast gets. */
type Access = { label: string; codes: Record<Who, Code> };

// Refused callers go first (so a write is made only by the allowed ones), the client's trainer last.
const CAST_ORDER: Who[] = ["signedOut", "otherTrainer", "otherMember", "client", "trainer"];

const onlyTrainerCodes: Record<Who, Code> = { signedOut: "UNAUTHORIZED", otherTrainer: "FORBIDDEN", otherMember: "FORBIDDEN", client: "FORBIDDEN", trainer: "OK" };
const ONLY_THE_CLIENTS_TRAINER: Access = { label: "only the client's trainer", codes: onlyTrainerCodes };
/** Training data that is the member's own (access.ts canActForMember, workout-comment-service): she may too. */
const THE_CLIENT_AND_HER_TRAINER: Access = { label: "only the client and her trainer", codes: { ...onlyTrainerCodes, client: "OK" } };
/** The caller's own library or settings: any trainer, for their own; members are refused at the role gate. */
const ANY_TRAINER_FOR_THEIR_OWN: Access = { label: "any trainer, for their own; no member", codes: { ...onlyTrainerCodes, otherTrainer: "OK" } };
/** An object of the trainer's own library named by id: another trainer is refused (the services say FORBIDDEN, audited). */
const ONLY_THE_OWNING_TRAINER: Access = { label: "only the trainer who owns it", codes: onlyTrainerCodes };

type Call = (caller: Caller) => Promise<unknown>;
type Row = {
  path: string;
  access: Access;
  /**
   * Makes what the call needs (as the trainer or the client) and returns the call; a write also returns
   * `state`, what the call would change read straight from the database, to show refused callers wrote nothing.
   */
  prepare: (cast: CoachingCast) => Promise<{ call: Call; state?: () => Promise<unknown> }>;
};

/** Which member of the cast `caller` is (for inputs that differ per caller, e.g. each trainer's own template). */
const whoIs = (cast: CoachingCast, caller: Caller) => (Object.keys(cast.callers) as Who[]).find((who) => cast.callers[who] === caller)!;

/**
 * Runs `call` as the whole cast and checks each code. Rows the shared fixture describes ("only the
 * client's trainer") go through expectOnlyTheClientsTrainer itself; the state of a write must be
 * unchanged after the refused calls and changed after the allowed ones.
 */
async function expectAccess(cast: CoachingCast, { codes }: Access, call: Call, state?: () => Promise<unknown>) {
  const before = state ? await state() : undefined;
  const nothingWrittenYet = async () => {
    if (state) expect(await state(), "a refused caller wrote").toEqual(before);
  };
  if (CAST_ORDER.every((who) => codes[who] === onlyTrainerCodes[who])) {
    await expectOnlyTheClientsTrainer(cast, async (caller) => {
      if (caller === cast.callers.trainer) await nothingWrittenYet();
      return call(caller);
    });
  } else {
    for (const who of CAST_ORDER.filter((who) => codes[who] !== "OK")) expect.soft(await codeOf(call(cast.callers[who])), who).toBe(codes[who]);
    await nothingWrittenYet();
    // Allowed calls are awaited as they are, so a failure shows its message.
    for (const who of CAST_ORDER.filter((who) => codes[who] === "OK")) await call(cast.callers[who]);
  }
  if (state) expect(await state(), "the allowed call wrote nothing").not.toEqual(before);
}

const oid = (id: string) => new Types.ObjectId(id);
const token = () => randomUUID();

const water = (startDate: string, target = 8) => ({ name: "Drink water", type: "numeric" as const, target, unit: "glasses", schedule: { kind: "daily" as const }, startDate, reminders: [] });

function habitProgram(name = "Morning foundations"): THabitProgramContent {
  const yes = (habit: string) => ({ name: habit, type: "boolean" as const, target: 1, unit: "", schedule: { kind: "daily" as const }, cue: null, reminders: [], group: "" });
  return { name, description: "", phases: [{ name: "Start", startWeek: 1, habits: [yes("Make the bed")] }, { name: "Move", startWeek: 3, habits: [yes("Ten-minute walk")] }] };
}

/** A template in `caller`'s (a trainer's) program library, on a catalog exercise the client can see. */
const template = (cast: CoachingCast, caller: Caller) => caller.programs.create({ content: { ...linearProgram("barbell-back-squat", isoWeekdayOf(cast.today)), name: "Squat block" } });
/** A program the client owns (her own training data). */
const clientsProgram = (cast: CoachingCast) => cast.callers.client.programs.create({ content: linearProgram("barbell-bench-press", isoWeekdayOf(cast.today)) });
/** A workout the client logged. */
async function clientsWorkout(cast: CoachingCast) {
  const sessionId = randomUUID();
  await cast.callers.client.workouts.start({ sessionId, startedAt: new Date(), name: "Lower body" });
  return sessionId;
}

const notesOf = (cast: CoachingCast) => () => TrainerNoteModel.countDocuments({ clientId: oid(cast.users.client.id) });
const habitsOf = (cast: CoachingCast) => () => HabitModel.countDocuments({ userId: oid(cast.users.client.id) });
const programsOf = (cast: CoachingCast) => () => ProgramModel.countDocuments({ ownerId: oid(cast.users.client.id) });
async function programState(programId: string) {
  const doc = await ProgramModel.findById(programId).lean();
  return { name: doc!.name, version: doc!.version, archivedAt: doc!.archivedAt?.getTime() ?? null };
}
const activeProgramOf = async (userId: string) => String((await UserModel.findById(userId).lean())!.training?.activeProgram?.programId ?? null);

const dayTargets = (kcal: number) => ({
  training: { energyKcal: kcal + 200, proteinG: 140, carbsG: 250, fatG: 70, fiberG: 30 },
  rest: { energyKcal: kcal, proteinG: 140, carbsG: 200, fatG: 70, fiberG: 30 },
});
const planVersionOf = (cast: CoachingCast) => async () => (await NutritionPlanModel.findById(cast.users.client.id).lean())?.version ?? 0;
/** A pending proposal for the client, as the adaptive estimate files it. */
async function pendingProposal(cast: CoachingCast) {
  const proposal = await NutritionProposalModel.create({
    userId: oid(cast.users.client.id),
    openKey: openProposalKey(cast.users.client.id),
    status: "pending",
    estimate: { kind: "estimate", maintenanceKcal: 2400, confidence: "high", uncertaintyKcal: 90, averageIntakeKcal: 2100, weightTrendKgPerWeek: -0.27, intakeDays: 26, weighIns: 14, fromDayKey: cast.today, toDayKey: cast.today, reasoning: [] },
    proposed: dayTargets(2300),
  });
  return String(proposal._id);
}

/** 1. Every procedure through which a trainer reaches a client's data. */
const CLIENT_ROWS: Row[] = [
  // trainerClients: the client's page, private notes, ending coaching.
  { path: "trainerClients.detail", access: ONLY_THE_CLIENTS_TRAINER, prepare: async (cast) => ({ call: (caller) => caller.trainerClients.detail({ clientId: cast.users.client.id }) }) },
  {
    path: "trainerClients.notes",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      await cast.callers.trainer.trainerClients.addNote({ clientId: cast.users.client.id, text: "Knee feels better" });
      return { call: (caller) => caller.trainerClients.notes({ clientId: cast.users.client.id }) };
    },
  },
  {
    path: "trainerClients.addNote",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => ({ call: (caller) => caller.trainerClients.addNote({ clientId: cast.users.client.id, text: "Matrix note" }), state: notesOf(cast) }),
  },
  {
    path: "trainerClients.deleteNote",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      const note = await cast.callers.trainer.trainerClients.addNote({ clientId: cast.users.client.id, text: "To delete" });
      return { call: (caller) => caller.trainerClients.deleteNote({ clientId: cast.users.client.id, noteId: note.id }), state: notesOf(cast) };
    },
  },
  {
    path: "trainerClients.end",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => ({ call: (caller) => caller.trainerClients.end({ clientId: cast.users.client.id }), state: () => activeTrainerIdOf(cast.users.client.id) }),
  },

  // trainerHabits: habits the trainer gives the client.
  {
    path: "trainerHabits.assign",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => ({ call: (caller) => caller.trainerHabits.assign({ clientId: cast.users.client.id, definition: water(cast.today) }), state: habitsOf(cast) }),
  },
  { path: "trainerHabits.listForClient", access: ONLY_THE_CLIENTS_TRAINER, prepare: async (cast) => ({ call: (caller) => caller.trainerHabits.listForClient({ clientId: cast.users.client.id }) }) },
  {
    path: "trainerHabits.update",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      const habit = await cast.callers.trainer.trainerHabits.assign({ clientId: cast.users.client.id, definition: water(cast.today) });
      return {
        call: (caller) => caller.trainerHabits.update({ clientId: cast.users.client.id, habitId: habit.id, definition: water(cast.today, 6) }),
        state: async () => (await HabitModel.findById(habit.id).lean())!.target,
      };
    },
  },
  {
    path: "trainerHabits.archive",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      const habit = await cast.callers.trainer.trainerHabits.assign({ clientId: cast.users.client.id, definition: water(cast.today) });
      return {
        call: (caller) => caller.trainerHabits.archive({ clientId: cast.users.client.id, habitId: habit.id }),
        state: async () => (await HabitModel.findById(habit.id).lean())!.archivedAt ?? null,
      };
    },
  },

  // habitPrograms: enrolling the client in a habit program and ending it.
  {
    path: "habitPrograms.assign",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      // Each trainer assigns a program of their own, so the other trainer is refused for the client, not the program.
      const own = { trainer: await cast.callers.trainer.habitPrograms.create({ content: habitProgram() }), otherTrainer: await cast.callers.otherTrainer.habitPrograms.create({ content: habitProgram() }) };
      return {
        call: (caller) => caller.habitPrograms.assign({ programId: (whoIs(cast, caller) === "otherTrainer" ? own.otherTrainer : own.trainer).id, clientId: cast.users.client.id, startDate: cast.today }),
        state: () => HabitProgramEnrollmentModel.countDocuments({ clientId: oid(cast.users.client.id) }),
      };
    },
  },
  { path: "habitPrograms.enrollments", access: ONLY_THE_CLIENTS_TRAINER, prepare: async (cast) => ({ call: (caller) => caller.habitPrograms.enrollments({ clientId: cast.users.client.id }) }) },
  {
    path: "habitPrograms.endEnrollment",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      const program = await cast.callers.trainer.habitPrograms.create({ content: habitProgram() });
      const { enrollment } = await cast.callers.trainer.habitPrograms.assign({ programId: program.id, clientId: cast.users.client.id, startDate: cast.today });
      return {
        call: (caller) => caller.habitPrograms.endEnrollment({ enrollmentId: enrollment.id }),
        state: async () => (await HabitProgramEnrollmentModel.findById(enrollment.id).lean())!.status,
      };
    },
  },

  // trainerPrograms: copies of the trainer's templates given to the client.
  {
    path: "trainerPrograms.assign",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      const own = { trainer: await template(cast, cast.callers.trainer), otherTrainer: await template(cast, cast.callers.otherTrainer) };
      return {
        call: (caller) => caller.trainerPrograms.assign({ programId: (whoIs(cast, caller) === "otherTrainer" ? own.otherTrainer : own.trainer).id, clientIds: [cast.users.client.id], startDate: cast.today }),
        state: programsOf(cast),
      };
    },
  },
  {
    path: "trainerPrograms.assignments",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      const program = await template(cast, cast.callers.trainer);
      await cast.callers.trainer.trainerPrograms.assign({ programId: program.id, clientIds: [cast.users.client.id], startDate: cast.today });
      return { call: (caller) => caller.trainerPrograms.assignments({ programId: program.id }) };
    },
  },

  // messages, the trainer's side (names the client; a member naming a client is refused too).
  { path: "messages.thread", access: ONLY_THE_CLIENTS_TRAINER, prepare: async (cast) => ({ call: (caller) => caller.messages.thread({ clientId: cast.users.client.id }) }) },
  {
    path: "messages.send",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => ({
      call: (caller) => caller.messages.send({ clientId: cast.users.client.id, text: "Checking in", clientMessageId: token() }),
      state: () => MessageModel.countDocuments({ clientId: oid(cast.users.client.id) }),
    }),
  },
  {
    path: "messages.markRead",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      await cast.callers.client.messages.send({ text: "Sore today", clientMessageId: token() });
      const conversationId = `${cast.users.trainer.id}:${cast.users.client.id}`;
      return {
        call: (caller) => caller.messages.markRead({ clientId: cast.users.client.id }),
        state: async () => (await ConversationReadModel.find({ conversationId }).lean()).map((mark) => [mark.side, mark.lastReadAt.getTime()]),
      };
    },
  },

  // workoutComments on the client's logged workout: the member comments on her own workout too.
  {
    path: "workoutComments.list",
    access: THE_CLIENT_AND_HER_TRAINER,
    prepare: async (cast) => {
      const sessionId = await clientsWorkout(cast);
      return { call: (caller) => caller.workoutComments.list({ sessionId }) };
    },
  },
  {
    path: "workoutComments.add",
    access: THE_CLIENT_AND_HER_TRAINER,
    prepare: async (cast) => {
      const sessionId = await clientsWorkout(cast);
      return { call: (caller) => caller.workoutComments.add({ sessionId, text: "Depth looked great", clientCommentId: token() }), state: () => WorkoutCommentModel.countDocuments({ sessionId }) };
    },
  },

  // programs: the member's own training, which her active trainer may act on for her (access.ts).
  { path: "programs.list", access: THE_CLIENT_AND_HER_TRAINER, prepare: async (cast) => ({ call: (caller) => caller.programs.list({ ownerId: cast.users.client.id }) }) },
  {
    path: "programs.get",
    access: THE_CLIENT_AND_HER_TRAINER,
    prepare: async (cast) => {
      const program = await clientsProgram(cast);
      return { call: (caller) => caller.programs.get({ programId: program.id }) };
    },
  },
  {
    path: "programs.create",
    access: THE_CLIENT_AND_HER_TRAINER,
    prepare: async (cast) => ({ call: (caller) => caller.programs.create({ ownerId: cast.users.client.id, content: linearProgram("barbell-bench-press", 1) }), state: programsOf(cast) }),
  },
  {
    path: "programs.update",
    access: THE_CLIENT_AND_HER_TRAINER,
    prepare: async (cast) => {
      const program = await clientsProgram(cast);
      return {
        // The version read fresh: the client's edit comes before the trainer's.
        call: async (caller) => caller.programs.update({ programId: program.id, version: (await programState(program.id)).version, content: { ...program.content, name: "Edited for Cleo" } }),
        state: () => programState(program.id),
      };
    },
  },
  {
    path: "programs.copy",
    access: THE_CLIENT_AND_HER_TRAINER,
    prepare: async (cast) => {
      const program = await clientsProgram(cast);
      return { call: (caller) => caller.programs.copy({ programId: program.id, ownerId: cast.users.client.id }), state: programsOf(cast) };
    },
  },
  {
    path: "programs.archive",
    access: THE_CLIENT_AND_HER_TRAINER,
    prepare: async (cast) => {
      const program = await clientsProgram(cast);
      return { call: (caller) => caller.programs.archive({ programId: program.id, archived: true }), state: () => programState(program.id) };
    },
  },
  {
    path: "programs.start",
    access: THE_CLIENT_AND_HER_TRAINER,
    prepare: async (cast) => {
      const program = await clientsProgram(cast);
      return { call: (caller) => caller.programs.start({ programId: program.id, startDate: cast.today }), state: () => activeProgramOf(cast.users.client.id) };
    },
  },

  // trainerNutrition: a client's food diary, targets and proposals.
  { path: "trainerNutrition.overview", access: ONLY_THE_CLIENTS_TRAINER, prepare: async (cast) => ({ call: (caller) => caller.trainerNutrition.overview({ clientId: cast.users.client.id }) }) },
  { path: "trainerNutrition.day", access: ONLY_THE_CLIENTS_TRAINER, prepare: async (cast) => ({ call: (caller) => caller.trainerNutrition.day({ clientId: cast.users.client.id, dayKey: cast.today }) }) },
  {
    path: "trainerNutrition.setup",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => ({ call: (caller) => caller.trainerNutrition.setup({ clientId: cast.users.client.id, activity: "moderate", trainingDaysPerWeek: 4, waterMl: 3000 }), state: planVersionOf(cast) }),
  },
  {
    path: "trainerNutrition.set",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => ({ call: (caller) => caller.trainerNutrition.set({ clientId: cast.users.client.id, targets: dayTargets(2200) }), state: planVersionOf(cast) }),
  },
  { path: "trainerNutrition.propose", access: ONLY_THE_CLIENTS_TRAINER, prepare: async (cast) => ({ call: (caller) => caller.trainerNutrition.propose({ clientId: cast.users.client.id }) }) },
  {
    path: "trainerNutrition.decide",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      const proposalId = await pendingProposal(cast);
      return {
        call: (caller) => caller.trainerNutrition.decide({ clientId: cast.users.client.id, proposalId, decision: "accept" }),
        state: async () => (await NutritionProposalModel.findById(proposalId).lean())!.status,
      };
    },
  },
  // trainerMind: a client's wellbeing, within the client's consent (each consent level is covered in mind-sharing.test.ts).
  {
    path: "trainerMind.overview",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      await cast.callers.client.mind.setSharing({ level: "scores" });
      return { call: (caller) => caller.trainerMind.overview({ clientId: cast.users.client.id }) };
    },
  },

  // readiness: a client's reduced-session approval policy and requests (the flows are in readiness-adjustment.test.ts).
  {
    path: "readiness.setPolicy",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => ({
      call: (caller) => caller.readiness.setPolicy({ clientId: cast.users.client.id, requireApproval: true }),
      state: () => ReadinessPolicyModel.countDocuments({ clientId: oid(cast.users.client.id) }),
    }),
  },
  { path: "readiness.client", access: ONLY_THE_CLIENTS_TRAINER, prepare: async (cast) => ({ call: (caller) => caller.readiness.client({ clientId: cast.users.client.id }) }) },
  {
    path: "readiness.decide",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      // A request waiting for the trainer, as the client's accept files it under an approval policy.
      const _id = adjustmentId(cast.users.client.id, cast.today);
      await ReadinessAdjustmentModel.create({
        _id,
        userId: oid(cast.users.client.id),
        dayKey: cast.today,
        kind: "reduce",
        status: "pending_approval",
        readiness: "red",
        fromMind: true,
        programId: new Types.ObjectId().toString(),
        programWeek: 0,
        programDay: 0,
        trainerId: oid(cast.users.trainer.id),
        preview: { summary: "Two sets instead of three", entries: [] },
        requestedAt: new Date(),
      });
      return {
        call: (caller) => caller.readiness.decide({ clientId: cast.users.client.id, dayKey: cast.today, approve: true }),
        state: async () => (await ReadinessAdjustmentModel.findById(_id).lean())!.status,
      };
    },
  },
  // trainerInsights: a client's insights, and acting on an inbox item (consent levels are covered in trainer-insights-consent.test.ts).
  {
    path: "trainerInsights.clientInsights",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      await storeInsights(cast.users.client.id, cast.today, [plateau()]);
      return { call: (caller) => caller.trainerInsights.clientInsights({ clientId: cast.users.client.id }) };
    },
  },
  {
    path: "trainerInsights.dismiss",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      await storeInsights(cast.users.client.id, cast.today, [plateau()]);
      return {
        call: (caller) => caller.trainerInsights.dismiss({ clientId: cast.users.client.id, key: "plateau:back-squat" }),
        state: () => TrainerInboxActionModel.countDocuments({ clientId: oid(cast.users.client.id) }),
      };
    },
  },
  {
    path: "trainerInsights.send",
    access: ONLY_THE_CLIENTS_TRAINER,
    prepare: async (cast) => {
      await storeInsights(cast.users.client.id, cast.today, [plateau()]);
      return {
        call: (caller) => caller.trainerInsights.send({ clientId: cast.users.client.id, key: "plateau:back-squat", text: "Let's change up your squat block." }),
        state: () => MessageModel.countDocuments({ clientId: oid(cast.users.client.id) }),
      };
    },
  },
];

/** 2. Trainer procedures that name no client: the caller's own library, settings and invitations. */
const OWN_ROWS: Row[] = [
  { path: "trainerNutrition.pendingProposals", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.trainerNutrition.pendingProposals() }) },
  { path: "readiness.pending", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.readiness.pending() }) },
  { path: "trainerInsights.inbox", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.trainerInsights.inbox() }) },
  { path: "trainer.overview", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.trainer.overview() }) },
  { path: "trainerClients.roster", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.trainerClients.roster({}) }) },
  { path: "trainerClients.settings", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.trainerClients.settings() }) },
  { path: "trainerClients.saveSettings", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.trainerClients.saveSettings({ inactivityDays: 4 }) }) },
  { path: "trainerPrograms.clientsForAssignment", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.trainerPrograms.clientsForAssignment() }) },
  { path: "trainerInvitations.inviteByEmail", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.trainerInvitations.inviteByEmail({ email: uniqueEmail("invitee") }) }) },
  { path: "trainerInvitations.createCode", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.trainerInvitations.createCode({}) }) },
  { path: "trainerInvitations.list", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.trainerInvitations.list() }) },
  {
    path: "trainerInvitations.revoke",
    access: ONLY_THE_OWNING_TRAINER,
    prepare: async (cast) => {
      const invitation = await cast.callers.trainer.trainerInvitations.inviteByEmail({ email: uniqueEmail("invitee") });
      return { call: (caller) => caller.trainerInvitations.revoke({ invitationId: invitation.id }), state: () => CoachingInvitationUseModel.exists({ _id: oid(invitation.id) }).then(Boolean) };
    },
  },
  { path: "habitPrograms.create", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.habitPrograms.create({ content: habitProgram() }) }) },
  { path: "habitPrograms.list", access: ANY_TRAINER_FOR_THEIR_OWN, prepare: async () => ({ call: (caller) => caller.habitPrograms.list({}) }) },
  {
    path: "habitPrograms.get",
    access: ONLY_THE_OWNING_TRAINER,
    prepare: async (cast) => {
      const program = await cast.callers.trainer.habitPrograms.create({ content: habitProgram() });
      return { call: (caller) => caller.habitPrograms.get({ programId: program.id }) };
    },
  },
  {
    path: "habitPrograms.update",
    access: ONLY_THE_OWNING_TRAINER,
    prepare: async (cast) => {
      const program = await cast.callers.trainer.habitPrograms.create({ content: habitProgram() });
      return {
        call: (caller) => caller.habitPrograms.update({ programId: program.id, version: program.version, content: habitProgram("Evening wind-down") }),
        state: async () => (await HabitProgramModel.findById(program.id).lean())!.version,
      };
    },
  },
  {
    path: "habitPrograms.archive",
    access: ONLY_THE_OWNING_TRAINER,
    prepare: async (cast) => {
      const program = await cast.callers.trainer.habitPrograms.create({ content: habitProgram() });
      return { call: (caller) => caller.habitPrograms.archive({ programId: program.id, archived: true }), state: async () => (await HabitProgramModel.findById(program.id).lean())!.archivedAt ?? null };
    },
  },
];

// A fresh cast per row: some rows end the coaching, archive or start things.
async function runRow(row: Row) {
  const cast = await coachingCast();
  const { call, state } = await row.prepare(cast);
  await expectAccess(cast, row.access, call, state);
}

describe("trainer authorization matrix: a client's data", () => {
  it.each(CLIENT_ROWS.map((row) => [row.path, row.access.label, row] as const))("%s: %s", async (_path, _label, row) => {
    await runRow(row);
  });
});

describe("trainer authorization matrix: the trainer's own library, settings and invitations", () => {
  it.each(OWN_ROWS.map((row) => [row.path, row.access.label, row] as const))("%s: %s", async (_path, _label, row) => {
    await runRow(row);
  });
});

/** 3. Completeness: found from the router, so a trainer procedure without a row fails here by name. */
type ProcedureDef = { middlewares: unknown[]; inputs: unknown[] };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>);
const trainerGate = (trainerProcedure._def as unknown as ProcedureDef).middlewares;
/** Built on trainerProcedure: its middleware chain starts with trainerProcedure's (the role gate included). */
const isTrainerProcedure = (def: ProcedureDef) => trainerGate.every((middleware, index) => def.middlewares[index] === middleware);
const trainerPaths = procedures.filter(([, procedure]) => isTrainerProcedure(procedure._def)).map(([path]) => path);
const routerOf = (path: string) => path.split(".")[0];
/** Routers every procedure of which is a trainerProcedure. */
const trainerRouters = [...new Set(procedures.map(([path]) => routerOf(path)))].filter((router) => procedures.every(([path, procedure]) => routerOf(path) !== router || isTrainerProcedure(procedure._def)));
const coveredPaths = [...CLIENT_ROWS, ...OWN_ROWS].map((row) => row.path);
const MEMBER_KEYS = ["clientId", "clientIds", "ownerId", "memberId"];

describe("trainer authorization matrix: completeness", () => {
  it("finds the trainer routers by their procedures", () => {
    // A router built only from trainerProcedure (one added later included) has all its procedures checked below.
    expect(trainerRouters).toEqual(expect.arrayContaining(["habitPrograms", "trainer", "trainerClients", "trainerHabits", "trainerInvitations", "trainerPrograms", "trainerNutrition", "trainerMind", "trainerInsights"]));
    // The detection tells the role gates apart (else the list below could be empty and pass).
    expect(trainerPaths).toContain("trainerClients.detail");
    expect(trainerPaths.filter((path) => /^(programs|messages|workoutComments|admin)\./.test(path))).toEqual([]);
  });

  it.each(trainerPaths)("%s is in exactly one of the two lists", (path) => {
    const rows = coveredPaths.filter((covered) => covered === path).length;
    expect(rows, `${path} is a trainer procedure with ${rows} rows in the matrix: add it to CLIENT_ROWS (names a client) or OWN_ROWS (the trainer's own)`).toBe(1);
  });

  it("names only procedures that exist, each once", () => {
    const known = new Set(procedures.map(([path]) => path));
    expect(coveredPaths.filter((path) => !known.has(path))).toEqual([]);
    expect(coveredPaths.filter((path, index) => coveredPaths.indexOf(path) !== index)).toEqual([]);
  });

  it("has a client row for every procedure whose input names a member", () => {
    const namesAMember = procedures
      .filter(([, procedure]) => procedure._def.inputs.some((input) => MEMBER_KEYS.some((key) => key in ((input as { shape?: object }).shape ?? {}))))
      .map(([path]) => path);
    expect(namesAMember.length).toBeGreaterThan(10);
    const clientPaths = CLIENT_ROWS.map((row) => row.path);
    expect(namesAMember.filter((path) => !clientPaths.includes(path)), "procedures naming a member without a row in CLIENT_ROWS").toEqual([]);
  });
});
