import "server-only";
import { ZReminderSettingsSchema } from "@/lib/schemas/push";
import { protectedProcedure } from "@/server/api/trpc";
import { syncUserReminders } from "@/server/reminders/habit-reminder-sync";
import { getQuietHours, saveQuietHours } from "@/server/reminders/reminder-settings";

/** Saves quiet hours and re-plans the caller's reminders around them. */
export const saveSettingsProcedure = protectedProcedure
  .input(ZReminderSettingsSchema)
  .output(ZReminderSettingsSchema)
  .mutation(async ({ ctx, input }) => {
    await saveQuietHours(ctx.user.id, input.quietHours);
    await syncUserReminders(ctx.user.id);
    return { quietHours: await getQuietHours(ctx.user.id) };
  });
