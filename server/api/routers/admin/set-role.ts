import "server-only";
import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { ZSetRoleRequestSchema } from "@/lib/schemas/user";
import { recordAudit } from "@/server/audit/audit-service";
import { adminProcedure } from "@/server/api/trpc";
import { AppError } from "@/server/errors/app-error";
import { findSessionUser, setRole } from "@/server/users/user-service";

export const setRoleProcedure = adminProcedure
  .input(ZSetRoleRequestSchema)
  .output(z.object({ userId: z.string(), role: z.enum(roles), previousRole: z.enum(roles) }))
  .mutation(async ({ ctx, input }) => {
    if (input.userId === ctx.user.id) throw new AppError("BAD_REQUEST", "You cannot change your own role.");
    const target = await findSessionUser(input.userId);
    if (!target) throw new AppError("NOT_FOUND", "No such user.");
    // Removing an admin is a command-line decision, so one admin cannot lock out the others.
    if (target.role === "admin") throw new AppError("FORBIDDEN", "Admins are managed from the command line (npm run admin).");
    // setRole also ends the coaching the new role rules out (each pair audited as coaching.end).
    const { previousRole, endedCoaching } = await setRole(input.userId, input.role, ctx.actor);
    await recordAudit(ctx.actor, {
      action: "user.role_change",
      subjectType: "user",
      subjectId: input.userId,
      targetUserId: input.userId,
      meta: { from: previousRole, to: input.role, endedCoaching },
    });
    return { userId: input.userId, role: input.role, previousRole };
  });
