import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { auth } from "@/server/auth/next-auth";

export const metadata = { title: "Create account" };

export default async function SignUpPage() {
  if ((await auth())?.user) redirect("/");
  return (
    <AuthCard
      title="Create your account"
      subtitle="Training, food, habits and mindset, coached in one place."
      footer={
        <>
          Already have an account? <Link className="font-semibold text-brand-700 underline" href="/sign-in">Sign in</Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
