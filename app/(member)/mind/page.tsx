import { MindScreen } from "@/components/mind/mind-screen";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Mind" };

export default async function MindPage() {
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, today, history, status] = await Promise.all([caller.profile.get(), caller.mind.todayCheckIn(), caller.mind.checkInHistory({ days: 14 }), caller.mind.questionnaireStatus()]);
  return <MindScreen userId={user.id} timeZone={profile?.timeZone ?? "UTC"} today={today} history={history} status={status} />;
}
