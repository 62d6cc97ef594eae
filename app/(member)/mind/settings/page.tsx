import Link from "next/link";
import { AccessLog } from "@/components/mind/settings/access-log";
import { ScreenerSettings } from "@/components/mind/settings/screener-settings";
import { SharingSettings } from "@/components/mind/settings/sharing-settings";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Mind privacy and sharing" };

export default async function MindSettingsPage() {
  const { caller } = await requireUser({ roles: ["member"], onboarded: true });
  const [settings, sharing, accessLog] = await Promise.all([caller.mind.settings(), caller.mind.sharing(), caller.mind.accessLog()]);
  return (
    <div className="space-y-5">
      <div>
        <p className="text-sm">
          <Link href="/mind" className="text-brand-700 underline-offset-2 hover:underline">
            ← Mind
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">Privacy and sharing</h1>
      </div>
      <SharingSettings initial={sharing} />
      <AccessLog log={accessLog} />
      <ScreenerSettings initial={settings.screenersEnabled} />
    </div>
  );
}
