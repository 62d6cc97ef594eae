import { TrainScreen } from "@/components/train/train-screen";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Train" };

export default async function TrainPage() {
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, setup, plan, active, recent] = await Promise.all([
    caller.profile.get(),
    caller.training.setup(),
    caller.workouts.today(),
    caller.workouts.active(),
    caller.workouts.history({ limit: 5 }),
  ]);
  return <TrainScreen userId={user.id} timeZone={profile?.timeZone ?? "UTC"} unit={profile?.units.weight ?? "kg"} setup={setup} plan={plan} serverActive={active} recent={recent.filter((session) => session.status === "finished")} />;
}
