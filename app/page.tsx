import Link from "next/link";
import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/auth/roles";
import { serverCaller } from "@/server/auth/session";
import { BrandMark } from "@/components/shell/brand";

/** Signed-in people go to their home; visitors see what the app is. */
export default async function HomePage() {
  const { user } = await serverCaller();
  if (user) redirect(homePathFor(user.role, user.onboarded));
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center gap-8 px-6 py-12">
      <div className="flex items-center gap-3 text-2xl font-bold text-brand-700">
        <BrandMark className="h-12 w-12" />
        Character Coach
      </div>
      <h1 className="text-4xl font-extrabold leading-tight">Train, eat, and build the habits that build you.</h1>
      <p className="text-lg text-slate-600">
        One coach for workouts, nutrition, habits and mindset, with a trainer by your side when you want one.
        Your health data stays yours: encrypted, audited, shared only with your consent.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/sign-up" className="btn-primary px-6">Get started</Link>
        <Link href="/sign-in" className="btn-secondary px-6">Sign in</Link>
      </div>
    </main>
  );
}
