import "server-only";
import { z } from "zod";
import { ZSignUpRequestSchema } from "@/lib/schemas/auth";
import { recordAudit } from "@/server/audit/audit-service";
import { publicProcedure } from "@/server/api/trpc";
import { createUser } from "@/server/users/user-service";

/** Creates a member account. Signing in afterwards goes through next-auth like any other sign-in. */
export const signUpProcedure = publicProcedure
  .input(ZSignUpRequestSchema)
  .output(z.object({ userId: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const user = await createUser({ email: input.email, password: input.password, role: "member" });
    await recordAudit(
      { ...ctx.actor, userId: user.id, role: user.role },
      { action: "auth.sign_up", subjectType: "user", subjectId: user.id, targetUserId: user.id },
    );
    return { userId: user.id };
  });
