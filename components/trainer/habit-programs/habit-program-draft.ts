/**
 * The habit program editor's working copy. Start weeks stay the text the trainer typed (so "" or "2."
 * survives a failed save); habits are kept as already-checked program habits, since each one is
 * validated by the habit form before it joins a phase. `contentOf` gives the exact request shape.
 */
import { scheduleLabel, targetLabel } from "@/components/habits/habit-display";
import { draftOf, emptyDraft, type HabitDraft } from "@/components/habits/habit-form-state";
import { friendlyMessage, newKey, numberOf, pathKey } from "@/components/train/programs/program-draft";
import { ZHabitProgramContentSchema, type THabitProgramContent, type TProgramHabit } from "@/lib/schemas/habit-program";

export const MAX_PHASES = 12;
export const MAX_HABITS_PER_PHASE = 10;
export const MAX_WEEK = 52;

export type DraftProgramHabit = { key: string; habit: TProgramHabit };
export type DraftPhase = { key: string; name: string; startWeek: string; habits: DraftProgramHabit[] };
export type HabitProgramDraft = { name: string; description: string; phases: DraftPhase[] };

export function newPhase(after?: DraftPhase): DraftPhase {
  const previous = after ? numberOf(after.startWeek) : Number.NaN;
  // The week after the last phase's start is a sensible guess; the trainer changes it as needed.
  const startWeek = Number.isInteger(previous) ? String(Math.min(previous + 1, MAX_WEEK)) : "1";
  return { key: newKey(), name: "", startWeek, habits: [] };
}

export function emptyProgramDraft(): HabitProgramDraft {
  return { name: "", description: "", phases: [newPhase()] };
}

export function draftOfContent(content: THabitProgramContent): HabitProgramDraft {
  return {
    name: content.name,
    description: content.description,
    phases: content.phases.map((phase) => ({
      key: newKey(),
      name: phase.name,
      startWeek: String(phase.startWeek),
      habits: phase.habits.map((habit) => ({ key: newKey(), habit })),
    })),
  };
}

export function contentOf(draft: HabitProgramDraft) {
  return {
    name: draft.name,
    description: draft.description,
    phases: draft.phases.map((phase) => ({ name: phase.name, startWeek: numberOf(phase.startWeek), habits: phase.habits.map((item) => item.habit) })),
  };
}

/**
 * The habit form's draft for a program habit. A program habit has no dates (its phase gives the
 * start), and `draftOf` reads only the definition's fields, so blank dates stand in for them.
 */
export function habitDraftOf(habit: TProgramHabit | null): HabitDraft {
  if (!habit) return emptyDraft("");
  return draftOf({ ...habit, startDate: "", endDate: null });
}

/** "Every day · 8 glasses" for a habit's one-line summary. */
export function habitSummary(habit: TProgramHabit): string {
  const target = targetLabel(habit);
  return [scheduleLabel(habit.schedule), target ? `target ${target}` : "yes / no"].join(" · ");
}

const phaseLabel = (draft: HabitProgramDraft, index: number) => {
  const name = draft.phases[index]?.name.trim();
  return name ? `Phase ${index + 1} (${name})` : `Phase ${index + 1}`;
};

const fieldWords: Record<string, string> = { startWeek: "start week", name: "name", habits: "habits", description: "description" };

export type Issues = { summary: string[]; byPath: Record<string, string> };
export const noIssues: Issues = { summary: [], byPath: {} };

/**
 * What keeps the draft from saving: a message per field ("phases.1.startWeek") and a readable list.
 * Phases out of order are pinned on the phase that starts too early, not only on the list of phases.
 */
export function issuesOf(draft: HabitProgramDraft): Issues {
  const result = ZHabitProgramContentSchema.safeParse(contentOf(draft));
  const byPath: Record<string, string> = {};
  const summary: string[] = [];
  const add = (key: string, text: string, where: string) => {
    if (!(key in byPath)) byPath[key] = text;
    const line = where ? `${where}: ${text}` : text;
    if (!summary.includes(line)) summary.push(line);
  };

  const weeks = draft.phases.map((phase) => numberOf(phase.startWeek));
  weeks.forEach((week, index) => {
    const before = weeks[index - 1];
    if (index > 0 && Number.isInteger(week) && Number.isInteger(before) && week <= before) {
      add(`phases.${index}.startWeek`, `Start later than week ${before}, when phase ${index} starts`, `${phaseLabel(draft, index)} · start week`);
    }
  });

  if (!result.success) {
    for (const issue of result.error.issues) {
      const [first, phaseIndex, field, habitIndex] = issue.path;
      const text = friendlyMessage(issue.message);
      if (first === "phases" && typeof phaseIndex === "number") {
        const where = [phaseLabel(draft, phaseIndex)];
        if (field === "habits" && typeof habitIndex === "number") where.push(draft.phases[phaseIndex]?.habits[habitIndex]?.habit.name ?? `habit ${habitIndex + 1}`);
        else if (typeof field === "string") where.push(fieldWords[field] ?? field);
        // A habit's own fields are the habit form's business: show them on the phase's habit list.
        const key = field === "habits" ? `phases.${phaseIndex}.habits` : pathKey(issue.path);
        add(key, text, where.join(" · "));
      } else if (first === "phases") {
        // The schema's "in order" rule: already pinned on the phase above when the weeks are numbers.
        if (!Object.keys(byPath).some((key) => key.endsWith(".startWeek"))) add("phases", text, "");
      } else {
        add(pathKey(issue.path), text, typeof first === "string" && first !== "name" ? (fieldWords[first] ?? first) : "");
      }
    }
  }
  return { summary, byPath };
}
