import "server-only";
import { ZSignInRequestSchema } from "@/lib/schemas/auth";
import type { Role } from "@/lib/auth/roles";
import { recordAudit } from "@/server/audit/audit-service";
import { connectDb } from "@/server/db/connection";
import { findUserForLogin } from "@/server/users/user-service";
import { claimLoginAttempt, settleSuccessfulLogin } from "./throttles";
import { burnPasswordCheck, verifyPassword } from "./password-hashing";

export type LoginResult =
  | { ok: true; user: { id: string; email: string; role: Role; name: string | null } }
  | { ok: false; code: "invalid_input" | "invalid_credentials" | "too_many_attempts"; retryAfterSeconds?: number };

/**
 * Email + password sign-in with throttling by account and by address. Every attempt is audited;
 * throttled attempts do not even check the password, so guessing gains nothing while locked. The attempt
 * is counted before the (slow) password check, so a burst of parallel guesses is limited too.
 */
export async function loginWithPassword(raw: unknown, request: { ip: string; requestId: string | null }): Promise<LoginResult> {
  const parsed = ZSignInRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "invalid_input" };
  const { email, password } = parsed.data;
  await connectDb();

  const actor = { userId: null, role: null, requestId: request.requestId, ip: request.ip };
  const throttle = await claimLoginAttempt(email, request.ip);
  if (!throttle.allowed) {
    await recordAudit(actor, { action: "auth.sign_in", subjectType: "session", outcome: "denied", meta: { reason: "throttled" } });
    return { ok: false, code: "too_many_attempts", retryAfterSeconds: throttle.retryAfterSeconds };
  }

  const user = await findUserForLogin(email);
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    await recordAudit(actor, {
      action: "auth.sign_in",
      subjectType: "session",
      targetUserId: user ? String(user._id) : null,
      outcome: "failure",
      meta: { reason: user ? "wrong_password" : "unknown_email" },
    });
    return { ok: false, code: "invalid_credentials" };
  }

  await settleSuccessfulLogin(email, request.ip);
  const id = String(user._id);
  await recordAudit({ ...actor, userId: id, role: user.role }, { action: "auth.sign_in", subjectType: "session", targetUserId: id });
  return { ok: true, user: { id, email: user.email, role: user.role, name: user.name ?? null } };
}
