import { addDaysToKey, daysBetween } from "@/lib/dates/day-key";
import type { MemberHistory } from "@/lib/analytics/history";
import { recordKinds, recordLabels, type RecordKind } from "@/lib/train/records";
import type { TInsightDraft } from "@/lib/schemas/insights";
import { daysBetweenKeys, evidence, exerciseName, round } from "@/lib/insights/common";

/**
 * Personal records to celebrate from the last PR_WINDOW_DAYS (today included): one draft per exercise,
 * its most telling record (PREFERRED_KINDS order, then the newest day, then the best value), and at most
 * MAX_RECORD_INSIGHTS exercises, newest first, so a week of beginner gains does not bury every other
 * insight (a beginner sets several records in most sessions). Key:
 * `pr:<exerciseId>:<kind>:<dayKey>`. Weight kinds carry `valueKg`; reps `valueReps`; time `valueSeconds`;
 * distance `valueMetres`.
 */
export const PR_WINDOW_DAYS = 7;
export const MAX_RECORD_INSIGHTS = 3;
/** Strength first: an estimated-max record says more than a volume or rep record on the same lift. */
const PREFERRED_KINDS: readonly string[] = ["bestE1rm", "heaviest", "repsAtLoad", "mostReps", "bestVolume", "longestDistance", "longestDuration"];
const kindRank = (kind: string) => (PREFERRED_KINDS.includes(kind) ? PREFERRED_KINDS.indexOf(kind) : PREFERRED_KINDS.length);

const KG_KINDS: readonly string[] = ["heaviest", "bestE1rm", "bestVolume"];
const REP_KINDS: readonly string[] = ["repsAtLoad", "mostReps"];

export function valueFactOf(kind: string): "valueKg" | "valueReps" | "valueSeconds" | "valueMetres" | "value" {
  if (KG_KINDS.includes(kind)) return "valueKg";
  if (REP_KINDS.includes(kind)) return "valueReps";
  if (kind === "longestDuration") return "valueSeconds";
  if (kind === "longestDistance") return "valueMetres";
  return "value";
}

export function personalRecordsSignal(history: MemberHistory, todayKey: string): TInsightDraft[] {
  const best = new Map<string, { exerciseId: string; kind: string; dayKey: string; value: number }>();
  for (const day of daysBetweenKeys(history, addDaysToKey(todayKey, 1 - PR_WINDOW_DAYS), todayKey)) {
    for (const session of day.sessions) {
      for (const record of session.records) {
        const key = `pr:${record.exerciseId}:${record.kind}:${day.dayKey}`;
        const previous = best.get(key);
        if (!previous || record.value > previous.value) best.set(key, { ...record, dayKey: day.dayKey });
      }
    }
  }
  // One per exercise: preferred kind, then newest day, then best value.
  const perExercise = new Map<string, [string, { exerciseId: string; kind: string; dayKey: string; value: number }]>();
  for (const entry of best.entries()) {
    const record = entry[1];
    const current = perExercise.get(record.exerciseId)?.[1];
    const better =
      !current ||
      kindRank(record.kind) < kindRank(current.kind) ||
      (kindRank(record.kind) === kindRank(current.kind) && (record.dayKey > current.dayKey || (record.dayKey === current.dayKey && record.value > current.value)));
    if (better) perExercise.set(record.exerciseId, entry);
  }
  const chosen = [...perExercise.values()]
    .sort(([keyA, a], [keyB, b]) => b.dayKey.localeCompare(a.dayKey) || kindRank(a.kind) - kindRank(b.kind) || keyA.localeCompare(keyB))
    .slice(0, MAX_RECORD_INSIGHTS);
  return chosen.map(([key, record]) => {
    const fact = valueFactOf(record.kind);
    const decimals = fact === "valueKg" ? 1 : 0;
    const kindLabel = (recordKinds as readonly string[]).includes(record.kind) ? recordLabels[record.kind as RecordKind] : record.kind;
    return {
      key,
      kind: "personal_record" as const,
      tone: "positive" as const,
      // Newer records first among records.
      priority: 35 + (PR_WINDOW_DAYS - 1 - Math.max(0, Math.min(PR_WINDOW_DAYS - 1, daysBetween(record.dayKey, todayKey)))) / 10,
      facts: {
        exerciseId: record.exerciseId,
        exerciseName: exerciseName(history, record.exerciseId),
        recordKind: record.kind,
        recordLabel: kindLabel,
        dayKey: record.dayKey,
        [fact]: round(record.value, decimals),
      },
      evidence: [evidence(kindLabel, record.value, fact === "valueKg" ? "kg" : "count", decimals)],
      fromMind: false,
      suggestion: "none" as const,
    };
  });
}
