import "server-only";
import { Types } from "mongoose";
import { logger } from "@/server/logging/logger";
import { AuditEventModel } from "./audit-model";

/** The acting user and request, as carried in the tRPC context (or built by auth callbacks). */
export type AuditActor = {
  userId: string | null;
  role: string | null;
  requestId: string | null;
  ip: string | null;
};

export type AuditEntry = {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  targetUserId?: string | null;
  outcome?: "success" | "failure" | "denied";
  meta?: Record<string, string | number | boolean | string[]>;
};

const toObjectId = (id: string | null | undefined) => (id && Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : null);

/**
 * Records one audit event. It is awaited, so a failure reaches the caller: a read of health data that
 * cannot be audited is not returned. Writes record after they succeed (so the log never claims a change
 * that did not happen); if only the audit insert fails there, the caller sees an error.
 */
export async function recordAudit(actor: AuditActor, entry: AuditEntry): Promise<void> {
  await AuditEventModel.create({
    actorId: toObjectId(actor.userId),
    actorRole: actor.role,
    requestId: actor.requestId,
    ip: actor.ip,
    action: entry.action,
    outcome: entry.outcome ?? "success",
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    targetUserId: toObjectId(entry.targetUserId),
    meta: entry.meta,
  });
  logger.info({ audit: entry.action, outcome: entry.outcome ?? "success", requestId: actor.requestId }, "audit");
}
