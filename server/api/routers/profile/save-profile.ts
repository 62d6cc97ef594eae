import "server-only";
import { ZProfileInputSchema, ZProfileSchema } from "@/lib/schemas/profile";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { syncUserReminders } from "@/server/reminders/habit-reminder-sync";
import { getProfile, saveProfile } from "@/server/users/user-service";

/** Onboarding and Settings both save here; the first save completes onboarding. */
export const saveProfileProcedure = protectedProcedure
  .input(ZProfileInputSchema)
  .output(ZProfileSchema)
  .mutation(async ({ ctx, input }) => {
    const { changed } = await saveProfile(ctx.user.id, input);
    // Reminders fire at local times: a new zone moves every habit's next reminder.
    if (changed.includes("timeZone")) await syncUserReminders(ctx.user.id);
    await recordAudit(ctx.actor, {
      action: ctx.user.onboarded ? "profile.update" : "profile.onboard",
      subjectType: "profile",
      subjectId: ctx.user.id,
      targetUserId: ctx.user.id,
      meta: { fields: changed },
    });
    const profile = await getProfile(ctx.user.id);
    return profile!;
  });
