import "server-only";
import { Types } from "mongoose";
import type { QuietHours } from "@/lib/habits/reminder-times";
import { AppError } from "@/server/errors/app-error";
import { memberTrainingContext } from "@/server/train/member-context";
import { UserModel } from "@/server/users/user-model";

export type ReminderContext = { timeZone: string; quietHours: QuietHours };

export async function getQuietHours(userId: string): Promise<QuietHours> {
  const user = await UserModel.findById(new Types.ObjectId(userId)).select({ reminderSettings: 1 }).lean();
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
  const quiet = user.reminderSettings?.quietHours;
  return quiet?.from && quiet.to ? { from: quiet.from, to: quiet.to } : null;
}

/** Stores quiet hours (null: none). The caller re-plans the member's reminders (syncUserReminders). */
export async function saveQuietHours(userId: string, quietHours: QuietHours): Promise<void> {
  const result = await UserModel.updateOne({ _id: new Types.ObjectId(userId) }, { $set: { "reminderSettings.quietHours": quietHours } });
  if (result.matchedCount === 0) throw new AppError("NOT_FOUND", "No such user.");
}

/** The member's zone and quiet hours; null when the account is gone (its jobs are then dropped). */
export async function memberReminderContext(userId: string): Promise<ReminderContext | null> {
  try {
    const { timeZone } = await memberTrainingContext(userId);
    return { timeZone, quietHours: await getQuietHours(userId) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
