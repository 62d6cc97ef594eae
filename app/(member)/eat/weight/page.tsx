import { WeightScreen } from "@/components/eat/weight/weight-screen";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Weight" };

export default async function WeightPage() {
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, history] = await Promise.all([caller.profile.get(), caller.bodyWeight.history({ days: 90 })]);
  // The member's zone decides "today" for a new weigh-in, not the server's.
  return <WeightScreen userId={user.id} unit={profile?.units.weight ?? "kg"} timeZone={profile?.timeZone ?? "UTC"} initial={history} />;
}
