import { redirect } from "next/navigation";
import { EatScreen } from "@/components/eat/eat-screen";
import { isViewableDay } from "@/components/eat/diary-display";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { ZDayKey } from "@/lib/schemas/nutrition";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Eat" };

export default async function EatPage({ searchParams }: { searchParams: Promise<{ day?: string | string[] }> }) {
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const profile = await caller.profile.get();
  if (!profile) redirect("/onboarding");
  const todayKey = dayKeyOf(new Date(), profile.timeZone);
  const { day } = await searchParams;
  const asked = ZDayKey.safeParse(Array.isArray(day) ? day[0] : day);
  // A day outside what the diary may show (far future, over a year back) falls back to today.
  const dayKey = asked.success && isViewableDay(asked.data, todayKey) ? asked.data : todayKey;
  const [diary, previous, week, recent] = await Promise.all([
    caller.diary.day({ dayKey }),
    // The day before, for "Copy yesterday's breakfast".
    caller.diary.day({ dayKey: addDaysToKey(dayKey, -1) }),
    caller.diary.week({ dayKey }),
    caller.foods.recent({ limit: 20 }),
  ]);
  return (
    <EatScreen
      userId={user.id}
      timeZone={profile.timeZone}
      todayKey={todayKey}
      initial={diary}
      previousDay={previous}
      week={week}
      recent={recent}
      waterUnit={profile.units.weight === "lb" ? "fl_oz" : "ml"}
    />
  );
}
