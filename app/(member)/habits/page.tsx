import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Habits" };

export default function HabitsPage() {
  return (
    <ComingSoon
      title="Habits"
      summary="Build habits with flexible schedules and reminders on your phone."
      items={["Daily, weekly or X-times-per-period habits", "Habit strength, streaks and a calendar", "Push reminders with Done and Snooze", "Skip and pause days without penalty"]}
    />
  );
}
