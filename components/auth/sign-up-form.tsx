"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { checkPassword, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc/react";
import { Alert } from "@/components/ui/alert";
import { describedBy, FormField } from "@/components/ui/form-field";

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [signInFailed, setSignInFailed] = useState(false);

  const serverErrors = fieldErrorsOf(signUp.error);
  const errors = { ...serverErrors, ...clientErrors };
  const formError = signUp.error && Object.keys(serverErrors).length === 0 ? messageOf(signUp.error) : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const check = checkPassword(password, email);
    if (!check.ok) {
      setClientErrors({ password: check.reason });
      return;
    }
    setClientErrors({});
    signUp.mutate(
      { email, password },
      {
        onSuccess: async () => {
          const result = await signIn("credentials", { email, password, redirect: false });
          if (!result || result.error) {
            setSignInFailed(true);
            return;
          }
          router.replace("/onboarding");
          router.refresh();
        },
      },
    );
  }

  const hint = `At least ${PASSWORD_MIN_LENGTH} characters. A short phrase is easier to remember than symbols.`;
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError ? <Alert>{formError}</Alert> : null}
      {signInFailed ? <Alert tone="info">Your account was created. Sign in to continue.</Alert> : null}
      <FormField id="email" label="Email" error={errors.email}>
        <input id="email" name="email" type="email" autoComplete="email" required className="input" aria-invalid={Boolean(errors.email)} aria-describedby={describedBy("email", errors.email)} />
      </FormField>
      <FormField id="password" label="Password" error={errors.password} hint={hint}>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} className="input" aria-invalid={Boolean(errors.password)} aria-describedby={describedBy("password", errors.password, hint)} />
      </FormField>
      <button type="submit" className="btn-primary w-full" disabled={signUp.isPending}>
        {signUp.isPending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
