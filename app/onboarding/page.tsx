import { redirect } from "next/navigation";
import { ProfileForm } from "@/components/profile/profile-form";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Welcome" };

export default async function OnboardingPage() {
  const { user } = await requireUser({ roles: ["member"] });
  if (user.onboarded) redirect("/today");
  return (
    <main className="mx-auto max-w-2xl px-4 py-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Step 1 of 1 · about two minutes</p>
      <h1 className="mt-1 text-2xl font-bold">Let&apos;s set up your coach</h1>
      <p className="mt-2 text-slate-600">This shapes your targets and how your coach talks to you. You can change all of it later in Settings.</p>
      <div className="mt-6">
        <ProfileForm mode="onboarding" initial={null} defaultName={user.name} />
      </div>
    </main>
  );
}
