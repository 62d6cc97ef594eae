import { MindScreen } from "@/components/mind/mind-screen";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Mind" };

export default async function MindPage() {
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, today, history, status] = await Promise.all([caller.profile.get(), caller.mind.todayCheckIn(), caller.mind.checkInHistory({ days: 14 }), caller.mind.questionnaireStatus()]);
  // The chart and table never show notes, and this page is kept on the phone for offline use (the
  // service worker's member-pages cache): only today's note, which the check-in card shows, is in it.
  const scoresOnly = { ...history, checkIns: history.checkIns.map((checkIn) => ({ ...checkIn, note: "" })) };
  return <MindScreen userId={user.id} timeZone={profile?.timeZone ?? "UTC"} today={today} history={scoresOnly} status={status} />;
}
