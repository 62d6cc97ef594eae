import "server-only";
import { Types } from "mongoose";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { dayStatuses, type Habit } from "@/lib/habits/habit-schedule";
import type { THabitView, ZHabitDefinitionSchema } from "@/lib/schemas/habit";
import type { z } from "zod";
import { HabitCheckInModel } from "@/server/habits/habit-model";
import { createHabit } from "@/server/habits/habit-service";
import type { SessionUser } from "@/server/users/user-service";

type Definition = z.output<typeof ZHabitDefinitionSchema>;
type DemoHabit = { definition: Omit<Definition, "startDate" | "endDate">; startedDaysAgo: number; doneShare: number };

/** A morning routine and two standalone habits, six weeks in: strengths and streaks that look lived-in. */
const demoHabits: DemoHabit[] = [
  {
    definition: { name: "Glass of water", type: "boolean", target: 1, unit: "", schedule: { kind: "daily" }, cue: { after: "wake up", will: "drink a glass of water" }, reminders: ["07:00"], group: "Morning routine" },
    startedDaysAgo: 45,
    doneShare: 0.9,
  },
  {
    definition: { name: "Mobility", type: "numeric", target: 10, unit: "min", schedule: { kind: "daily" }, cue: { after: "drink my water", will: "do ten minutes of mobility" }, reminders: [], group: "Morning routine" },
    startedDaysAgo: 45,
    doneShare: 0.7,
  },
  {
    definition: { name: "Read", type: "numeric", target: 20, unit: "pages", schedule: { kind: "weekdays", days: [1, 2, 3, 4, 5] }, cue: null, reminders: ["21:00"], group: "" },
    startedDaysAgo: 30,
    doneShare: 0.75,
  },
  {
    definition: { name: "Walk 8,000 steps", type: "boolean", target: 1, unit: "", schedule: { kind: "per_period", times: 5, periodDays: 7 }, cue: null, reminders: [], group: "" },
    startedDaysAgo: 20,
    doneShare: 0.65,
  },
];

/** Same answer every run (a seed must be reproducible), spread like a coin. */
export function coin(habitIndex: number, day: number): number {
  const x = Math.sin(habitIndex * 7919 + day * 104729) * 10_000;
  return x - Math.floor(x);
}

/**
 * Past check-ins of one habit, from its start to yesterday (not today's: that is for the person trying
 * the app), on about `doneShare` of its scheduled days.
 */
export async function seedDemoCheckIns(user: Pick<SessionUser, "id">, view: THabitView, today: string, habitIndex: number, doneShare: number): Promise<void> {
  if (view.startDate >= today) return;
  const habit: Habit = { type: view.type, target: view.target, schedule: view.schedule, window: { startDate: view.startDate, endDate: null, pauses: [] } };
  const rows = dayStatuses(habit, new Map(), view.startDate, addDaysToKey(today, -1), today)
    .filter((day, offset) => day.status !== "not_scheduled" && coin(habitIndex, offset) < doneShare)
    .map((day) => ({
      habitId: new Types.ObjectId(view.id),
      userId: new Types.ObjectId(user.id),
      dayKey: day.dayKey,
      value: view.type === "numeric" ? view.target : 1,
      skipped: false,
    }));
  await HabitCheckInModel.insertMany(rows);
}

/** Seeds the member's own demo habits and their past check-ins. */
export async function seedDemoHabits(user: SessionUser, timeZone: string, now = new Date()): Promise<void> {
  const today = dayKeyOf(now, timeZone);
  for (const [index, demo] of demoHabits.entries()) {
    const startDate = addDaysToKey(today, -demo.startedDaysAgo);
    const view = await createHabit(user, { ...demo.definition, startDate, endDate: null });
    await seedDemoCheckIns(user, view, today, index, demo.doneShare);
  }
}
