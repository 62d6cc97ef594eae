import { HabitProgramList } from "@/components/trainer/habit-programs/habit-program-list";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Habit programs" };

export default async function TrainerHabitProgramsPage() {
  await requireUser({ roles: ["trainer", "admin"] });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Habit programs</h1>
        <p className="text-sm text-slate-600">Habits for your clients, added in phases over the weeks: write a program once, assign it to any client.</p>
      </div>
      <HabitProgramList />
    </div>
  );
}
