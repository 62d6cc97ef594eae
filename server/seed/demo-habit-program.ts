import "server-only";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import type { THabitProgramContent } from "@/lib/schemas/habit-program";
import type { AuditActor } from "@/server/audit/audit-service";
import { assignHabitProgram } from "@/server/habits/habit-program-enrollment-service";
import { createHabitProgram } from "@/server/habits/habit-program-service";
import { listHabits } from "@/server/habits/habit-service";
import type { SessionUser } from "@/server/users/user-service";
import { seedDemoCheckIns } from "./demo-habits";

/**
 * A habit program in the demo trainer's library: one new habit at a time, the way habits stick. No
 * reminders: Sam's devices are the push e2e test's, which must see only the pushes it sends.
 */
const foundations: THabitProgramContent = {
  name: "Fat-loss foundations",
  description: "Small habits added one phase at a time, so each has a few weeks to settle before the next.",
  phases: [
    {
      name: "Hydrate",
      startWeek: 1,
      habits: [{ name: "Water", type: "numeric", target: 8, unit: "glasses", schedule: { kind: "daily" }, cue: { after: "sit down at my desk", will: "fill my water bottle" }, reminders: [], group: "" }],
    },
    {
      name: "Wind down",
      startWeek: 3,
      habits: [{ name: "No screens after 22:00", type: "boolean", target: 1, unit: "", schedule: { kind: "daily" }, cue: null, reminders: [], group: "" }],
    },
    {
      name: "Sleep",
      startWeek: 7,
      habits: [{ name: "Lights out by 23:00", type: "boolean", target: 1, unit: "", schedule: { kind: "weekdays", days: [1, 2, 3, 4, 7] }, cue: null, reminders: [], group: "" }],
    },
  ],
};

/** How often Sam kept each started habit of the program (by name): water mostly, screens half the time. */
const doneShareByName: Record<string, number> = { Water: 0.85, "No screens after 22:00": 0.5 };

/**
 * The demo trainer's habit program, with Sam enrolled five weeks ago: two phases started (habits with
 * check-ins), the sleep phase still ahead. Through the services, so it is what a trainer would make.
 */
export async function seedDemoHabitProgram(trainer: Pick<SessionUser, "id">, auditActor: AuditActor, client: Pick<SessionUser, "id">, clientTimeZone: string, now = new Date()): Promise<void> {
  const today = dayKeyOf(now, clientTimeZone);
  const program = await createHabitProgram(trainer, foundations);
  await assignHabitProgram(trainer, auditActor, { programId: program.id, clientId: client.id, startDate: addDaysToKey(today, -35) });
  const habits = await listHabits(client, now);
  for (const [index, habit] of habits.entries()) {
    const share = doneShareByName[habit.name];
    if (share !== undefined) await seedDemoCheckIns(client, habit, today, 10 + index, share);
  }
}
