import "server-only";
import { Types } from "mongoose";
import type { z } from "zod";
import { dayKeyOf } from "@/lib/dates/day-key";
import type { TProgramContent } from "@/lib/schemas/program";
import { ZInsightViewSchema, type TInsightView } from "@/lib/schemas/insights";
import type { ReductionKind } from "@/lib/train/reduced-session";
import { scheduledDay } from "@/lib/train/schedule";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { activeClientIds, activeTrainerIdOf, requireClient } from "@/server/coaching/coaching-service";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { MemberInsightsModel } from "@/server/insights/insight-model";
import { sharingSettings } from "@/server/mind/sharing-service";
import { findVisibleExercises } from "@/server/train/exercise-service";
import { memberTrainingContext } from "@/server/train/member-context";
import { prescribeDay } from "@/server/train/prescription-service";
import { findActiveProgram } from "@/server/train/program-service";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { UserModel } from "@/server/users/user-model";
import type { SessionUser } from "@/server/users/user-service";
import { reducePlanned, type ProgramDayRef } from "./lighter-plan";
import { adjustmentId, ReadinessAdjustmentModel, type AdjustmentStatus, type ReadinessAdjustmentDoc } from "./readiness-adjustment-model";
import { policyId, ReadinessPolicyModel } from "./readiness-policy-model";
import type {
  TAdjustmentView,
  TClientReadinessView,
  TReadinessPreview,
  TReadinessTodayView,
  TTrainerAdjustmentView,
  ZAcceptRequestSchema,
  ZDecideRequestSchema,
  ZSetPolicyRequestSchema,
  ZUndoRequestSchema,
} from "@/lib/schemas/readiness";

type Actor = Pick<SessionUser, "id">;
type StoredAdjustment = ReadinessAdjustmentDoc & { _id: string };

/** Statuses in which a request stands (a replayed accept of the same kind changes nothing). */
const STANDING: readonly AdjustmentStatus[] = ["applied", "pending_approval", "approved"];
const SUBJECT = "readiness_adjustment";

// ---------------------------------------------------------------------------------------------------
// Reading what today holds

type ReadinessToday = { level: "green" | "amber" | "red"; insight: TInsightView | null };

/** Today's readiness from the stored insights, only when the run was for the member's today. */
async function readinessFor(memberId: string, dayKey: string): Promise<ReadinessToday | null> {
  const doc = await MemberInsightsModel.findById(memberId).select({ dayKey: 1, readiness: 1, insights: 1 }).lean();
  if (!doc || doc.dayKey !== dayKey) return null;
  const drafts = (doc.insights ?? []).flatMap((raw) => {
    const parsed = ZInsightViewSchema.safeParse(raw);
    return parsed.success && parsed.data.kind === "readiness" ? [parsed.data] : [];
  });
  const insight = drafts[0] ?? null;
  const level = (doc.readiness ?? insight?.readiness ?? null) as ReadinessToday["level"] | null;
  return level ? { level, insight } : null;
}

/** The kind on offer: what the engine suggested, else amber → reduce, red → swap. */
function offeredKind(readiness: ReadinessToday): ReductionKind {
  const suggestion = readiness.insight?.suggestion;
  if (suggestion === "reduce" || suggestion === "swap") return suggestion;
  return readiness.level === "red" ? "swap" : "reduce";
}

const becauseOf = (level: "amber" | "red") => `your readiness is ${level} today`;

/** The member's today: their day key and, when the program schedules a day, its unadjusted targets. */
async function programDayToday(actor: Actor, now: Date) {
  const member = await memberTrainingContext(actor.id);
  const dayKey = dayKeyOf(now, member.timeZone);
  const found = await findActiveProgram(actor.id);
  if (!found) return { member, dayKey, day: null };
  const weeks = found.program.weeks as TProgramContent["weeks"];
  const schedule = scheduledDay(weeks, found.startDate, dayKey);
  if (schedule.status !== "training") return { member, dayKey, day: null };
  const day = weeks[schedule.weekIndex].days[schedule.dayIndex];
  const exercises = await findVisibleExercises(actor, day.slots.flatMap((slot) => slot.exercises.map((exercise) => exercise.exerciseId)));
  const planned = await prescribeDay(member, day, exercises);
  const ref: ProgramDayRef = { programId: String(found.program._id), weekIndex: schedule.weekIndex, dayIndex: schedule.dayIndex };
  const started = await workoutStarted(actor.id, dayKey, ref);
  return { member, dayKey, day: { ref, name: day.name, planned, exercises, started } };
}

/** Whether a workout from this program day was started on `dayKey`. */
async function workoutStarted(memberId: string, dayKey: string, ref: ProgramDayRef): Promise<boolean> {
  const session = await WorkoutSessionModel.findOne({
    userId: new Types.ObjectId(memberId),
    dayKey,
    programId: new Types.ObjectId(ref.programId),
    programWeek: ref.weekIndex,
    programDay: ref.dayIndex,
  })
    .select({ _id: 1 })
    .lean();
  return session != null;
}

/** Whether the member's current trainer requires approval for a reduced session. */
async function approvalFor(memberId: string): Promise<{ trainerId: string | null; requireApproval: boolean }> {
  const trainerId = await activeTrainerIdOf(memberId);
  if (!trainerId) return { trainerId: null, requireApproval: false };
  const policy = await ReadinessPolicyModel.findById(policyId(trainerId, memberId)).select({ requireApproval: 1 }).lean();
  return { trainerId, requireApproval: policy?.requireApproval ?? false };
}

function toView(doc: StoredAdjustment): TAdjustmentView {
  return { dayKey: doc.dayKey, kind: doc.kind as ReductionKind, status: doc.status as AdjustmentStatus, requestedAt: doc.requestedAt, decidedAt: doc.decidedAt ?? null };
}

function previewOf(doc: StoredAdjustment): TReadinessPreview {
  return {
    kind: doc.kind as ReductionKind,
    summary: doc.preview?.summary ?? "",
    entries: (doc.preview?.entries ?? []).map((entry) => ({ exerciseName: entry.exerciseName ?? "", change: entry.change ?? "" })),
  };
}

const findAdjustment = (id: string) => ReadinessAdjustmentModel.findById(id).lean() as Promise<StoredAdjustment | null>;

// ---------------------------------------------------------------------------------------------------
// Member

/** The Today card: readiness with its reason, the lighter version on offer and where the request stands. */
export async function readinessToday(actor: Actor, auditActor: AuditActor, now = new Date()): Promise<TReadinessTodayView> {
  const today = await programDayToday(actor, now);
  const [readiness, adjustment, approval] = await Promise.all([readinessFor(actor.id, today.dayKey), findAdjustment(adjustmentId(actor.id, today.dayKey)), approvalFor(actor.id)]);
  let proposal: TReadinessPreview | null = null;
  if (today.day && readiness && readiness.level !== "green") {
    const standing = adjustment && STANDING.includes(adjustment.status as AdjustmentStatus) ? (adjustment.kind as ReductionKind) : null;
    const kind = standing ?? offeredKind(readiness);
    const { session } = reducePlanned(today.member, today.day.planned, today.day.exercises, kind, becauseOf(readiness.level));
    proposal = { kind, summary: session.summary, entries: session.entries.map((entry) => ({ exerciseName: entry.exerciseName, change: entry.change })) };
  }
  await recordAudit(auditActor, { action: "readiness.read", subjectType: SUBJECT, subjectId: adjustmentId(actor.id, today.dayKey), targetUserId: actor.id });
  return {
    dayKey: today.dayKey,
    readiness: readiness
      ? {
          level: readiness.level,
          title: readiness.insight?.title ?? `Readiness ${readiness.level}`,
          body: readiness.insight?.body ?? "",
          suggestion: readiness.insight?.suggestion ?? "none",
          evidence: readiness.insight?.evidence ?? [],
        }
      : null,
    workout: today.day ? { dayName: today.day.name, started: today.day.started } : null,
    proposal,
    adjustment: adjustment ? toView(adjustment) : null,
    requiresApproval: approval.requireApproval,
  };
}

/**
 * The member takes the lighter version of today's program day. Applied at once, or pending when their
 * trainer requires approval. Idempotent: accepting the same kind again changes nothing; a different kind
 * replaces the request (and needs approval again where required). Refused once the workout started or
 * after the trainer declined for the day.
 */
export async function acceptAdjustment(actor: Actor, auditActor: AuditActor, input: z.output<typeof ZAcceptRequestSchema>, now = new Date()): Promise<TAdjustmentView> {
  const today = await programDayToday(actor, now);
  if (input.dayKey !== today.dayKey) throw new AppError("BAD_REQUEST", "A lighter version can only be chosen for today.");
  const id = adjustmentId(actor.id, today.dayKey);
  const readiness = await readinessFor(actor.id, today.dayKey);
  if (!readiness || readiness.level === "green") throw new AppError("BAD_REQUEST", "Your readiness today doesn't call for a lighter session.");
  if (!today.day) throw new AppError("BAD_REQUEST", "There is no program workout today to make lighter.");
  const day = today.day;

  for (let attempt = 0; attempt < 4; attempt++) {
    const existing = await findAdjustment(id);
    if (existing && existing.kind === input.kind && STANDING.includes(existing.status as AdjustmentStatus)) return toView(existing);
    if (existing?.status === "declined") throw new AppError("CONFLICT", "Your trainer kept today's full session. Message them if you need to talk it through.");
    if (day.started) throw new AppError("CONFLICT", "Today's workout has already started, so it can't be changed now.");

    const { trainerId, requireApproval } = await approvalFor(actor.id);
    const { session } = reducePlanned(today.member, day.planned, day.exercises, input.kind, becauseOf(readiness.level));
    const fields = {
      kind: input.kind,
      status: (requireApproval ? "pending_approval" : "applied") as AdjustmentStatus,
      readiness: readiness.level,
      fromMind: readiness.insight?.fromMind ?? true,
      programId: day.ref.programId,
      programWeek: day.ref.weekIndex,
      programDay: day.ref.dayIndex,
      trainerId: trainerId ? new Types.ObjectId(trainerId) : null,
      preview: { summary: session.summary, entries: session.entries.map((entry) => ({ exerciseName: entry.exerciseName, change: entry.change })) },
      requestedAt: now,
      decidedAt: null,
      decidedBy: null,
    };
    if (!existing) {
      try {
        await ReadinessAdjustmentModel.create({ _id: id, userId: new Types.ObjectId(actor.id), dayKey: today.dayKey, rev: 0, ...fields });
      } catch (error) {
        if (isDuplicateKeyError(error)) continue; // a replay raced this one: read what it wrote
        throw error;
      }
    } else {
      const result = await ReadinessAdjustmentModel.updateOne({ _id: id, rev: existing.rev ?? 0 }, { $set: fields, $inc: { rev: 1 } });
      if (result.matchedCount !== 1) continue;
    }
    await recordAudit(auditActor, { action: "readiness_adjustment.accept", subjectType: SUBJECT, subjectId: id, targetUserId: actor.id, meta: { kind: input.kind, status: fields.status } });
    return toView((await findAdjustment(id))!);
  }
  throw new AppError("CONFLICT", "Today's session is being changed on another device. Try again.");
}

/** The member goes back to the full session (or withdraws the request) before the workout starts. */
export async function undoAdjustment(actor: Actor, auditActor: AuditActor, input: z.output<typeof ZUndoRequestSchema>): Promise<TAdjustmentView | null> {
  const id = adjustmentId(actor.id, input.dayKey);
  for (let attempt = 0; attempt < 4; attempt++) {
    const existing = await findAdjustment(id);
    if (!existing) return null;
    if (!STANDING.includes(existing.status as AdjustmentStatus)) return toView(existing);
    const ref = { programId: existing.programId, weekIndex: existing.programWeek, dayIndex: existing.programDay };
    if (await workoutStarted(actor.id, existing.dayKey, ref)) throw new AppError("CONFLICT", "The workout has already started with the lighter version, so it stays for today.");
    const result = await ReadinessAdjustmentModel.updateOne({ _id: id, rev: existing.rev ?? 0 }, { $set: { status: "withdrawn" }, $inc: { rev: 1 } });
    if (result.matchedCount !== 1) continue;
    await recordAudit(auditActor, { action: "readiness_adjustment.withdraw", subjectType: SUBJECT, subjectId: id, targetUserId: actor.id, meta: { from: existing.status } });
    return toView((await findAdjustment(id))!);
  }
  throw new AppError("CONFLICT", "Today's session is being changed on another device. Try again.");
}

// ---------------------------------------------------------------------------------------------------
// Trainer

const onBehalf = { onBehalf: true } as const;

/** Sets whether the client's reduced sessions need this trainer's approval (from the next request on). */
export async function setReadinessPolicy(trainer: Actor, auditActor: AuditActor, input: z.output<typeof ZSetPolicyRequestSchema>): Promise<{ clientId: string; requireApproval: boolean }> {
  await requireClient(auditActor, trainer.id, input.clientId, "readiness_policy", policyId(trainer.id, input.clientId));
  const id = policyId(trainer.id, input.clientId);
  await ReadinessPolicyModel.updateOne(
    { _id: id },
    { $set: { requireApproval: input.requireApproval }, $setOnInsert: { trainerId: new Types.ObjectId(trainer.id), clientId: new Types.ObjectId(input.clientId) } },
    { upsert: true },
  );
  await recordAudit(auditActor, { action: "readiness_policy.set", subjectType: "readiness_policy", subjectId: id, targetUserId: input.clientId, meta: { ...onBehalf, requireApproval: input.requireApproval } });
  return { clientId: input.clientId, requireApproval: input.requireApproval };
}

type ClientInfo = { clientId: string; name: string; todayKey: string };

async function clientInfos(clientIds: readonly string[], now: Date): Promise<ClientInfo[]> {
  if (clientIds.length === 0) return [];
  const users = await UserModel.find({ _id: { $in: clientIds.map((id) => new Types.ObjectId(id)) } }).select({ name: 1, email: 1, "profile.timeZone": 1 }).lean();
  return users.map((user) => ({ clientId: String(user._id), name: user.name || user.email, todayKey: dayKeyOf(now, user.profile?.timeZone ?? "UTC") }));
}

/** A client's adjustment as the trainer sees it: the readiness level only when consent allows. */
async function trainerView(doc: StoredAdjustment, client: ClientInfo): Promise<TTrainerAdjustmentView> {
  const sharing = doc.fromMind ? (await sharingSettings({ id: client.clientId })).level : "n/a";
  const hidden = doc.fromMind && sharing === "none";
  const preview = previewOf(doc);
  return {
    ...toView(doc),
    clientId: client.clientId,
    clientName: client.name,
    readiness: hidden ? null : (doc.readiness as "amber" | "red"),
    // The member's summary ends "…, because your readiness is red today": not for a trainer who may not see it.
    preview: hidden ? { ...preview, summary: preview.summary.replace(/, because your readiness is \w+ today/, "") } : preview,
  };
}

/** One client's policy and today's adjustment, for the client page panel. */
export async function clientReadiness(trainer: Actor, auditActor: AuditActor, clientId: string, now = new Date()): Promise<TClientReadinessView> {
  await requireClient(auditActor, trainer.id, clientId, SUBJECT, null);
  const [client] = await clientInfos([clientId], now);
  if (!client) throw new AppError("NOT_FOUND", "No such client.");
  const [policy, doc] = await Promise.all([ReadinessPolicyModel.findById(policyId(trainer.id, clientId)).lean(), findAdjustment(adjustmentId(clientId, client.todayKey))]);
  const shown = doc && doc.trainerId && String(doc.trainerId) === trainer.id.toLowerCase() ? doc : null;
  if (shown) await recordAudit(auditActor, { action: "readiness_adjustment.read", subjectType: SUBJECT, subjectId: shown._id, targetUserId: clientId, meta: onBehalf });
  return { clientId, requireApproval: policy?.requireApproval ?? false, today: shown ? await trainerView(shown, client) : null };
}

/** The trainer's clients' requests for their today that wait for this trainer's approval. */
export async function pendingAdjustments(trainer: Actor, auditActor: AuditActor, now = new Date()): Promise<TTrainerAdjustmentView[]> {
  const clients = await clientInfos(await activeClientIds(trainer.id), now);
  if (clients.length === 0) return [];
  const byId = new Map(clients.map((client) => [adjustmentId(client.clientId, client.todayKey), client]));
  const docs = (await ReadinessAdjustmentModel.find({ _id: { $in: [...byId.keys()] } }).lean()) as StoredAdjustment[];
  const waiting = docs.filter((doc) => doc.status === "pending_approval" && doc.trainerId && String(doc.trainerId) === trainer.id.toLowerCase()).sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime());
  const views: TTrainerAdjustmentView[] = [];
  for (const doc of waiting) {
    const client = byId.get(doc._id)!;
    await recordAudit(auditActor, { action: "readiness_adjustment.list", subjectType: SUBJECT, subjectId: doc._id, targetUserId: client.clientId, meta: onBehalf });
    views.push(await trainerView(doc, client));
  }
  return views;
}

/** Approves or declines a client's pending request for their today. Deciding the same way again changes nothing. */
export async function decideAdjustment(trainer: Actor, auditActor: AuditActor, input: z.output<typeof ZDecideRequestSchema>, now = new Date()): Promise<TTrainerAdjustmentView> {
  const id = adjustmentId(input.clientId, input.dayKey);
  await requireClient(auditActor, trainer.id, input.clientId, SUBJECT, id);
  const [client] = await clientInfos([input.clientId], now);
  const target: AdjustmentStatus = input.approve ? "approved" : "declined";
  for (let attempt = 0; attempt < 4; attempt++) {
    const doc = await findAdjustment(id);
    if (!client || !doc || !doc.trainerId || String(doc.trainerId) !== trainer.id.toLowerCase()) throw new AppError("NOT_FOUND", "There is no request from this client for that day.");
    if (doc.status === target) return trainerView(doc, client);
    if (doc.status === "withdrawn") throw new AppError("CONFLICT", "The client went back to the full session, so there is nothing to decide.");
    if (doc.status !== "pending_approval") throw new AppError("CONFLICT", "This request was already decided.");
    if (doc.dayKey !== client.todayKey) throw new AppError("CONFLICT", "That day has passed for your client.");
    const result = await ReadinessAdjustmentModel.updateOne(
      { _id: id, rev: doc.rev ?? 0, status: "pending_approval" },
      { $set: { status: target, decidedAt: now, decidedBy: new Types.ObjectId(trainer.id) }, $inc: { rev: 1 } },
    );
    if (result.matchedCount !== 1) continue;
    await recordAudit(auditActor, { action: input.approve ? "readiness_adjustment.approve" : "readiness_adjustment.decline", subjectType: SUBJECT, subjectId: id, targetUserId: input.clientId, meta: onBehalf });
    return trainerView((await findAdjustment(id))!, client);
  }
  throw new AppError("CONFLICT", "This request changed while you decided. Reload and try again.");
}
