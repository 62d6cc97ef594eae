import Link from "next/link";
import { dayKeyOf } from "@/lib/dates/day-key";
import { HabitForm } from "@/components/habits/habit-form";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "New habit" };

export default async function NewHabitPage() {
  const { caller } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, habits] = await Promise.all([caller.profile.get(), caller.habits.list()]);
  const groups = [...new Set(habits.map((habit) => habit.group).filter(Boolean))];
  return (
    <div className="space-y-4">
      <div>
        <Link href="/habits" className="text-sm font-semibold text-brand-700 underline">
          ← Habits
        </Link>
        <h1 className="text-2xl font-bold">New habit</h1>
      </div>
      <div className="card">
        <HabitForm todayKey={dayKeyOf(new Date(), profile?.timeZone ?? "UTC")} groups={groups} />
      </div>
    </div>
  );
}
