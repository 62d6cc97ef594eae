import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { addDaysToKey, dayKeyOf, instantFromLocal, isoWeekdayOf } from "@/lib/dates/day-key";
import type { ZHabitDefinitionSchema } from "@/lib/schemas/habit";
import type { TProgramContent } from "@/lib/schemas/program";
import type { AuditActor } from "@/server/audit/audit-service";
import { coaches } from "@/server/coaching/coaching-service";
import { assignHabit } from "@/server/habits/habit-assignment-service";
import { assignProgram } from "@/server/train/program-assignment-service";
import { createProgram, startProgram } from "@/server/train/program-service";
import { logSet } from "@/server/train/set-service";
import { finishWorkout, startWorkout } from "@/server/train/workout-service";
import { findUserForLogin, type SessionUser } from "@/server/users/user-service";
import { seedDemoHabitProgram } from "./demo-habit-program";
import { seedMayaNutrition, seedSamNutrition } from "./demo-nutrition";
import { coin, seedDemoCheckIns } from "./demo-habits";
import { seedMayaMind } from "./demo-mind";
import { fullBodyProgram, sets, single } from "./demo-training";

// Eight weeks of believable history for the demo members, so the trainer's dashboard is alive on the
// first run: Maya runs her own program steadily with a dip in the last two weeks (the roster's "needs
// attention" has something to show), Sam follows a beginner program the demo trainer assigned him, at
// about 70 %. Everything goes through the real services (program start and assignment, startWorkout,
// logSet, finishWorkout, habit assignment), so day keys, records and prescriptions are what the app
// would have made. Called only for accounts created in this seed run, so re-running adds nothing.

/** How far back the history goes: the programs started this many weeks before this week's Monday. */
export const HISTORY_WEEKS = 8;
/** Longer than the history, so the demo still has a running program for a few weeks after seeding. */
const PROGRAM_WEEKS = 12;

const systemActor = (user: Pick<SessionUser, "id" | "role">): AuditActor => ({ userId: user.id, role: user.role, requestId: "seed", ip: null });


/** One exercise's progress over the weeks: `start` kg, `step` kg added every `every` sessions logged, reps per set. */
type Lift = { start: number; step: number; every: number; reps: number[] };
const loadOf = (lift: Lift, done: number) => lift.start + lift.step * Math.floor(done / lift.every);

type ScheduledDay = { dayKey: string; weekIndex: number; dayIndex: number };

/** Every day the program schedules from `startDate` up to yesterday (member-local), in order. */
function scheduledDays(weeks: TProgramContent["weeks"], startDate: string, today: string): ScheduledDay[] {
  const days: ScheduledDay[] = [];
  for (const [weekIndex, week] of weeks.entries()) {
    for (const [dayIndex, day] of week.days.entries()) {
      const dayKey = addDaysToKey(startDate, weekIndex * 7 + day.weekday - 1);
      if (dayKey < today) days.push({ dayKey, weekIndex, dayIndex });
    }
  }
  return days.sort((a, b) => a.dayKey.localeCompare(b.dayKey));
}

/** Logs one program day as the member would: start it from the program, log each planned exercise's sets, finish. */
async function logProgramDay(
  member: SessionUser,
  programId: string,
  day: ScheduledDay,
  startedAt: Date,
  performed: { weightKg: number; reps: number[]; rpe?: number | null }[],
  sessionRpe: number,
): Promise<void> {
  const actor = { id: member.id, role: member.role };
  const sessionId = randomUUID();
  const { session } = await startWorkout(actor, systemActor(member), { sessionId, startedAt, program: { programId, weekIndex: day.weekIndex, dayIndex: day.dayIndex } });
  // Exercises side by side (each one's sets in order, as its records need): the seed stays quick.
  await Promise.all(
    performed.map(async ({ weightKg, reps, rpe }, entryIndex) => {
      const begins = 6 + entryIndex * 12;
      for (const [order, count] of reps.entries()) {
        await logSet(actor, {
          setId: randomUUID(),
          sessionId,
          entryId: session.entries[entryIndex].id,
          order,
          type: "working",
          weightKg,
          reps: count,
          rpe: rpe ?? null,
          durationSec: null,
          distanceM: null,
          notes: "",
          completedAt: new Date(startedAt.getTime() + (begins + order * 3) * 60_000),
        });
      }
    }),
  );
  const minute = 6 + performed.length * 12;
  await finishWorkout(actor, { sessionId, finishedAt: new Date(startedAt.getTime() + (minute + 6) * 60_000), sessionRpe, durationMinutes: null });
}

const thisMondayOf = (today: string) => addDaysToKey(today, 1 - isoWeekdayOf(today));

// Maya's lifts per program day (the order of the day's slots in fullBodyProgram).
const mayaLifts: Lift[][] = [
  [
    { start: 62.5, step: 2.5, every: 1, reps: [5, 5, 5] }, // back squat
    { start: 40, step: 2.5, every: 2, reps: [5, 5, 5] }, // bench press
    { start: 35, step: 2.5, every: 3, reps: [12, 11, 10] }, // bent-over row
  ],
  [
    { start: 80, step: 5, every: 1, reps: [5] }, // deadlift
    { start: 25, step: 1.25, every: 2, reps: [5, 5, 5] }, // overhead press
    { start: 50, step: 2.5, every: 2, reps: [8, 8] }, // Romanian deadlift
  ],
  [
    { start: 42.5, step: 2.5, every: 2, reps: [8, 8, 8] }, // front squat
    { start: 14, step: 2, every: 3, reps: [12, 10, 9] }, // incline dumbbell press
  ],
];

/**
 * Maya: her own "Full body 3×" started eight weeks before this week's Monday (her zone). Every session
 * is logged with loads going up, except one early miss and a dip over the last fourteen days (two of the
 * three sessions the week before last, one of the last seven days' three, the later ones a little
 * harder and short of reps): her compliance drops by more than twenty points.
 */
export async function seedMayaHistory(maya: SessionUser, timeZone: string, now = new Date()): Promise<void> {
  const actor = { id: maya.id, role: maya.role };
  const today = dayKeyOf(now, timeZone);
  const startDate = addDaysToKey(thisMondayOf(today), -7 * HISTORY_WEEKS);
  const program = await createProgram(actor, systemActor(maya), { content: fullBodyProgram(PROGRAM_WEEKS) });
  await startProgram(actor, systemActor(maya), { programId: program.id, startDate });

  const days = scheduledDays(program.content.weeks, startDate, today);
  const recent = days.filter((day) => addDaysToKey(day.dayKey, 14) >= today);
  const lastWeek = recent.filter((day) => addDaysToKey(day.dayKey, 7) >= today);
  const weekBefore = recent.filter((day) => addDaysToKey(day.dayKey, 7) < today);
  // Missed: the fourth session (a week-two cold), the middle one of the week before last, and all but the first of the last seven days.
  const missed = new Set([days[3]?.dayKey, weekBefore[1]?.dayKey, ...lastWeek.slice(1).map((day) => day.dayKey)]);
  const done = new Map<string, number>();
  for (const day of days) {
    if (missed.has(day.dayKey)) continue;
    const dipping = addDaysToKey(day.dayKey, 14) >= today;
    const performed = mayaLifts[day.dayIndex].map((lift, index) => {
      const key = `${day.dayIndex}:${index}`;
      const count = done.get(key) ?? 0;
      done.set(key, count + 1);
      // Tired in the dip: the last set comes up a rep short.
      const reps = dipping ? lift.reps.map((value, order) => (order === lift.reps.length - 1 ? value - 1 : value)) : lift.reps;
      return { weightKg: loadOf(lift, count), reps, rpe: day.dayIndex === 1 && index === 2 ? 7.5 : null };
    });
    await logProgramDay(maya, program.id, day, instantFromLocal(`${day.dayKey}T18:30`, timeZone), performed, dipping ? 8.5 : 7);
  }
  await seedMayaNutrition(maya, timeZone, now);
  await seedMayaMind(maya, timeZone, now);
}

/** A beginner's two full-body days a week in the demo trainer's library: machines and dumbbells, double progression. */
export function beginnerProgram(weekCount = PROGRAM_WEEKS): TProgramContent {
  const double = (incrementKg: number) => ({ kind: "double" as const, incrementKg });
  const days = [
    {
      name: "Full body A",
      weekday: 2,
      slots: [single("dumbbell-goblet-squat", sets(3, 8, 12, 14), double(2), 90), single("dumbbell-bench-press", sets(3, 8, 12, 12), double(2), 90), single("lat-pulldown", sets(3, 10, 12, 32), double(2.5), 90)],
    },
    {
      name: "Full body B",
      weekday: 5,
      slots: [single("leg-press", sets(3, 10, 12, 60), double(5), 120), single("dumbbell-one-arm-row", sets(3, 8, 12, 14), double(2), 90), single("dumbbell-romanian-deadlift", sets(3, 10, 12, 14), double(2), 90)],
    },
  ];
  return {
    name: "Beginner foundations",
    description: "Two full-body days a week on machines and dumbbells: add reps until the top of the range, then weight.",
    weeks: Array.from({ length: weekCount }, () => ({ days })),
  };
}

/** Pounds as kilograms (Sam trains in lb: 35 lb dumbbells, not 15.88 kg ones). */
const lb = (pounds: number) => Math.round(pounds * 0.45359237 * 100) / 100;

// Sam's lifts by exercise (in lb, the plates he sees), shared by the days that repeat an exercise.
const samLifts: Record<string, Lift> = {
  "dumbbell-goblet-squat": { start: lb(30), step: lb(5), every: 2, reps: [12, 10, 10] },
  "dumbbell-bench-press": { start: lb(25), step: lb(5), every: 3, reps: [10, 10, 8] },
  "lat-pulldown": { start: lb(70), step: lb(10), every: 3, reps: [12, 11, 10] },
  "leg-press": { start: lb(140), step: lb(20), every: 2, reps: [12, 12, 10] },
  "dumbbell-one-arm-row": { start: lb(30), step: lb(5), every: 2, reps: [12, 10, 10] },
  "dumbbell-romanian-deadlift": { start: lb(30), step: lb(5), every: 2, reps: [12, 12, 10] },
};

type SamHabit = { definition: Omit<z.output<typeof ZHabitDefinitionSchema>, "startDate" | "endDate">; doneShare: number };
const samHabits: SamHabit[] = [
  {
    definition: { name: "Protein with every meal", type: "boolean", target: 1, unit: "", schedule: { kind: "daily" }, cue: { after: "sit down to eat", will: "start with the protein on my plate" }, reminders: [], group: "" },
    doneShare: 0.75,
  },
  {
    definition: { name: "Walk", type: "numeric", target: 8000, unit: "steps", schedule: { kind: "weekdays", days: [1, 2, 3, 4, 5] }, cue: null, reminders: [], group: "" },
    doneShare: 0.65,
  },
];

/**
 * Sam: the demo trainer's "Beginner foundations" template, assigned to him through the assignment
 * service from eight weeks before this week's Monday, about seven sessions in ten logged (Fridays
 * slip most), two habits the trainer gave him and the trainer's habit program, with their check-ins.
 * Needs the trainer to coach Sam.
 */
export async function seedSamHistory(sam: SessionUser, timeZone: string, trainer: Pick<SessionUser, "id" | "role">, now = new Date()): Promise<void> {
  if (!(await coaches(trainer.id, sam.id))) return;
  const trainerActor = { id: trainer.id, role: trainer.role };
  const today = dayKeyOf(now, timeZone);
  const startDate = addDaysToKey(thisMondayOf(today), -7 * HISTORY_WEEKS);
  const template = await createProgram(trainerActor, systemActor(trainer), { content: beginnerProgram() });
  const { results } = await assignProgram(trainerActor, systemActor(trainer), { programId: template.id, clientIds: [sam.id], startDate });
  const copyId = results[0].copyId;
  if (!copyId) return;

  const content = template.content;
  const done = new Map<string, number>();
  for (const [index, day] of scheduledDays(content.weeks, startDate, today).entries()) {
    // About seven in ten, Fridays slipping more often than Tuesdays.
    if (coin(3, index) >= (day.dayIndex === 1 ? 0.6 : 0.8)) continue;
    const exerciseIds = content.weeks[day.weekIndex].days[day.dayIndex].slots.map((slot) => slot.exercises[0].exerciseId);
    const performed = exerciseIds.map((exerciseId) => {
      const lift = samLifts[exerciseId];
      const count = done.get(exerciseId) ?? 0;
      done.set(exerciseId, count + 1);
      return { weightKg: loadOf(lift, count), reps: lift.reps };
    });
    await logProgramDay(sam, copyId, day, instantFromLocal(`${day.dayKey}T07:15`, timeZone), performed, 6);
  }

  for (const [index, demo] of samHabits.entries()) {
    const view = await assignHabit(trainerActor, systemActor(trainer), sam.id, { ...demo.definition, startDate, endDate: null });
    await seedDemoCheckIns(sam, view, today, 11 + index, demo.doneShare);
  }
  await seedDemoHabitProgram(trainerActor, systemActor(trainer), sam, timeZone, now);
  await seedSamNutrition(sam, timeZone, trainerActor, now);
}

export type DemoHistory = "own-program" | "assigned-program";

/** Seeds one freshly created demo member's history; an assigned program needs the demo trainer (by email) to coach them. */
export async function seedDemoHistory(kind: DemoHistory, member: SessionUser, timeZone: string, trainerEmail: string, now = new Date()): Promise<void> {
  if (kind === "own-program") return seedMayaHistory(member, timeZone, now);
  const trainer = await findUserForLogin(trainerEmail);
  if (trainer) await seedSamHistory(member, timeZone, { id: String(trainer._id), role: trainer.role }, now);
}
