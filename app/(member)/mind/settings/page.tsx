import { BackHeading } from "@/components/ui/back-heading";
import { AccessLog } from "@/components/mind/settings/access-log";
import { ScreenerSettings } from "@/components/mind/settings/screener-settings";
import { SharingSettings } from "@/components/mind/settings/sharing-settings";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Mind privacy and sharing" };

export default async function MindSettingsPage() {
  const { caller } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, settings, sharing, accessLog] = await Promise.all([caller.profile.get(), caller.mind.settings(), caller.mind.sharing(), caller.mind.accessLog()]);
  const timeZone = profile?.timeZone ?? "UTC";
  return (
    <div className="space-y-5">
      <BackHeading href="/mind" section="Mind" title="Privacy and sharing" />
      <SharingSettings initial={sharing} timeZone={timeZone} />
      <AccessLog log={accessLog} timeZone={timeZone} />
      <ScreenerSettings initial={settings.screenersEnabled} />
    </div>
  );
}
