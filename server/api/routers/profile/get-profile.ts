import "server-only";
import { z } from "zod";
import { ZProfileSchema } from "@/lib/schemas/profile";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { getProfile } from "@/server/users/user-service";

/** The member's own profile (null before onboarding). Health data: every read is audited. */
export const getProfileProcedure = protectedProcedure.input(z.void()).output(ZProfileSchema.nullable()).query(async ({ ctx }) => {
  const profile = await getProfile(ctx.user.id);
  await recordAudit(ctx.actor, { action: "profile.read", subjectType: "profile", subjectId: ctx.user.id, targetUserId: ctx.user.id });
  return profile;
});
