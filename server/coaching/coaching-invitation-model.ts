import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

// A trainer's invitation: to an email address (the member sees it in their app when signed in with
// that address) or a single-use code shared as a /join/<code> link. Only the code's SHA-256 is stored.
// The invitation itself never changes after it is made: how it ended (accepted, declined, revoked)
// lives in `coaching_invitation_uses`, one document per invitation decided by a primary-key insert,
// and "expired" is read from `expiresAt` (no job, no TTL).
const coachingInvitationSchema = new Schema(
  {
    trainerId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: ["email", "code"], required: true },
    /** Lower-cased address for `email` invitations; null for codes. */
    email: { type: String, default: null },
    /** SHA-256 (hex) of the code for `code` invitations; null for email ones. */
    codeHash: { type: String, default: null },
    message: { type: String, default: null },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: "coaching_invitations", versionKey: false },
);
coachingInvitationSchema.index({ trainerId: 1, createdAt: -1 }, { name: "trainer_created" });
coachingInvitationSchema.index({ email: 1 }, { name: "email" });
coachingInvitationSchema.index({ codeHash: 1 }, { name: "code_hash" });

export type CoachingInvitationDoc = InferSchemaType<typeof coachingInvitationSchema>;
export const CoachingInvitationModel: Model<CoachingInvitationDoc> =
  (models.CoachingInvitation as Model<CoachingInvitationDoc>) ?? model<CoachingInvitationDoc>("CoachingInvitation", coachingInvitationSchema);

// How an invitation ended, `_id` = the invitation's id: whoever inserts it first decides (an accept, a
// decline or the trainer's revoke), so a code accepted by two members at once is used once.
const coachingInvitationUseSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    outcome: { type: String, enum: ["accepted", "declined", "revoked"], required: true },
    /** Who decided: the member who accepted or declined, or the trainer who revoked. */
    userId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true, default: () => new Date() },
  },
  { collection: "coaching_invitation_uses", versionKey: false },
);

export type CoachingInvitationUseDoc = InferSchemaType<typeof coachingInvitationUseSchema>;
export const CoachingInvitationUseModel: Model<CoachingInvitationUseDoc> =
  (models.CoachingInvitationUse as Model<CoachingInvitationUseDoc>) ?? model<CoachingInvitationUseDoc>("CoachingInvitationUse", coachingInvitationUseSchema);
