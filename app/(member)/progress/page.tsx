import { ProgressScreen } from "@/components/progress/progress-screen";
import { defaultProgressRange } from "@/lib/schemas/progress";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Progress" };

export default async function ProgressPage() {
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, overview] = await Promise.all([caller.profile.get(), caller.progress.overview({ range: defaultProgressRange })]);
  return <ProgressScreen userId={user.id} weightUnit={profile?.units.weight ?? "kg"} initial={overview} />;
}
