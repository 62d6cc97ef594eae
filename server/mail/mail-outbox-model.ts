import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { claimSchema } from "@/server/db/exclusive-claim";

/**
 * One document per outgoing message. `_id` is the caller's idempotency key (`coaching-invitation:<id>`),
 * so enqueueing the same message twice is one primary-key insert that loses, never a second mail.
 * After the insert only the winner of a transition token (mail_outbox_claims) changes the document:
 * FerretDB applies updates as read-then-write, so two workers must never both write it.
 */
const mailOutboxSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** What the message is about, for logs and metrics ("coaching-invitation"). */
    kind: { type: String, required: true },
    to: { type: String, required: true },
    /** Display name for the From header (the address is always MAIL_FROM's); null: MAIL_FROM as it is. */
    fromName: { type: String, default: null },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    html: { type: String, required: true },
    status: { type: String, enum: ["pending", "sent", "failed"], required: true, default: "pending" },
    /** A fresh random id on every change of state: leases and transition tokens are keyed by it. */
    generation: { type: String, required: true },
    /** Delivery attempts made so far (a transport error or a refusal counts; a deferred send does not). */
    attempts: { type: Number, default: 0 },
    /** When a worker should next try (pending only). */
    nextAttemptAt: { type: Date, required: true },
    /** The last transport error, without credentials (see smtp-transport.ts). */
    lastError: { type: String, default: null },
    sentAt: { type: Date, default: null },
    /** "smtp", or "log" when development/test had no SMTP_URL and wrote the message to the log. */
    transport: { type: String, default: null },
    /** The SMTP server's Message-ID, to find the message in the provider's logs. */
    messageId: { type: String, default: null },
  },
  { timestamps: true, collection: "mail_outbox", versionKey: false },
);
mailOutboxSchema.index({ status: 1, nextAttemptAt: 1 }, { name: "status_next_attempt" });
mailOutboxSchema.index({ updatedAt: 1 }, { name: "updated" });

/** Leases and transition tokens on outbox messages (`jobId` is the message's `_id`), see exclusive-claim.ts. */
const mailOutboxClaimSchema = claimSchema("mail_outbox_claims");

export type MailOutboxDoc = InferSchemaType<typeof mailOutboxSchema>;
export type MailOutboxClaimDoc = InferSchemaType<typeof mailOutboxClaimSchema>;
export const MailOutboxModel: Model<MailOutboxDoc> = (models.MailOutbox as Model<MailOutboxDoc>) ?? model<MailOutboxDoc>("MailOutbox", mailOutboxSchema);
export const MailOutboxClaimModel: Model<MailOutboxClaimDoc> =
  (models.MailOutboxClaim as Model<MailOutboxClaimDoc>) ?? model<MailOutboxClaimDoc>("MailOutboxClaim", mailOutboxClaimSchema);
