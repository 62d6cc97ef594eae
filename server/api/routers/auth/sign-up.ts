import "server-only";
import { z } from "zod";
import { ZSignUpRequestSchema } from "@/lib/schemas/auth";
import { recordAudit } from "@/server/audit/audit-service";
import { publicProcedure } from "@/server/api/trpc";
import { consumeSignUpAllowance } from "@/server/auth/throttles";
import { AppError } from "@/server/errors/app-error";
import { createUser } from "@/server/users/user-service";

/** Creates a member account. Signing in afterwards goes through next-auth like any other sign-in. */
export const signUpProcedure = publicProcedure
  .input(ZSignUpRequestSchema)
  .output(z.object({ userId: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const allowance = await consumeSignUpAllowance(ctx.actor.ip ?? "unknown");
    if (!allowance.allowed) {
      await recordAudit(ctx.actor, { action: "auth.sign_up", subjectType: "user", outcome: "denied", meta: { reason: "throttled" } });
      throw new AppError("TOO_MANY_REQUESTS", `Too many new accounts from this network. Try again in ${Math.ceil(allowance.retryAfterSeconds / 60)} minutes.`);
    }
    const user = await createUser({ email: input.email, password: input.password, role: "member" });
    await recordAudit(
      { ...ctx.actor, userId: user.id, role: user.role },
      { action: "auth.sign_up", subjectType: "user", subjectId: user.id, targetUserId: user.id },
    );
    return { userId: user.id };
  });
