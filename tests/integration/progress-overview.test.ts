import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { weekStartOf } from "@/lib/analytics/series";
import { addDaysToKey } from "@/lib/dates/day-key";
import { muscleGroups } from "@/lib/schemas/progress";
import { loadMemberHistory } from "@/server/analytics/member-history";
import { TrainingDayModel, trainingDayId } from "@/server/analytics/training-day-model";
import { backfillTrainingDays, refreshTrainingDays } from "@/server/analytics/training-days";
import { AuditEventModel } from "@/server/audit/audit-model";
import { callerFor, onboardedMember, useDatabase } from "./support/harness";
import { codeOf, customExercise, setInput, workoutWith } from "./support/training";

useDatabase();

const group = (name: (typeof muscleGroups)[number]) => muscleGroups.indexOf(name);
const checkIn = { mood: 4, energy: 3, stress: 2, sleepHours: 7.5, sleepQuality: 4 };

describe("progress overview", () => {
  it("shows a member's sets, food, weight and check-in on their own local days, including a set logged just now", async () => {
    // Sydney: the member's day is not the server's UTC day for much of the day.
    const { user, caller, today } = await onboardedMember("Australia/Sydney");
    const exercise = await customExercise(caller);
    const { sessionId, entryId } = await workoutWith(caller, exercise.id);
    await caller.workouts.logSet(setInput(sessionId, entryId, 0, 40, 10, { type: "warmup" }));
    await caller.workouts.logSet(setInput(sessionId, entryId, 1, 80, 5));

    const first = await caller.progress.overview({ range: "4w" });
    expect(first).toMatchObject({ range: "4w", toDayKey: today, fromDayKey: addDaysToKey(today, -27), granularity: "day" });
    expect(first.training.sessions).toBe(1);
    const thisWeek = first.training.weeklyVolume.find((week) => week.weekStart === weekStartOf(today))!;
    // One working set (the warm-up does not count): chest 1, front delts and triceps half each.
    expect(thisWeek.sets[group("chest")]).toBe(1);
    expect(thisWeek.sets[group("shoulders")]).toBe(0.5);
    expect(thisWeek.sets[group("arms")]).toBe(0.5);
    expect(thisWeek.volumeKg[group("chest")]).toBe(400);

    // A set logged seconds after the last read shows in the next one (today's rollup is rebuilt on read).
    await caller.workouts.logSet(setInput(sessionId, entryId, 2, 90, 5));
    await caller.workouts.finish({ sessionId, finishedAt: new Date(), sessionRpe: 7, durationMinutes: 50, notes: "" });
    await caller.diary.quickAdd({ entryId: randomUUID(), dayKey: today, meal: "lunch", name: "Lunch", energyKcal: 2000, proteinG: 150, carbsG: 200, fatG: 60 });
    await caller.bodyWeight.log({ dayKey: today, kg: 70 });
    await caller.mind.saveCheckIn({ dayKey: today, ...checkIn });

    const second = await caller.progress.overview({ range: "4w" });
    const week = second.training.weeklyVolume.find((row) => row.weekStart === weekStartOf(today))!;
    expect(week.sets[group("chest")]).toBe(2);
    expect(week.volumeKg[group("chest")]).toBe(850);
    expect(second.training.workoutsPerWeek.find((row) => row.weekStart === weekStartOf(today))?.sessions).toBe(1);
    expect(second.training.load.find((point) => point.key === today)).toMatchObject({ load: 350, acute: 350 });
    expect(second.training.load).toHaveLength(28);
    const lift = second.training.e1rm.find((trend) => trend.exerciseId === exercise.id)!;
    expect(lift.name).toBe(exercise.name);
    // Epley-style e1RM of 90 kg × 5 is above the 80 kg × 5 one; the week's best is kept.
    expect(lift.points).toEqual([{ weekStart: weekStartOf(today), e1rmKg: expect.any(Number) }]);
    expect(lift.points[0].e1rmKg).toBeGreaterThan(90);
    expect(second.training.records.some((record) => record.dayKey === today && record.exerciseId === exercise.id)).toBe(true);
    expect(second.nutrition.intake).toEqual([{ key: today, days: 1, energyKcal: 2000, targetKcal: expect.any(Number), proteinG: 150, carbsG: 200, fatG: 60 }]);
    // 600 + 800 + 540 kcal from protein, carbs and fat.
    expect(second.nutrition.macroSplit).toEqual({ proteinPct: 30.9, carbsPct: 41.2, fatPct: 27.8, days: 1 });
    expect(second.mind.checkIns).toEqual([{ key: today, days: 1, ...checkIn }]);

    const history = await loadMemberHistory(user.id, { toDayKey: today, fromDayKey: addDaysToKey(today, -6), mindAccess: "all" });
    const day = history.days.find((row) => row.dayKey === today)!;
    expect(day.weightKg).toBe(70);
    expect(day.sessions).toHaveLength(1);
    expect(day.sessions[0]).toMatchObject({ sessionId, workingSets: 2, minutes: 50, rpe: 7, load: 350, fromProgram: false });
    expect(day.checkIn).toEqual(checkIn);

    // The audit log has one read row per overview.
    expect(await AuditEventModel.countDocuments({ action: "progress.read", targetUserId: user.id })).toBe(2);
  });

  it("reads check-ins only when the reader may see them, and never another member's data", async () => {
    const a = await onboardedMember("Europe/Berlin");
    const b = await onboardedMember("America/Los_Angeles");
    const exercise = await customExercise(a.caller);
    const { sessionId, entryId } = await workoutWith(a.caller, exercise.id);
    await a.caller.workouts.logSet(setInput(sessionId, entryId, 0, 60, 8));
    await a.caller.mind.saveCheckIn({ dayKey: a.today, ...checkIn });
    await a.caller.diary.quickAdd({ entryId: randomUUID(), dayKey: a.today, meal: "dinner", name: "Dinner", energyKcal: 800, proteinG: 40, carbsG: 80, fatG: 30 });

    const other = await b.caller.progress.overview({ range: "12w" });
    expect(other.training).toMatchObject({ sessions: 0, weeklyVolume: [], e1rm: [], load: [], records: [] });
    expect(other.nutrition.intake).toEqual([]);
    expect(other.mind.checkIns).toEqual([]);

    for (const mindAccess of ["none", "trends"] as const) {
      const history = await loadMemberHistory(a.user.id, { toDayKey: a.today, mindAccess });
      expect(history.days.some((day) => day.checkIn !== null)).toBe(false);
      expect(history.days.some((day) => day.sessions.length === 1)).toBe(true);
    }
    const scores = await loadMemberHistory(a.user.id, { toDayKey: a.today, mindAccess: "scores" });
    expect(scores.days.find((day) => day.dayKey === a.today)?.checkIn).toEqual(checkIn);
    expect(scores.questionnaires).toEqual([]);
  });

  it("refuses a bad range and an anonymous caller", async () => {
    const { caller } = await onboardedMember();
    expect(await codeOf(caller.progress.overview({ range: "2w" as "4w" }))).toBe("BAD_REQUEST");
    expect(await codeOf((await callerFor(null)).progress.overview({ range: "4w" }))).toBe("UNAUTHORIZED");
  });

  it("keeps the rollups idempotent and drops the rollup of a day whose workout was deleted", async () => {
    const { user, caller, today } = await onboardedMember("UTC");
    const exercise = await customExercise(caller);
    const { sessionId, entryId } = await workoutWith(caller, exercise.id);
    await caller.workouts.logSet(setInput(sessionId, entryId, 0, 50, 10));
    expect(await backfillTrainingDays(user.id)).toBe(1);
    expect(await backfillTrainingDays(user.id)).toBe(0);
    const before = await TrainingDayModel.findById(trainingDayId(user.id, today)).lean();
    expect(await refreshTrainingDays(user.id, [today, today])).toBe(1);
    const after = await TrainingDayModel.findById(trainingDayId(user.id, today)).lean();
    expect(after?.sessions).toEqual(before?.sessions);
    expect(await TrainingDayModel.countDocuments({ userId: user.id })).toBe(1);

    await caller.workouts.delete({ sessionId });
    expect(await refreshTrainingDays(user.id, [today])).toBe(0);
    expect(await TrainingDayModel.findById(trainingDayId(user.id, today)).lean()).toBeNull();
  });
});
