import { z } from "zod";
import { checkPassword } from "@/lib/auth/password-policy";

export const ZEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address"));

export const ZSignUpRequestSchema = z
  .object({
    email: ZEmailSchema,
    password: z.string().max(1024, "Password is too long"),
  })
  .superRefine((value, ctx) => {
    const result = checkPassword(value.password, value.email);
    if (!result.ok) ctx.addIssue({ code: "custom", path: ["password"], message: result.reason });
  });

export type TSignUpRequest = z.input<typeof ZSignUpRequestSchema>;

export const ZSignInRequestSchema = z.object({
  email: ZEmailSchema,
  password: z.string().min(1, "Enter your password").max(1024),
});

/** Codes the sign-in form turns into messages; the server never says which half of a login was wrong. */
export const signInErrorMessages: Record<string, string> = {
  invalid_credentials: "Wrong email or password.",
  too_many_attempts: "Too many failed sign-ins. Wait a few minutes and try again.",
  invalid_input: "Enter a valid email address and your password.",
};
