import { HabitsScreen } from "@/components/habits/habits-screen";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Habits" };

export default async function HabitsPage() {
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const habits = await caller.habits.list();
  return <HabitsScreen userId={user.id} initial={habits} />;
}
