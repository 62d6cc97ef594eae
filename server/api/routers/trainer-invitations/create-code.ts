import "server-only";
import { ZCreateCodeRequestSchema, ZCreatedCodeSchema } from "@/lib/schemas/coaching";
import { trainerProcedure } from "@/server/api/trpc";
import { auditedCoaching } from "@/server/coaching/coaching-audit";
import { createCodeInvitation } from "@/server/coaching/coaching-invitation-service";

/** A single-use /join/<code> link; the code is returned this once (only its hash is stored). */
export const createCodeProcedure = trainerProcedure
  .input(ZCreateCodeRequestSchema)
  .output(ZCreatedCodeSchema)
  .mutation(({ ctx, input }) =>
    auditedCoaching(
      ctx.actor,
      { action: "coaching.invite", subjectType: "coaching_invitation", subjectId: null, meta: { kind: "code", expiresInDays: input.expiresInDays } },
      () => createCodeInvitation(ctx.user, input),
      (created) => ({ subjectId: created.invitation.id }),
    ),
  );
