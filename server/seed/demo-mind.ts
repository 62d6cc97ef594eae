import "server-only";
import { addDaysToKey, dayKeyOf, instantFromLocal } from "@/lib/dates/day-key";
import type { CheckInTag } from "@/lib/schemas/mind";
import { saveCheckIn } from "@/server/mind/checkin-service";
import { setSharing } from "@/server/mind/sharing-service";
import type { SessionUser } from "@/server/users/user-service";

type DemoCheckIn = { mood: number; energy: number; stress: number; sleepHours: number; sleepQuality: number; tags: CheckInTag[]; note: string };

/**
 * Maya's last two weeks of check-ins, by days ago (14 … 1): a good week, then a deadline at work (worse
 * mood and energy, more stress, shorter nights). The notes are hers alone: stored encrypted, never shown
 * to her trainer at any sharing level.
 */
const mayaCheckIns: [daysAgo: number, DemoCheckIn][] = [
  [14, { mood: 4, energy: 4, stress: 2, sleepHours: 7.75, sleepQuality: 4, tags: ["exercise"], note: "" }],
  [13, { mood: 4, energy: 4, stress: 2, sleepHours: 8, sleepQuality: 4, tags: [], note: "" }],
  [12, { mood: 5, energy: 4, stress: 1, sleepHours: 8.25, sleepQuality: 5, tags: ["social"], note: "Dinner with friends." }],
  [11, { mood: 4, energy: 3, stress: 2, sleepHours: 7.5, sleepQuality: 4, tags: ["exercise"], note: "" }],
  [10, { mood: 4, energy: 4, stress: 2, sleepHours: 7.75, sleepQuality: 4, tags: [], note: "" }],
  [9, { mood: 4, energy: 4, stress: 3, sleepHours: 7.25, sleepQuality: 3, tags: ["work"], note: "" }],
  [8, { mood: 5, energy: 4, stress: 2, sleepHours: 8, sleepQuality: 4, tags: ["family"], note: "" }],
  [7, { mood: 4, energy: 3, stress: 2, sleepHours: 7.5, sleepQuality: 4, tags: ["exercise"], note: "" }],
  [6, { mood: 3, energy: 3, stress: 4, sleepHours: 6.5, sleepQuality: 3, tags: ["work"], note: "Deadline moved up a week." }],
  [5, { mood: 3, energy: 2, stress: 4, sleepHours: 6, sleepQuality: 2, tags: ["work"], note: "" }],
  [4, { mood: 2, energy: 2, stress: 5, sleepHours: 5.5, sleepQuality: 2, tags: ["work"], note: "Slept badly, skipped training." }],
  [3, { mood: 2, energy: 2, stress: 4, sleepHours: 6, sleepQuality: 2, tags: ["work", "weather"], note: "" }],
  [2, { mood: 3, energy: 2, stress: 4, sleepHours: 6.25, sleepQuality: 3, tags: ["work"], note: "" }],
  [1, { mood: 2, energy: 3, stress: 4, sleepHours: 6, sleepQuality: 2, tags: ["work", "family"], note: "" }],
];

/**
 * Maya shares "trends only" with her trainer (chosen two weeks ago) and checked in every evening of the
 * last two weeks up to yesterday (today is left for her, or a demo, to fill in): her wellbeing trends
 * down, so the demo trainer's roster shows the wellbeing signal. Sam keeps the default: sharing nothing.
 * Through the real services (each check-in saved "on its day" at 21:30 her time); the check-ins have
 * fixed ids (member and day), so seeding again changes nothing.
 */
export async function seedMayaMind(maya: SessionUser, timeZone: string, now = new Date()): Promise<void> {
  const today = dayKeyOf(now, timeZone);
  const first = addDaysToKey(today, -mayaCheckIns[0][0]);
  await setSharing(maya, "trends", instantFromLocal(`${first}T08:00`, timeZone));
  for (const [daysAgo, checkIn] of mayaCheckIns) {
    const dayKey = addDaysToKey(today, -daysAgo);
    await saveCheckIn(maya, { dayKey, ...checkIn }, instantFromLocal(`${dayKey}T21:30`, timeZone));
  }
}
