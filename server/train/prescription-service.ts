import "server-only";
import type { TProgramDay, TProgramWeek } from "@/lib/schemas/program";
import type { TExercise } from "@/lib/schemas/exercise";
import type { TPrescription } from "@/lib/schemas/workout";
import { prescribeNext } from "@/lib/train/progression";
import { formatWeight } from "@/lib/units";
import type { MemberTrainingContext } from "./member-context";
import { pastSessionsFor, recentOneRepMax, recentSetsOf } from "./performance-history";

export type PlannedEntry = { slotId: string; groupId: string | null; exerciseId: string; restSeconds: number; notes: string; prescription: TPrescription };

/** Targets for every exercise of a program day, from its rules and the member's last performance. */
export async function prescribeDay(member: MemberTrainingContext, day: TProgramDay, exercises: Map<string, TExercise>): Promise<PlannedEntry[]> {
  const planned: PlannedEntry[] = [];
  for (const slot of day.slots) {
    for (const slotExercise of slot.exercises) {
      const exercise = exercises.get(slotExercise.exerciseId);
      const sets = await recentSetsOf(member.memberId, slotExercise.exerciseId);
      const prescription = prescribeNext({
        slot: slotExercise,
        equipment: exercise?.equipment ?? "other",
        history: pastSessionsFor(sets, slot.id),
        estimatedOneRepMaxKg: recentOneRepMax(sets),
        setup: member.setup,
        formatWeight: (kg) => formatWeight(kg, member.weightUnit),
      });
      planned.push({
        slotId: slot.id,
        groupId: slot.kind === "single" ? null : slot.id,
        exerciseId: slotExercise.exerciseId,
        restSeconds: slotExercise.restSeconds,
        notes: slotExercise.notes,
        prescription,
      });
    }
  }
  return planned;
}

export function dayOf(weeks: TProgramWeek[], weekIndex: number, dayIndex: number): TProgramDay | null {
  return weeks[weekIndex]?.days[dayIndex] ?? null;
}
