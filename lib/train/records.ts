import type { MeasurementType, SetType } from "@/lib/train/vocabulary";
import { estimateOneRepMax } from "@/lib/train/one-rep-max";

/**
 * Personal records, as a fold over a member's sets of one exercise. The same function detects records
 * when a set is saved and rebuilds them after an edit or a delete, so the two can never disagree.
 */
export const recordKinds = ["heaviest", "bestE1rm", "bestVolume", "repsAtLoad", "mostReps", "longestDuration", "longestDistance"] as const;
export type RecordKind = (typeof recordKinds)[number];

export const recordLabels: Record<RecordKind, string> = {
  heaviest: "Heaviest weight",
  bestE1rm: "Best estimated 1RM",
  bestVolume: "Best set volume",
  repsAtLoad: "Most reps at this weight",
  mostReps: "Most reps",
  longestDuration: "Longest time",
  longestDistance: "Longest distance",
};

export type Best = { value: number; setId: string; at: Date; weightKg?: number | null; reps?: number | null };
export type RecordBook = Partial<Record<Exclude<RecordKind, "repsAtLoad">, Best | null>> & { repsAtLoad: Best[] };

export type RecordCandidate = {
  id: string;
  type: SetType;
  weightKg: number | null;
  reps: number | null;
  rpe: number | null;
  durationSec: number | null;
  distanceM: number | null;
  completedAt: Date;
};

/** A first ever value sets the baseline silently; only beating an earlier best is celebrated. */
export const emptyRecordBook = (): RecordBook => ({ repsAtLoad: [] });

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Warm-ups never count: a record is something the member did on purpose. */
export function countsForRecords(set: RecordCandidate): boolean {
  return set.type !== "warmup";
}

/** The records `set` breaks against `book`, and the book after it. Ties are not records. */
export function applySetToRecords(book: RecordBook, set: RecordCandidate, measurement: MeasurementType): { broken: RecordKind[]; book: RecordBook } {
  const next: RecordBook = { ...book, repsAtLoad: [...book.repsAtLoad] };
  const broken: RecordKind[] = [];
  if (!countsForRecords(set)) return { broken, book: next };
  const best = (value: number): Best => ({ value: round2(value), setId: set.id, at: set.completedAt, weightKg: set.weightKg, reps: set.reps });
  const beat = (kind: Exclude<RecordKind, "repsAtLoad">, value: number | null) => {
    if (value === null || value <= 0) return;
    const current = next[kind];
    if (!current || round2(value) > current.value) {
      next[kind] = best(value);
      if (current) broken.push(kind);
    }
  };

  if (measurement === "weight_reps" && set.weightKg && set.weightKg > 0 && set.reps && set.reps > 0) {
    beat("heaviest", set.weightKg);
    beat("bestE1rm", estimateOneRepMax({ weightKg: set.weightKg, reps: set.reps, rpe: set.rpe ?? undefined })?.value ?? null);
    beat("bestVolume", set.weightKg * set.reps);
    const load = round2(set.weightKg);
    const index = next.repsAtLoad.findIndex((entry) => entry.weightKg === load);
    const entry: Best = { value: set.reps, setId: set.id, at: set.completedAt, weightKg: load, reps: set.reps };
    if (index === -1) {
      next.repsAtLoad.push(entry);
    } else if (set.reps > next.repsAtLoad[index].value) {
      next.repsAtLoad[index] = entry;
      broken.push("repsAtLoad");
    }
  } else if (measurement === "reps") {
    beat("mostReps", set.reps);
  } else if (measurement === "time") {
    beat("longestDuration", set.durationSec);
  } else if (measurement === "distance") {
    beat("longestDistance", set.distanceM);
  }
  return { broken, book: next };
}

/** Rebuilds the book from every set of the exercise (oldest first); returns what each set broke. */
export function rebuildRecords(sets: RecordCandidate[], measurement: MeasurementType): { book: RecordBook; brokenBySet: Map<string, RecordKind[]> } {
  const ordered = [...sets].sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime() || a.id.localeCompare(b.id));
  let book = emptyRecordBook();
  const brokenBySet = new Map<string, RecordKind[]>();
  for (const set of ordered) {
    const result = applySetToRecords(book, set, measurement);
    book = result.book;
    brokenBySet.set(set.id, result.broken);
  }
  return { book, brokenBySet };
}
