"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signInErrorMessages } from "@/lib/schemas/auth";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";

export function SignInForm({ notice }: { notice?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        setError(signInErrorMessages[result?.code ?? ""] ?? signInErrorMessages.invalid_credentials);
        return;
      }
      // "/" sends each role to its home (and members who have not onboarded to onboarding).
      router.replace("/");
      router.refresh();
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      {error ? <Alert>{error}</Alert> : null}
      <FormField id="email" label="Email">
        <input id="email" name="email" type="email" autoComplete="email" required className="input" />
      </FormField>
      <FormField id="password" label="Password">
        <input id="password" name="password" type="password" autoComplete="current-password" required className="input" />
      </FormField>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
