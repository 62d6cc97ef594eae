import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { HabitDetail } from "@/components/habits/habit-detail";
import { ZObjectId } from "@/lib/schemas/program";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Habit" };

/** One habit; notification taps open this page. */
export default async function HabitPage({ params }: { params: Promise<{ habitId: string }> }) {
  const { habitId } = await params;
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const notFound = (error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  };
  const [habit, calendar, habits, profile] = ZObjectId.safeParse(habitId).success
    ? await Promise.all([caller.habits.get({ habitId }).catch(notFound), caller.habits.calendar({ habitId }).catch(notFound), caller.habits.list(), caller.profile.get()])
    : [null, null, [], null];
  if (!habit || !calendar) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">Habit not found</h1>
        <p className="text-slate-700">It may have been archived, or it belongs to another account.</p>
        <Link href="/habits" className="btn-secondary">
          Back to Habits
        </Link>
      </div>
    );
  }
  const groups = [...new Set(habits.map((entry) => entry.group).filter(Boolean))];
  return <HabitDetail userId={user.id} timeZone={profile?.timeZone ?? "UTC"} habit={habit} calendar={calendar} groups={groups} />;
}
