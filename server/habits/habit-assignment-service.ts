import "server-only";
import type { Types } from "mongoose";
import type { z } from "zod";
import type { THabitView, ZHabitDefinitionSchema } from "@/lib/schemas/habit";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { requireClient } from "@/server/coaching/coaching-service";
import { findOwnedById } from "@/server/db/find-owned";
import { AppError } from "@/server/errors/app-error";
import { syncHabitReminders } from "@/server/reminders/habit-reminder-sync";
import { toObjectId } from "@/server/train/access";
import type { SessionUser } from "@/server/users/user-service";
import { HabitModel, type HabitDoc } from "./habit-model";
import { getHabit, listHabits, planFields } from "./habit-service";

// A trainer acting on a client's habits. The habit belongs to the client (they check it in, get its
// reminders, may pause or archive it); `assignedBy` records the trainer, who alone may change what it
// asks for (see updateHabit in habit-service.ts for the member's side). Every call first checks that
// the trainer coaches the client; the views are the client's own, in the client's time zone.

type Trainer = Pick<SessionUser, "id">;
type Definition = z.output<typeof ZHabitDefinitionSchema>;
type StoredHabit = HabitDoc & { _id: Types.ObjectId };

const asClient = (clientId: string) => ({ id: clientId });

export async function assignHabit(trainer: Trainer, auditActor: AuditActor, clientId: string, definition: Definition): Promise<THabitView> {
  await requireClient(auditActor, trainer.id, clientId, "habit", null);
  const doc = await HabitModel.create({ ...definition, userId: toObjectId(clientId, "member"), assignedBy: toObjectId(trainer.id) });
  if (definition.reminders.length > 0) await syncHabitReminders(String(doc._id));
  return getHabit(asClient(clientId), String(doc._id));
}

/** All the client's current habits (theirs and assigned ones) with progress, as the client sees them. */
export async function listClientHabits(trainer: Trainer, auditActor: AuditActor, clientId: string): Promise<THabitView[]> {
  await requireClient(auditActor, trainer.id, clientId, "habit", null);
  return listHabits(asClient(clientId));
}

/** A habit of the client that this trainer assigned: another member's id reads as missing, a habit the client made (or another trainer assigned) is FORBIDDEN. */
async function loadAssigned(trainer: Trainer, auditActor: AuditActor, clientId: string, habitId: string): Promise<StoredHabit> {
  await requireClient(auditActor, trainer.id, clientId, "habit", habitId);
  const habit = await findOwnedById<StoredHabit>(HabitModel, toObjectId(habitId, "habit"), clientId);
  if (!habit) throw new AppError("NOT_FOUND", "No such habit.");
  if (String(habit.assignedBy) !== trainer.id) {
    await recordAudit(auditActor, { action: "access.denied", subjectType: "habit", subjectId: habitId, targetUserId: clientId, outcome: "denied" });
    throw new AppError("FORBIDDEN", "You can change only habits you assigned.");
  }
  return habit;
}

/** Replaces the definition of a habit the trainer assigned; its check-ins stay. */
export async function updateAssignedHabit(trainer: Trainer, auditActor: AuditActor, clientId: string, habitId: string, definition: Definition): Promise<THabitView> {
  const habit = await loadAssigned(trainer, auditActor, clientId, habitId);
  // Only the plan: once assigned, reminder times, group and cue are the member's (a trainer screen that
  // left them out must not wipe the member's reminders).
  const plan = Object.fromEntries(planFields.map((field) => [field, definition[field]]));
  await HabitModel.updateOne({ _id: habit._id }, { $set: plan });
  await syncHabitReminders(habitId);
  return getHabit(asClient(clientId), habitId);
}

export async function archiveAssignedHabit(trainer: Trainer, auditActor: AuditActor, clientId: string, habitId: string): Promise<void> {
  const habit = await loadAssigned(trainer, auditActor, clientId, habitId);
  await HabitModel.updateOne({ _id: habit._id }, { $set: { archivedAt: new Date() } });
  await syncHabitReminders(habitId);
}
