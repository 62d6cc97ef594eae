import "server-only";
import type { HabitDoc } from "@/server/habits/habit-model";

/** What the service worker receives (public/sw-push.js shows it and handles "Done" and "Snooze 1 h"). */
export type HabitReminderPayload = {
  type: "habit-reminder";
  jobId: string;
  userId: string;
  habitId: string;
  dayKey: string;
  title: string;
  body: string;
  url: string;
  tag: string;
  done: { value: number };
};

type PayloadHabit = Pick<HabitDoc, "name" | "type" | "target" | "unit" | "cue">;

/** The cue plan when there is one ("After I …, I will …"), else what counts as done. */
export function reminderBody(habit: PayloadHabit): string {
  const after = habit.cue?.after?.trim();
  const will = habit.cue?.will?.trim();
  // The form reads "After I ___, I will ___"; a member who typed the "I" themselves is not echoed twice.
  const afterText = after?.replace(/^(after\s+)?i\s+/i, "");
  const willText = will?.replace(/^(i\s+)?will\s+/i, "");
  if (afterText && willText) return `After I ${afterText}, I will ${willText}`;
  if (willText) return `I will ${willText}`;
  if (afterText) return `After I ${afterText}`;
  if (habit.type === "numeric") return `${habit.target}${habit.unit ? ` ${habit.unit}` : ""}`;
  return "Tap Done when it's done";
}

export function habitReminderPayload(job: { jobId: string; userId: string; habitId: string; dayKey: string }, habit: PayloadHabit): HabitReminderPayload {
  return {
    type: "habit-reminder",
    jobId: job.jobId,
    userId: job.userId,
    habitId: job.habitId,
    dayKey: job.dayKey,
    title: habit.name,
    body: reminderBody(habit),
    url: `/habits/${job.habitId}`,
    tag: `habit-${job.habitId}-${job.dayKey}`,
    // "Done" from the notification completes the day: 1 for yes/no, the full target for numeric habits.
    done: { value: habit.type === "numeric" ? habit.target : 1 },
  };
}
