import { z } from "zod";
import { isReminderTime } from "@/lib/habits/reminder-times";
import { ZObjectId } from "@/lib/schemas/program";

// Push subscription keys as PushSubscription.toJSON() gives them: base64url (padding tolerated).
const ZBase64Url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, "Expected a base64url value");

export const ZPushSubscribeRequestSchema = z.object({
  endpoint: z.url("The push endpoint must be a URL").max(2048),
  keys: z.object({ p256dh: ZBase64Url.max(100), auth: ZBase64Url.max(40) }),
  /** What the member sees in their device list, e.g. "Chrome on Android". */
  deviceLabel: z.string().trim().max(80).optional(),
});
export const ZPushSubscribeResultSchema = z.object({ id: z.string() });

export const ZPushUnsubscribeRequestSchema = z.object({ endpoint: z.string().min(1).max(2048) });
export const ZPushUnsubscribeResultSchema = z.object({ removed: z.boolean() });

/** A device id as push.devices lists it (the base64url SHA-256 of its endpoint). */
export const ZPushRemoveDeviceRequestSchema = z.object({ id: z.string().min(1).max(64) });

export const ZPushDeviceSchema = z.object({ id: z.string(), deviceLabel: z.string(), createdAt: z.date(), lastSuccessAt: z.date().nullable() });
export const ZPushDevicesSchema = z.array(ZPushDeviceSchema);

export const ZVapidPublicKeySchema = z.object({ publicKey: z.string() });

const ZTime = z.string().refine(isReminderTime, "Use a time like 22:00");
/** Quiet hours in the member's zone: from inclusive, to exclusive, may wrap midnight (22:00–07:00). */
export const ZQuietHoursSchema = z
  .object({ from: ZTime, to: ZTime })
  .refine((quiet) => quiet.from !== quiet.to, { message: "Quiet hours must start and end at different times", path: ["to"] })
  .nullable();
export const ZReminderSettingsSchema = z.object({ quietHours: ZQuietHoursSchema });

export const ZSnoozeRequestSchema = z.object({
  habitId: ZObjectId,
  dayKey: z.iso.date("Use a date like 2026-11-25"),
  minutes: z.int().min(5).max(240).default(60),
});
export const ZSnoozeResultSchema = z.object({ dueAt: z.date() });
