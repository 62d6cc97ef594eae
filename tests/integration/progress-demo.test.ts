import { describe, expect, it } from "vitest";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { weekStartOf } from "@/lib/analytics/series";
import { TrainingDayModel } from "@/server/analytics/training-day-model";
import { seedDemoData } from "@/server/seed/demo-data";
import { PLATEAU_EXERCISE_ID } from "@/server/seed/demo-progress";
import { UserModel } from "@/server/users/user-model";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { callerFor, useDatabase } from "./support/harness";

useDatabase();

describe("demo progress", () => {
  it("gives Maya rollups for every training day, a bench-press plateau, a rising squat and three WHO-5 results", async () => {
    await seedDemoData();
    const maya = (await UserModel.findOne({ email: "maya@demo.charactercoach.app" }).lean())!;
    const mayaId = String(maya._id);
    const sessionDays = new Set((await WorkoutSessionModel.find({ userId: maya._id }).select({ dayKey: 1 }).lean()).map((session) => session.dayKey));
    expect(await TrainingDayModel.countDocuments({ userId: mayaId })).toBe(sessionDays.size);

    const overview = await (await callerFor({ id: mayaId })).progress.overview({ range: "12w" });
    const today = dayKeyOf(new Date(), "Europe/Berlin");
    expect(overview.toDayKey).toBe(today);
    const bench = overview.training.e1rm.find((lift) => lift.exerciseId === PLATEAU_EXERCISE_ID)!;
    expect(bench.name).toBe("Barbell Bench Press");
    // Flat over the weeks from five weeks back on; rising before that.
    const recent = bench.points.filter((point) => point.weekStart >= weekStartOf(addDaysToKey(today, -28)));
    expect(recent.length).toBeGreaterThanOrEqual(3);
    expect(new Set(recent.map((point) => point.e1rmKg)).size).toBe(1);
    expect(bench.points[0].e1rmKg).toBeLessThan(recent[0].e1rmKg);
    const squat = overview.training.e1rm.find((lift) => lift.exerciseId === "barbell-back-squat")!;
    expect(squat.points.at(-1)!.e1rmKg).toBeGreaterThan(squat.points[0].e1rmKg);
    expect(overview.training.load.some((point) => point.ratio !== null)).toBe(true);
    expect(overview.training.records.length).toBeGreaterThan(0);
    expect(overview.mind.who5.map((row) => row.percent)).toEqual([68, 60, 52]);
    expect(overview.mind.checkIns).toHaveLength(14);
    expect(overview.habits.strength.length).toBeGreaterThan(0);
    expect(overview.nutrition.intake.length).toBeGreaterThanOrEqual(7);
  }, 240_000);
});
