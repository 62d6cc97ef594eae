import { SignOutButton } from "@/components/auth/sign-out-button";
import { YourTrainerCard } from "@/components/coaching/your-trainer-card";
import { ProfileForm } from "@/components/profile/profile-form";
import { ReminderSettings } from "@/components/settings/reminder-settings";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const profile = await caller.profile.get();
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Settings</h1>
          <p className="text-sm text-slate-600">Signed in as {user.email}</p>
        </div>
        <SignOutButton />
      </div>
      <YourTrainerCard />
      <ReminderSettings />
      <ProfileForm mode="settings" initial={profile} />
    </div>
  );
}
