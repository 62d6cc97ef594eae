import type { z } from "zod";
import { ZHabitDefinitionSchema, type THabitView } from "@/lib/schemas/habit";

/** The habit form as typed (strings where the member types numbers), so nothing is lost on an error. */
export type HabitDraft = {
  name: string;
  type: "boolean" | "numeric";
  target: string;
  unit: string;
  scheduleKind: "daily" | "weekdays" | "per_period";
  days: number[];
  times: string;
  periodDays: string;
  cueAfter: string;
  cueWill: string;
  startDate: string;
  endDate: string;
  reminders: string[];
  group: string;
};

export function emptyDraft(todayKey: string): HabitDraft {
  return {
    name: "",
    type: "boolean",
    target: "",
    unit: "",
    scheduleKind: "daily",
    days: [1, 2, 3, 4, 5],
    times: "3",
    periodDays: "7",
    cueAfter: "",
    cueWill: "",
    startDate: todayKey,
    endDate: "",
    reminders: [],
    group: "",
  };
}

/** The fields a habit's form shows: a stored habit's view, or a program habit with blank dates. */
export type HabitFields = Pick<THabitView, "name" | "type" | "target" | "unit" | "schedule" | "cue" | "startDate" | "endDate" | "reminders" | "group">;

export function draftOf(habit: HabitFields): HabitDraft {
  const schedule = habit.schedule;
  return {
    name: habit.name,
    type: habit.type,
    target: habit.type === "numeric" ? String(habit.target) : "",
    unit: habit.unit,
    scheduleKind: schedule.kind,
    days: schedule.kind === "weekdays" ? schedule.days : [1, 2, 3, 4, 5],
    times: schedule.kind === "per_period" ? String(schedule.times) : "3",
    periodDays: schedule.kind === "per_period" ? String(schedule.periodDays) : "7",
    cueAfter: habit.cue?.after ?? "",
    cueWill: habit.cue?.will ?? "",
    startDate: habit.startDate,
    endDate: habit.endDate ?? "",
    reminders: habit.reminders,
    group: habit.group,
  };
}

const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(",", ".")));

export type HabitDefinition = z.input<typeof ZHabitDefinitionSchema>;

/** The request the server gets; numbers that do not parse are sent as NaN so zod names the field. */
export function definitionOf(draft: HabitDraft): HabitDefinition {
  const schedule =
    draft.scheduleKind === "daily"
      ? { kind: "daily" as const }
      : draft.scheduleKind === "weekdays"
        ? { kind: "weekdays" as const, days: [...draft.days].sort((a, b) => a - b) }
        : { kind: "per_period" as const, times: numberOf(draft.times), periodDays: numberOf(draft.periodDays) };
  const hasCue = draft.cueAfter.trim() !== "" || draft.cueWill.trim() !== "";
  return {
    name: draft.name,
    type: draft.type,
    target: draft.type === "numeric" ? numberOf(draft.target) : 1,
    unit: draft.type === "numeric" ? draft.unit : "",
    schedule,
    cue: hasCue ? { after: draft.cueAfter, will: draft.cueWill } : null,
    startDate: draft.startDate,
    endDate: draft.endDate === "" ? null : draft.endDate,
    reminders: draft.reminders,
    group: draft.group,
  };
}

/**
 * Field errors keyed by path ("schedule.days", "reminders.1"), checked with the server's own schema:
 * the habit one, or a program habit's (the same fields without dates).
 */
export function validateDraft(draft: HabitDraft, schema: z.ZodType = ZHabitDefinitionSchema): Record<string, string> {
  const definition = definitionOf(draft);
  const result = schema.safeParse(definition);
  const errors: Record<string, string> = {};
  if (draft.cueAfter.trim() === "" !== (draft.cueWill.trim() === "")) {
    errors[draft.cueAfter.trim() === "" ? "cue.after" : "cue.will"] = "Fill in both parts of the plan, or neither";
  }
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = issue.path.join(".");
    const message = issue.code === "invalid_type" && (path === "target" || path.startsWith("schedule.")) ? "Enter a number" : issue.message;
    errors[path] ??= message;
  }
  return errors;
}
