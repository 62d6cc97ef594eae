import "server-only";
import { Types } from "mongoose";
import type { z } from "zod";
import { addDaysToKey, dayKeyOf, daysBetween } from "@/lib/dates/day-key";
import { dayStatuses, type CheckIns, type Habit, type HabitWindow } from "@/lib/habits/habit-schedule";
import { completionRate, streaks } from "@/lib/habits/habit-stats";
import { currentStrength } from "@/lib/habits/habit-strength";
import type { THabitView, ZCheckInRequestSchema, ZHabitDefinitionSchema, ZPauseHabitRequestSchema } from "@/lib/schemas/habit";
import { findOwnedById } from "@/server/db/find-owned";
import { oneAtATime } from "@/server/db/one-at-a-time";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { insightsAfterWrite } from "@/server/insights/insight-jobs";
import { syncHabitReminders } from "@/server/reminders/habit-reminder-sync";
import { memberTrainingContext } from "@/server/train/member-context";
import type { SessionUser } from "@/server/users/user-service";
import { HabitCheckInModel, HabitModel, type HabitDoc } from "./habit-model";

type Actor = Pick<SessionUser, "id">;
type StoredHabit = HabitDoc & { _id: Types.ObjectId };
type Definition = z.output<typeof ZHabitDefinitionSchema>;

/** The member's habit by id; someone else's id reads as missing. */
async function loadHabit(actor: Actor, habitId: string): Promise<StoredHabit> {
  const habit = Types.ObjectId.isValid(habitId) ? await findOwnedById<StoredHabit>(HabitModel, habitId, actor.id) : null;
  if (!habit) throw new AppError("NOT_FOUND", "No such habit.");
  return habit;
}

/** The days a stored habit counts (start, end, pauses) as the domain code (lib/habits) wants them. */
export function habitWindow(habit: Pick<HabitDoc, "startDate" | "endDate" | "pauses">): HabitWindow {
  return { startDate: habit.startDate, endDate: habit.endDate ?? null, pauses: (habit.pauses ?? []).map((pause) => ({ from: pause.from!, to: pause.to! })) };
}

/** A stored habit as the domain code sees it (also used by the reminder scheduler). */
export const toDomain = (habit: Pick<HabitDoc, "type" | "target" | "schedule" | "startDate" | "endDate" | "pauses">): Habit => ({
  type: habit.type,
  target: habit.target,
  schedule: habit.schedule as Habit["schedule"],
  window: habitWindow(habit),
});

/** A habit's check-ins by day, all of them or from `fromKey` on. */
export async function checkInsOf(habitId: Types.ObjectId, fromKey?: string): Promise<CheckIns> {
  const rows = await HabitCheckInModel.find(fromKey ? { habitId, dayKey: { $gte: fromKey } } : { habitId }).lean();
  return new Map(rows.map((row) => [row.dayKey, { value: row.value ?? 0, skipped: Boolean(row.skipped) }]));
}

async function todayOf(actor: Actor, now = new Date()): Promise<string> {
  return dayKeyOf(now, (await memberTrainingContext(actor.id)).timeZone);
}

function toView(habit: StoredHabit, checkIns: CheckIns, todayKey: string): THabitView {
  const domain = toDomain(habit);
  const [today] = dayStatuses(domain, checkIns, todayKey, todayKey, todayKey);
  return {
    id: String(habit._id),
    name: habit.name,
    type: habit.type,
    target: habit.target,
    unit: habit.unit ?? "",
    schedule: domain.schedule as THabitView["schedule"],
    cue: habit.cue ? { after: habit.cue.after ?? "", will: habit.cue.will ?? "" } : null,
    startDate: habit.startDate,
    endDate: habit.endDate ?? null,
    pauses: domain.window.pauses,
    reminders: habit.reminders ?? [],
    group: habit.group ?? "",
    assignedBy: habit.assignedBy ? String(habit.assignedBy) : null,
    archived: Boolean(habit.archivedAt),
    today: { dayKey: todayKey, status: today.status, value: checkIns.get(todayKey)?.value ?? 0 },
    strength: Math.round(currentStrength(domain, checkIns, todayKey) * 1000) / 1000,
    streak: streaks(domain, checkIns, todayKey),
    completion: {
      days7: completionRate(domain, checkIns, todayKey, 7),
      days30: completionRate(domain, checkIns, todayKey, 30),
      days90: completionRate(domain, checkIns, todayKey, 90),
    },
    daysSinceStart: Math.max(0, daysBetween(habit.startDate, todayKey)),
    readAt: Date.now(),
  };
}

export async function listHabits(actor: Actor, now = new Date()): Promise<THabitView[]> {
  const todayKey = await todayOf(actor, now);
  const habits = (await HabitModel.find({ userId: new Types.ObjectId(actor.id), archivedAt: null }).sort({ group: 1, createdAt: 1 }).lean()) as StoredHabit[];
  return Promise.all(habits.map(async (habit) => toView(habit, await checkInsOf(habit._id), todayKey)));
}

const viewOf = async (habit: StoredHabit, todayKey: string) => toView(habit, await checkInsOf(habit._id), todayKey);

export async function getHabit(actor: Actor, habitId: string, now = new Date()): Promise<THabitView> {
  return viewOf(await loadHabit(actor, habitId), await todayOf(actor, now));
}

export async function createHabit(actor: Actor, definition: Definition): Promise<THabitView> {
  const doc = await HabitModel.create({ ...definition, userId: new Types.ObjectId(actor.id), assignedBy: null });
  await syncHabitReminders(String(doc._id));
  return getHabit(actor, String(doc._id));
}

/** What a habit asks for and when: on a trainer-assigned habit, the trainer's to change (trainerHabits.update). */
/** What a trainer plans on an assigned habit; the rest (reminders, group, cue) is the member's. */
export const planFields = ["name", "type", "target", "unit", "schedule", "startDate", "endDate"] as const;
// Key order and weekday order do not make a different plan (habits stored before days were sorted).
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) => {
    if (Array.isArray(inner)) return inner.every((item) => typeof item === "number") ? [...inner].sort((a, b) => a - b) : inner;
    return inner && typeof inner === "object" ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner;
  });

/**
 * The member keeps the day-to-day of an assigned habit (check-ins, skips, pauses, reminders, group,
 * cue, archiving); changing what the trainer planned is refused rather than silently forking it.
 */
function assertMayChangePlan(habit: StoredHabit, definition: Definition): void {
  if (!habit.assignedBy) return;
  const changed = planFields.filter((field) => canonical(habit[field] ?? null) !== canonical(definition[field] ?? null));
  if (changed.length > 0) {
    throw new AppError("FORBIDDEN", "Your trainer set this habit's name, target and schedule, so ask them to change those. You can still change its reminders, group and cue.");
  }
}

export async function updateHabit(actor: Actor, habitId: string, definition: Definition): Promise<THabitView> {
  const habit = await loadHabit(actor, habitId);
  assertMayChangePlan(habit, definition);
  await HabitModel.updateOne({ _id: habit._id }, { $set: definition });
  await syncHabitReminders(habitId);
  return getHabit(actor, habitId);
}

export async function archiveHabit(actor: Actor, habitId: string): Promise<void> {
  const habit = await loadHabit(actor, habitId);
  await HabitModel.updateOne({ _id: habit._id }, { $set: { archivedAt: new Date() } });
  await syncHabitReminders(habitId);
  await insightsAfterWrite(String(habit.userId), { reason: "habit" });
}

/** A pause (vacation, illness): its days neither count nor break a streak. */
export async function pauseHabit(actor: Actor, request: z.output<typeof ZPauseHabitRequestSchema>): Promise<THabitView> {
  const habit = await loadHabit(actor, request.habitId);
  const pauses = [...(habit.pauses ?? []).map((pause) => ({ from: pause.from!, to: pause.to! })), { from: request.from, to: request.to }];
  await HabitModel.updateOne({ _id: habit._id }, { $set: { pauses } });
  await syncHabitReminders(request.habitId);
  await insightsAfterWrite(String(habit.userId), { reason: "habit" });
  return getHabit(actor, request.habitId);
}

/** Today and past days only, and not before the habit started: back-fill yes, the future no. */
function assertLoggableDay(habit: StoredHabit, dayKey: string, todayKey: string): void {
  if (dayKey > todayKey) throw new AppError("BAD_REQUEST", "You can only check in for today or an earlier day.");
  if (dayKey < habit.startDate) throw new AppError("BAD_REQUEST", `This habit starts on ${habit.startDate}.`);
  if (habit.endDate && dayKey > habit.endDate) throw new AppError("BAD_REQUEST", `This habit ended on ${habit.endDate}.`);
  if (daysBetween(dayKey, todayKey) > 366) throw new AppError("BAD_REQUEST", "Back-fill goes back one year at most.");
}

/**
 * One check-in per habit and day (unique index): saying it again sets the same value, so a replayed
 * offline write or a second tap never counts twice. Serialised per habit-day in the process because
 * FerretDB applies concurrent upserts as read-then-write.
 */
async function writeDay(actor: Actor, habit: StoredHabit, dayKey: string, values: { value: number; skipped: boolean }): Promise<THabitView> {
  const todayKey = await todayOf(actor);
  assertLoggableDay(habit, dayKey, todayKey);
  await oneAtATime(`habit-day:${String(habit._id)}:${dayKey}`, async () => {
    const filter = { habitId: habit._id, dayKey };
    const update = { $set: { ...values, userId: habit.userId } };
    try {
      await HabitCheckInModel.updateOne(filter, update, { upsert: true });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await HabitCheckInModel.updateOne(filter, update);
    }
  });
  await insightsAfterWrite(String(habit.userId), { dayKeys: [dayKey], reason: "habit" });
  return viewOf(habit, todayKey);
}

export async function checkIn(actor: Actor, request: z.output<typeof ZCheckInRequestSchema>): Promise<THabitView> {
  const habit = await loadHabit(actor, request.habitId);
  if (habit.type === "boolean" && request.value !== 1) throw new AppError("BAD_REQUEST", "A yes/no habit is checked in with the value 1.");
  return writeDay(actor, habit, request.dayKey, { value: request.value, skipped: false });
}

export async function skipDay(actor: Actor, habitId: string, dayKey: string): Promise<THabitView> {
  return writeDay(actor, await loadHabit(actor, habitId), dayKey, { value: 0, skipped: true });
}

/** Takes a day's check-in (or skip) back; undoing twice is harmless. */
export async function undoDay(actor: Actor, habitId: string, dayKey: string): Promise<THabitView> {
  const habit = await loadHabit(actor, habitId);
  await HabitCheckInModel.deleteOne({ habitId: habit._id, dayKey });
  await insightsAfterWrite(String(habit.userId), { dayKeys: [dayKey], reason: "habit" });
  return viewOf(habit, await todayOf(actor));
}

/** The last `days` days with their status and value, for the calendar heat map. */
export async function habitCalendar(actor: Actor, habitId: string, days = 91): Promise<{ dayKey: string; status: ReturnType<typeof dayStatuses>[number]["status"]; value: number }[]> {
  const habit = await loadHabit(actor, habitId);
  const checkIns = await checkInsOf(habit._id);
  const todayKey = await todayOf(actor);
  return dayStatuses(toDomain(habit), checkIns, addDaysToKey(todayKey, 1 - days), todayKey, todayKey).map((day) => ({ ...day, value: checkIns.get(day.dayKey)?.value ?? 0 }));
}
