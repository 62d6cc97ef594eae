import "server-only";
import type { TExercise } from "@/lib/schemas/exercise";
import { reduceSession, type ReducedSession, type ReductionKind } from "@/lib/train/reduced-session";
import { formatWeight } from "@/lib/units";
import type { MemberTrainingContext } from "@/server/train/member-context";
import type { PlannedEntry } from "@/server/train/prescription-service";
import { adjustmentId, lighterStatuses, ReadinessAdjustmentModel, type AdjustmentStatus } from "./readiness-adjustment-model";

export type ProgramDayRef = { programId: string; weekIndex: number; dayIndex: number };

/** What the name of a lighter workout (and today's day name) says. */
export function lighterLabel(kind: ReductionKind): string {
  return kind === "reduce" ? "lighter version" : "easy version";
}

/** The lighter version of planned entries (same entries, same order; prescriptions reduced). */
export function reducePlanned(member: MemberTrainingContext, planned: PlannedEntry[], exercises: Map<string, TExercise>, kind: ReductionKind, because?: string): { planned: PlannedEntry[]; session: ReducedSession } {
  const session = reduceSession(
    planned.map((entry) => {
      const exercise = exercises.get(entry.exerciseId);
      return { exerciseName: exercise?.name ?? "Removed exercise", equipment: exercise?.equipment ?? "other", prescription: entry.prescription };
    }),
    { kind, setup: member.setup, formatWeight: (kg) => formatWeight(kg, member.weightUnit), because },
  );
  return { planned: planned.map((entry, index) => ({ ...entry, prescription: session.entries[index].prescription })), session };
}

/**
 * The hook where today's program day is prescribed (today-service) and started (workout-service): when
 * the member's adjustment for `dayKey` is applied or approved for this very program day, the planned
 * entries become the lighter version. Pending, declined and withdrawn adjustments change nothing.
 */
export async function applyReadinessAdjustment(
  member: MemberTrainingContext,
  dayKey: string,
  ref: ProgramDayRef,
  planned: PlannedEntry[],
  exercises: Map<string, TExercise>,
): Promise<{ planned: PlannedEntry[]; lighter: ReductionKind | null }> {
  const adjustment = await ReadinessAdjustmentModel.findById(adjustmentId(member.memberId, dayKey)).select({ kind: 1, status: 1, programId: 1, programWeek: 1, programDay: 1 }).lean();
  if (!adjustment || !lighterStatuses.includes(adjustment.status as AdjustmentStatus)) return { planned, lighter: null };
  if (adjustment.programId !== ref.programId || adjustment.programWeek !== ref.weekIndex || adjustment.programDay !== ref.dayIndex) return { planned, lighter: null };
  const kind = adjustment.kind as ReductionKind;
  return { planned: reducePlanned(member, planned, exercises, kind).planned, lighter: kind };
}
