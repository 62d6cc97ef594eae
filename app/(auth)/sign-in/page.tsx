import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { ClearDeviceCopies } from "@/components/auth/clear-device-copies";
import { SignInForm } from "@/components/auth/sign-in-form";
import { auth } from "@/server/auth/next-auth";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  if ((await auth())?.user) redirect("/");
  const { signedOut } = await searchParams;
  return (
    <AuthCard
      title="Welcome back"
      subtitle="Sign in to continue with your coach."
      footer={
        <>
          New here? <Link className="font-semibold text-brand-700 underline" href="/sign-up">Create an account</Link>
        </>
      }
    >
      <ClearDeviceCopies />
      <SignInForm notice={signedOut ? "You are signed out." : undefined} />
    </AuthCard>
  );
}
