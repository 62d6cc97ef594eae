import { TargetsScreen } from "@/components/eat/targets/targets-screen";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Targets" };

export default async function TargetsPage() {
  const { caller } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, targets] = await Promise.all([caller.profile.get(), caller.nutritionTargets.get()]);
  return <TargetsScreen initial={targets} weightUnit={profile?.units.weight ?? "kg"} />;
}
