import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { HabitCheckInModel, HabitModel } from "@/server/habits/habit-model";
import { MindCheckInModel } from "@/server/mind/mind-checkin-model";
import { seedDemoData } from "@/server/seed/demo-data";
import { ProgramModel } from "@/server/train/program-model";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { WorkoutSetModel } from "@/server/train/workout-set-model";
import { UserModel } from "@/server/users/user-model";
import { callerFor, useDatabase } from "./support/harness";

useDatabase();

// Eight weeks of history make the first seed of a run slow on a busy machine.
const SEED_TIMEOUT = 180_000;

const userByEmail = async (email: string) => (await UserModel.findOne({ email }).lean())!;
const counts = async () =>
  Promise.all([
    WorkoutSessionModel.estimatedDocumentCount(),
    WorkoutSetModel.estimatedDocumentCount(),
    ProgramModel.estimatedDocumentCount(),
    HabitModel.estimatedDocumentCount(),
    HabitCheckInModel.estimatedDocumentCount(),
    MindCheckInModel.estimatedDocumentCount(),
  ]);

describe("demo history", () => {
  it(
    "gives Maya eight weeks of training with a recent dip and Sam a program his trainer assigned, once",
    async () => {
      await seedDemoData();
      const [maya, sam, trainer] = await Promise.all(["maya", "sam", "trainer"].map((name) => userByEmail(`${name}@demo.charactercoach.app`)));

      // Maya: her own program, started eight weeks before this week's Monday, most sessions logged.
      const mayaToday = dayKeyOf(new Date(), "Europe/Berlin");
      const mayaSessions = await WorkoutSessionModel.find({ userId: maya._id, status: "finished" }).select({ dayKey: 1, programId: 1 }).lean();
      expect(mayaSessions.length).toBeGreaterThanOrEqual(20);
      const mayaDays = mayaSessions.map((session) => session.dayKey).sort();
      expect(mayaDays[0] <= addDaysToKey(mayaToday, -56)).toBe(true);
      expect(mayaDays.at(-1)! < mayaToday).toBe(true);
      expect(new Set(mayaSessions.map((session) => String(session.programId))).size).toBe(1);
      // The dip: fewer sessions in the last fourteen days than in the fourteen before.
      const inWindow = (from: number, to: number) => mayaDays.filter((day) => day >= addDaysToKey(mayaToday, -from) && day < addDaysToKey(mayaToday, -to)).length;
      expect(inWindow(14, 0)).toBeLessThan(inWindow(28, 14));
      expect(inWindow(28, 14)).toBe(6);
      const mayaCaller = await callerFor({ id: String(maya._id) });
      const [program] = await mayaCaller.programs.list({});
      expect(program).toMatchObject({ name: "Full body 3×", active: true, daysPerWeek: 3 });
      // Loads went up over the weeks (newest first), and records were kept by the real set service.
      const squat = await mayaCaller.workouts.exerciseHistory({ exerciseId: "barbell-back-squat", limit: 100 });
      expect(squat[0].weightKg!).toBeGreaterThan(squat.at(-1)!.weightKg!);
      expect(await WorkoutSetModel.countDocuments({ userId: maya._id, records: { $ne: [] } })).toBeGreaterThan(5);
      expect((await mayaCaller.workouts.today()).program?.id).toBe(program.id);

      // Sam: the trainer's template, assigned to him through the assignment service, about 70 % logged.
      const samCopy = await ProgramModel.findOne({ ownerId: sam._id }).lean();
      expect(String(samCopy!.assignedBy)).toBe(String(trainer._id));
      const template = await ProgramModel.findById(samCopy!.source!.programId).lean();
      expect(String(template!.ownerId)).toBe(String(trainer._id));
      expect(samCopy!.name).toBe(template!.name);
      const samCaller = await callerFor({ id: String(sam._id) });
      expect((await samCaller.workouts.today()).program).toMatchObject({ id: String(samCopy!._id), startDate: samCopy!.assignmentKey!.split(":").at(-1) });
      const samSessions = await WorkoutSessionModel.countDocuments({ userId: sam._id, status: "finished", programId: samCopy!._id });
      const scheduled = 16; // two days a week for eight weeks, and this week's Tuesday and Friday when past
      expect(samSessions / scheduled).toBeGreaterThanOrEqual(0.55);
      expect(samSessions / scheduled).toBeLessThanOrEqual(0.95);
      const trainerCaller = await callerFor({ id: String(trainer._id) });
      const assignments = await trainerCaller.trainerPrograms.assignments({ programId: String(template!._id) });
      expect(assignments.assignments).toEqual([expect.objectContaining({ clientId: String(sam._id), active: true })]);
      // His habits: two the trainer gave him, and the trainer's habit program from five weeks ago (two
      // phases started, the third still ahead), all from the trainer, all but the last with check-ins.
      const samHabits = await HabitModel.find({ userId: sam._id }).lean();
      expect(samHabits.map((habit) => habit.name).sort()).toEqual(["Lights out by 23:00", "No screens after 22:00", "Protein with every meal", "Walk", "Water"]);
      expect(samHabits.every((habit) => String(habit.assignedBy) === String(trainer._id))).toBe(true);
      expect(await HabitCheckInModel.countDocuments({ userId: new Types.ObjectId(String(sam._id)) })).toBeGreaterThan(20);
      const [enrollment] = await trainerCaller.habitPrograms.enrollments({ clientId: String(sam._id) });
      expect(enrollment).toMatchObject({ programName: "Fat-loss foundations", status: "active", startDate: addDaysToKey(dayKeyOf(new Date(), "America/New_York"), -35) });
      const lightsOut = samHabits.find((habit) => habit.name === "Lights out by 23:00")!;
      expect(lightsOut.startDate > dayKeyOf(new Date(), "America/New_York")).toBe(true);
      expect(await HabitCheckInModel.countDocuments({ habitId: lightsOut._id })).toBe(0);
      expect(await HabitCheckInModel.countDocuments({ habitId: samHabits.find((habit) => habit.name === "Water")!._id })).toBeGreaterThan(20);

      // Nutrition: Sam's trainer set his targets from the formula; four weeks of meals and weigh-ins say his
      // real maintenance is lower, so a proposal waits for the trainer. Maya has a week of meals.
      const samTargets = await samCaller.nutritionTargets.get();
      expect(samTargets.plan).toMatchObject({ source: "calculated", setByRole: "trainer", activity: "moderate" });
      expect(samTargets.estimate.kind).toBe("estimate");
      expect(samTargets.proposal).toMatchObject({ status: "pending", approver: "trainer" });
      const proposed = samTargets.proposal!.proposed.rest.energyKcal;
      expect(proposed).toBeLessThan(samTargets.plan!.targets.rest.energyKcal);
      expect((await trainerCaller.trainerNutrition.pendingProposals()).map((row) => row.clientId)).toEqual([String(sam._id)]);
      const mayaWeek = await mayaCaller.diary.week({ dayKey: addDaysToKey(mayaToday, -1) });
      expect(mayaWeek.loggedDays).toBe(7);
      expect(mayaWeek.average!.energyKcal).toBeGreaterThan(1200);

      // Mind: Maya shares trends only and two weeks of check-ins trend down, so her trainer's roster flags
      // it; Sam shares nothing, so his row has no wellbeing flag.
      expect((await mayaCaller.mind.sharing()).level).toBe("trends");
      expect((await samCaller.mind.sharing()).level).toBe("none");
      const mayaCheckIns = await mayaCaller.mind.checkInHistory({ days: 15 });
      expect(mayaCheckIns.checkIns.map((checkIn) => checkIn.dayKey)).toEqual(Array.from({ length: 14 }, (_, index) => addDaysToKey(mayaToday, index - 14)));
      expect(await trainerCaller.trainerMind.overview({ clientId: String(maya._id) })).toMatchObject({ sharing: "trends", trend: "down" });
      const wellbeingFlags = (await trainerCaller.trainerClients.roster({})).rows.map((row) => [row.name, row.flags.some((flag) => flag.kind === "wellbeing")]);
      expect(wellbeingFlags).toEqual(expect.arrayContaining([["Maya", true], ["Sam", false]]));

      // Again: nothing more.
      const before = await counts();
      expect(await seedDemoData()).toBe(0);
      expect(await counts()).toEqual(before);
    },
    SEED_TIMEOUT,
  );
});
