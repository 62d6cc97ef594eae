import "server-only";
import { Types } from "mongoose";
import { addDaysToKey, dayKeyOf, instantFromLocal } from "@/lib/dates/day-key";
import { backfillTrainingDays } from "@/server/analytics/training-days";
import { submitQuestionnaire } from "@/server/mind/questionnaire-service";
import { updateSet } from "@/server/train/set-service";
import { WorkoutSetModel } from "@/server/train/workout-set-model";
import type { SessionUser } from "@/server/users/user-service";

// What the Progress charts and insights need on top of the demo history (server/seed/demo-history.ts):
// a plateau on one of Maya's main lifts (her bench press held at one weight for the last five weeks,
// edited through the real set service so records and e1RMs are what the app would have computed), three
// WHO-5 results a month apart, and the training-day rollups of every fresh demo member. Runs only for
// accounts made in this seed run, like the rest of the demo history.

/** The lift that stalls, and for how long (days back from today). */
export const PLATEAU_EXERCISE_ID = "barbell-bench-press";
export const PLATEAU_DAYS = 35;

/** Maya's bench press: every set of the last five weeks at the weight of the first one in that window. */
async function flattenLift(member: SessionUser, timeZone: string, exerciseId: string, now: Date): Promise<void> {
  const from = addDaysToKey(dayKeyOf(now, timeZone), -PLATEAU_DAYS);
  const sets = await WorkoutSetModel.find({ userId: new Types.ObjectId(member.id), exerciseId, dayKey: { $gte: from } })
    .select({ _id: 1, weightKg: 1, completedAt: 1 })
    .sort({ completedAt: 1 })
    .lean();
  const heldKg = sets[0]?.weightKg;
  if (heldKg == null) return;
  const actor = { id: member.id, role: member.role };
  for (const set of sets) if (set.weightKg !== heldKg) await updateSet(actor, { setId: String(set._id), values: { weightKg: heldKg } });
}

/** WHO-5 answers (0–5 each) a month apart: 68, 60 and 52 out of 100, drifting down with her recent dip. */
const mayaWho5: [daysAgo: number, answers: number[]][] = [
  [56, [4, 3, 4, 3, 3]],
  [28, [3, 3, 3, 3, 3]],
  [6, [3, 3, 2, 3, 2]],
];

async function seedMayaProgress(maya: SessionUser, timeZone: string, now: Date): Promise<void> {
  await flattenLift(maya, timeZone, PLATEAU_EXERCISE_ID, now);
  const today = dayKeyOf(now, timeZone);
  for (const [daysAgo, answers] of mayaWho5) {
    await submitQuestionnaire(maya, { instrument: "who5", answers }, instantFromLocal(`${addDaysToKey(today, -daysAgo)}T09:00`, timeZone));
  }
}

/**
 * Progress data for the fresh demo members (Maya's plateau and WHO-5 history), then their training-day
 * rollups rebuilt from all their sessions, so the first /progress read is already fast.
 */
export async function seedDemoProgress(fresh: { email: string; user: SessionUser; timeZone: string | null }[], now = new Date()): Promise<void> {
  for (const { email, user, timeZone } of fresh) {
    if (user.role !== "member" || !timeZone) continue;
    if (email === "maya@demo.charactercoach.app") await seedMayaProgress(user, timeZone, now);
    await backfillTrainingDays(user.id, { force: true });
  }
}
