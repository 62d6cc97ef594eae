import { HabitProgramEditor } from "@/components/trainer/habit-programs/habit-program-editor";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "New habit program" };

export default async function TrainerNewHabitProgramPage() {
  await requireUser({ roles: ["trainer", "admin"] });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">New habit program</h1>
      <HabitProgramEditor />
    </div>
  );
}
