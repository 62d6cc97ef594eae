import "server-only";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { activeTrainerIdOf, requireClient } from "@/server/coaching/coaching-service";
import { AppError } from "@/server/errors/app-error";
import type { SessionUser } from "@/server/users/user-service";

/** The pair a call is about, and which side of it the caller is. */
export type Pair = { conversationId: string; trainerId: string; clientId: string; side: "trainer" | "client"; meId: string; otherId: string };

type Caller = Pick<SessionUser, "id" | "role">;

export const conversationIdOf = (trainerId: string, clientId: string) => `${trainerId}:${clientId}`;

/** The member's active trainer, or null (the coaching service's one answer to that question). */
export const activeTrainerOf = (clientId: string) => activeTrainerIdOf(clientId);

/**
 * Who may talk: a trainer with a client who is theirs right now (`clientId` named; `requireClient`
 * refuses anyone else as FORBIDDEN with an access.denied row), or a member with their active trainer
 * (nothing named). A member naming a client is refused the same way. Once the relationship ends
 * neither side reaches the conversation; it is kept, and comes back if the two link again.
 */
export async function resolvePair(caller: Caller, auditActor: AuditActor, clientId: string | undefined): Promise<Pair> {
  if (clientId !== undefined) {
    if (caller.role === "member") {
      await recordAudit(auditActor, { action: "access.denied", subjectType: "conversation", subjectId: null, targetUserId: clientId, outcome: "denied" });
      throw new AppError("FORBIDDEN", "This member is not your client.");
    }
    await requireClient(auditActor, caller.id, clientId, "conversation", conversationIdOf(caller.id, clientId));
    return { conversationId: conversationIdOf(caller.id, clientId), trainerId: caller.id, clientId, side: "trainer", meId: caller.id, otherId: clientId };
  }
  if (caller.role !== "member") throw new AppError("BAD_REQUEST", "Choose which client's conversation to open.");
  const trainerId = await activeTrainerOf(caller.id);
  if (!trainerId) throw new AppError("NOT_FOUND", "You don't have a trainer yet.");
  return { conversationId: conversationIdOf(trainerId, caller.id), trainerId, clientId: caller.id, side: "client", meId: caller.id, otherId: trainerId };
}
