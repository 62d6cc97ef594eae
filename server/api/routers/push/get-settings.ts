import "server-only";
import { z } from "zod";
import { ZReminderSettingsSchema } from "@/lib/schemas/push";
import { protectedProcedure } from "@/server/api/trpc";
import { getQuietHours } from "@/server/reminders/reminder-settings";

/** The caller's quiet hours (null: none). */
export const getSettingsProcedure = protectedProcedure
  .input(z.void())
  .output(ZReminderSettingsSchema)
  .query(async ({ ctx }) => ({ quietHours: await getQuietHours(ctx.user.id) }));
