import "server-only";
import { recordAudit, type AuditActor, type AuditEntry } from "@/server/audit/audit-service";
import { AppError } from "@/server/errors/app-error";

/**
 * Runs a coaching action and audits it either way: success with the ids the action returned, or a
 * failure with its error code (a stream of failed code redemptions is what guessing looks like).
 */
export async function auditedCoaching<T>(actor: AuditActor, entry: AuditEntry, run: () => Promise<T>, after?: (result: T) => Partial<AuditEntry>): Promise<T> {
  let result: T;
  try {
    result = await run();
  } catch (error) {
    const reason = error instanceof AppError ? error.code : "ERROR";
    await recordAudit(actor, { ...entry, outcome: "failure", meta: { ...entry.meta, reason } });
    throw error;
  }
  await recordAudit(actor, { ...entry, ...after?.(result) });
  return result;
}
