import { z } from "zod";
import { ZObjectId } from "./program";

// Invitations and the member's side of coaching. An invitation is to an email address or a shareable
// single-use code; it expires after 1–30 days (7 unless the trainer chooses).
export const invitationStatuses = ["pending", "accepted", "declined", "revoked", "expired"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const invitationStatusLabels: Record<InvitationStatus, string> = {
  pending: "Pending",
  accepted: "Accepted",
  declined: "Declined",
  revoked: "Revoked",
  expired: "Expired",
};

/** The code in a /join/<code> link: 128 random bits, base64url (22 characters). */
export const ZInvitationCode = z.string().trim().regex(/^[A-Za-z0-9_-]{22}$/, "This invitation link is not valid.");
export const isInvitationCode = (value: string) => ZInvitationCode.safeParse(value).success;

const ZExpiresInDays = z.int("Choose 1 to 30 days").min(1, "Choose 1 to 30 days").max(30, "Choose 1 to 30 days").default(7);

export const ZInviteByEmailRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address").max(254)),
  message: z
    .string()
    .trim()
    .max(500, "Keep the message under 500 characters")
    .optional()
    .transform((value) => (value ? value : null)),
  expiresInDays: ZExpiresInDays,
});
export const ZCreateCodeRequestSchema = z.object({ expiresInDays: ZExpiresInDays });
export const ZInvitationIdRequestSchema = z.object({ invitationId: ZObjectId });
export const ZInvitationCodeRequestSchema = z.object({ code: ZInvitationCode });

export const ZPersonRefSchema = z.object({ id: z.string(), name: z.string() });

/** What the trainer sees of an invitation they made. */
export const ZTrainerInvitationSchema = z.object({
  id: z.string(),
  kind: z.enum(["email", "code"]),
  email: z.string().nullable(),
  message: z.string().nullable(),
  status: z.enum(invitationStatuses),
  createdAt: z.date(),
  expiresAt: z.date(),
  respondedAt: z.date().nullable(),
  /** The member who accepted or declined it. */
  member: ZPersonRefSchema.nullable(),
});
export type TTrainerInvitation = z.infer<typeof ZTrainerInvitationSchema>;

export const ZCreatedCodeSchema = z.object({ code: z.string(), url: z.string(), expiresAt: z.date(), invitation: ZTrainerInvitationSchema });
export type TCreatedCode = z.infer<typeof ZCreatedCodeSchema>;

/** A pending invitation as the invited member sees it. */
export const ZMemberInvitationSchema = z.object({
  id: z.string(),
  trainer: ZPersonRefSchema,
  message: z.string().nullable(),
  createdAt: z.date(),
  expiresAt: z.date(),
});
export type TMemberInvitation = z.infer<typeof ZMemberInvitationSchema>;

/** What /join/<code> shows before the member accepts. */
export const ZCodeInvitationSchema = z.object({
  invitationId: z.string(),
  trainer: ZPersonRefSchema,
  status: z.enum(invitationStatuses),
  expiresAt: z.date(),
});
export type TCodeInvitation = z.infer<typeof ZCodeInvitationSchema>;

export const ZMyTrainerSchema = z.object({ id: z.string(), name: z.string(), email: z.string(), since: z.date() }).nullable();
export type TMyTrainer = z.infer<typeof ZMyTrainerSchema>;

export const ZAcceptedSchema = z.object({ trainer: ZPersonRefSchema });
