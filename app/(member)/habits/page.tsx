import { HabitsScreen } from "@/components/habits/habits-screen";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Habits" };

export default async function HabitsPage() {
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, habits] = await Promise.all([caller.profile.get(), caller.habits.list()]);
  // The member's zone lets the screen notice a new day (a cached copy, an app left open overnight).
  return <HabitsScreen userId={user.id} timeZone={profile?.timeZone ?? "UTC"} initial={habits} />;
}
