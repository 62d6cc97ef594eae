import "server-only";
import { requireClient } from "@/server/coaching/coaching-service";
import type { AuditActor } from "@/server/audit/audit-service";

/** Every trainer nutrition procedure starts here: the member must be the trainer's active client. */
export function requireNutritionClient(actor: AuditActor, trainerId: string, clientId: string): Promise<void> {
  return requireClient(actor, trainerId, clientId, "nutrition", null);
}

export const onBehalf = { onBehalf: true } as const;
