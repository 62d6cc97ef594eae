import { redirect } from "next/navigation";
import { personaGreeting } from "@/lib/coach/greeting";
import { goalLabels, personaLabels } from "@/lib/schemas/profile";
import { Alert } from "@/components/ui/alert";
import { PendingInvitations } from "@/components/coaching/pending-invitations";
import { TodayDate } from "@/components/today/today-date";
import { TodayHabits } from "@/components/today/today-habits";
import { TodayNutrition } from "@/components/today/today-nutrition";
import { TodayWorkout } from "@/components/today/today-workout";
import { ReadinessCard } from "@/components/today/readiness-card";
import { dayKeyOf } from "@/lib/dates/day-key";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Today" };

export default async function TodayPage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, habits, plan] = await Promise.all([caller.profile.get(), caller.habits.list(), caller.workouts.today()]);
  if (!profile) redirect("/onboarding");
  const nutrition = await caller.diary.day({ dayKey: dayKeyOf(new Date(), profile.timeZone) });
  const { denied } = await searchParams;
  const greeting = personaGreeting({ persona: profile.coachPersona, name: profile.name, goal: profile.goal, now: new Date(), timeZone: profile.timeZone });

  return (
    <div className="space-y-5">
      {denied ? <Alert tone="info">That area is for trainers. You are back on your own Today page.</Alert> : null}
      <TodayDate servedDayKey={dayKeyOf(new Date(), profile.timeZone)} timeZone={profile.timeZone} />
      <section className="card bg-gradient-to-br from-brand-600 to-brand-700 text-white" aria-labelledby="greeting">
        <h1 id="greeting" className="text-2xl font-bold">{greeting.title}</h1>
        <p className="mt-2 text-brand-50">{greeting.message}</p>
        <dl className="mt-4 flex flex-wrap gap-2 text-sm">
          <div className="rounded-full bg-white/15 px-3 py-1"><dt className="sr-only">Goal</dt><dd>Goal: {goalLabels[profile.goal]}</dd></div>
          <div className="rounded-full bg-white/15 px-3 py-1"><dt className="sr-only">Coach</dt><dd>Coach: {personaLabels[profile.coachPersona].name}</dd></div>
        </dl>
      </section>
      <PendingInvitations />
      <ReadinessCard weightUnit={profile.units.weight} />
      <TodayWorkout plan={plan} />
      <TodayHabits userId={user.id} timeZone={profile.timeZone} initial={habits} />
      <TodayNutrition day={nutrition} />
    </div>
  );
}
