import "server-only";
import { Types } from "mongoose";
import type { z } from "zod";
import type { TWorkoutCommentView, ZAddWorkoutCommentRequestSchema } from "@/lib/schemas/messaging";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { requireClient } from "@/server/coaching/coaching-service";
import { fieldCipher, type EncryptedField } from "@/server/crypto/field-encryption";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { UserModel } from "@/server/users/user-model";
import type { SessionUser } from "@/server/users/user-service";
import { activeTrainerOf } from "./conversation-access";
import { messagePushPayload, notifyInBackground } from "./message-push";
import { WorkoutCommentModel, type StoredWorkoutComment } from "./messaging-models";

// Comments on a member's logged workout: their active trainer comments, the member replies, both see
// the thread. Nobody else: another trainer (or a former one) is FORBIDDEN with an access.denied row,
// and a workout id that does not exist is NOT_FOUND.

type Caller = Pick<SessionUser, "id" | "role">;
type Access = { memberId: string; role: "trainer" | "member" };

const MAX_COMMENTS = 200;
const textContext = (commentId: string) => `workout_comments:${commentId}:text`;

async function accessTo(caller: Caller, auditActor: AuditActor, sessionId: string): Promise<Access> {
  const session = await WorkoutSessionModel.findById(sessionId).select({ userId: 1 }).lean();
  if (!session) throw new AppError("NOT_FOUND", "No such workout.");
  const memberId = String(session.userId);
  if (memberId === caller.id) return { memberId, role: "member" };
  await requireClient(auditActor, caller.id, memberId, "workout_comment", sessionId);
  return { memberId, role: "trainer" };
}

async function toViews(rows: StoredWorkoutComment[], callerId: string): Promise<TWorkoutCommentView[]> {
  const authorIds = [...new Set(rows.map((row) => String(row.authorId)))];
  const users = await UserModel.find({ _id: { $in: authorIds.map((id) => new Types.ObjectId(id)) } }).select({ name: 1, email: 1 }).lean();
  const names = new Map(users.map((user) => [String(user._id), user.name?.trim() || user.email]));
  return rows.map((row) => ({
    id: row._id,
    authorId: String(row.authorId),
    authorName: names.get(String(row.authorId)) ?? "",
    authorRole: row.authorRole,
    mine: String(row.authorId) === callerId,
    text: fieldCipher().decrypt(row.text as EncryptedField, textContext(row._id)),
    createdAt: row.createdAt,
  }));
}

/** The workout's comments, oldest first. */
export async function listWorkoutComments(caller: Caller, auditActor: AuditActor, sessionId: string): Promise<TWorkoutCommentView[]> {
  const access = await accessTo(caller, auditActor, sessionId);
  const rows = (await WorkoutCommentModel.find({ sessionId }).sort({ createdAt: 1, _id: 1 }).limit(MAX_COMMENTS).lean()) as StoredWorkoutComment[];
  await recordAudit(auditActor, { action: "workout_comment.read", subjectType: "workout", subjectId: sessionId, targetUserId: access.memberId, meta: { count: rows.length } });
  return toViews(rows, caller.id);
}

/** Adds a comment once however often it is sent (the id is the workout and the phone's clientCommentId). */
export async function addWorkoutComment(caller: Caller, auditActor: AuditActor, request: z.output<typeof ZAddWorkoutCommentRequestSchema>): Promise<TWorkoutCommentView> {
  const access = await accessTo(caller, auditActor, request.sessionId);
  const _id = `${request.sessionId}:${request.clientCommentId}`;
  let replayed = true;
  let doc = (await WorkoutCommentModel.findById(_id).lean()) as StoredWorkoutComment | null;
  if (!doc) {
    const fresh = {
      _id,
      sessionId: request.sessionId,
      memberId: new Types.ObjectId(access.memberId),
      authorId: new Types.ObjectId(caller.id),
      authorRole: access.role,
      clientCommentId: request.clientCommentId,
      text: fieldCipher().encrypt(request.text, textContext(_id)),
      createdAt: new Date(),
    };
    try {
      await WorkoutCommentModel.create(fresh);
      doc = fresh as unknown as StoredWorkoutComment;
      replayed = false;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      doc = (await WorkoutCommentModel.findById(_id).lean()) as StoredWorkoutComment | null;
    }
  }
  if (!doc || String(doc.authorId) !== caller.id) throw new AppError("CONFLICT", "This comment id is already taken. Send it again.");
  await recordAudit(auditActor, { action: "workout_comment.add", subjectType: "workout", subjectId: request.sessionId, targetUserId: access.memberId, meta: { replayed } });
  const [view] = await toViews([doc], caller.id);
  if (!replayed) {
    // The other side hears of it: the member from their trainer, the trainer from the member's reply.
    const recipient = access.role === "trainer" ? access.memberId : await activeTrainerOf(access.memberId);
    if (recipient) {
      const url = access.role === "trainer" ? `/train/workout/${request.sessionId}` : `/trainer/clients/${access.memberId}`;
      notifyInBackground(recipient, messagePushPayload({ senderName: view.authorName || "Character Coach", text: request.text, url, conversationId: `workout-${request.sessionId}` }));
    }
  }
  return view;
}
