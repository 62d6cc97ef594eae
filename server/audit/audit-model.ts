import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

/**
 * Append-only record of who did what to whose data. Nothing in the app updates or deletes these
 * documents; the hooks below make an accidental attempt through mongoose fail loudly instead of
 * rewriting history. (They cannot stop raw driver calls: in production, also give the app's database
 * user no update/remove privilege on this collection.)
 */
const auditEventSchema = new Schema(
  {
    at: { type: Date, required: true, default: () => new Date() },
    actorId: { type: Schema.Types.ObjectId, default: null },
    actorRole: { type: String, default: null },
    action: { type: String, required: true },
    outcome: { type: String, enum: ["success", "failure", "denied"], required: true, default: "success" },
    subjectType: { type: String, required: true },
    subjectId: { type: String, default: null },
    targetUserId: { type: Schema.Types.ObjectId, default: null },
    requestId: { type: String, default: null },
    ip: { type: String, default: null },
    // Small, non-health details only (for example which fields changed, never their values).
    meta: { type: Schema.Types.Mixed, default: undefined },
  },
  { collection: "audit_events", versionKey: false },
);

auditEventSchema.index({ targetUserId: 1, at: -1 }, { name: "target_at" });
auditEventSchema.index({ actorId: 1, at: -1 }, { name: "actor_at" });
auditEventSchema.index({ action: 1, at: -1 }, { name: "action_at" });

const refuse = () => {
  throw new Error("audit_events is append-only");
};
for (const op of ["updateOne", "updateMany", "findOneAndUpdate", "findOneAndReplace", "replaceOne", "deleteOne", "deleteMany", "findOneAndDelete"] as const) {
  auditEventSchema.pre(op, refuse);
}
auditEventSchema.pre("deleteOne", { document: true, query: false }, refuse);
auditEventSchema.pre("updateOne", { document: true, query: false }, refuse);
auditEventSchema.pre("save", function () {
  if (!this.isNew) refuse();
});
auditEventSchema.pre("bulkWrite", refuse);

export type AuditEventDoc = InferSchemaType<typeof auditEventSchema>;
export const AuditEventModel: Model<AuditEventDoc> =
  (models.AuditEvent as Model<AuditEventDoc>) ?? model<AuditEventDoc>("AuditEvent", auditEventSchema);
