import "server-only";
import { cueSentence } from "@/lib/habits/cue-sentence";
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
  const cue = cueSentence(habit.cue);
  if (cue) return cue;
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
