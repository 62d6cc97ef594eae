import "server-only";
import { createHash } from "node:crypto";
import { Types } from "mongoose";
import { dayKeyOf } from "@/lib/dates/day-key";
import { displayEvidence, draftTrainerMessage, kindLabelOf, neutralLabel, trainerSummary, trainerTitle, type DraftableInsight } from "@/lib/insights/draft-message";
import type { SharingLevel } from "@/lib/mind/sharing";
import { ZInsightDraftSchema, type InsightKind, type TInsightDraft } from "@/lib/schemas/insights";
import type { WeightUnit } from "@/lib/units";
import { AuditEventModel } from "@/server/audit/audit-model";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { activeClientIds, requireClient } from "@/server/coaching/coaching-service";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { MemberInsightsModel } from "@/server/insights/insight-model";
import { logger } from "@/server/logging/logger";
import { sendMessage } from "@/server/messaging/message-service";
import { MindSettingsModel } from "@/server/mind/screener-settings-model";
import { TRAINER_READ_ACTION } from "@/server/mind/sharing-service";
import { UserModel } from "@/server/users/user-model";
import type { SessionUser } from "@/server/users/user-service";
import { TrainerInboxActionModel, TrainerInsightMindReadModel } from "./trainer-inbox-models";
import type { TTrainerClientInsights, TTrainerInbox, TTrainerInsight, TTrainerInsightActionResult } from "./trainer-insight-schemas";

type Trainer = Pick<SessionUser, "id" | "role" | "name">;

/** The audit action of every trainer read of a client's insights (per client, with the view and count). */
export const INSIGHTS_READ_ACTION = "insights.trainer_read";
/** What the member's Mind access log says the trainer looked at when Mind-derived insights were shown. */
export const INSIGHTS_MIND_VIEW = "Coaching insights";

/** The kinds the exception inbox raises (readiness only when red, wellbeing only where consented). */
export const INBOX_KINDS: readonly InsightKind[] = ["adherence_drop", "readiness", "wellbeing_down", "personal_record", "load_spike", "plateau"];

const oid = (id: string) => new Types.ObjectId(id);
export const itemIdOf = (clientId: string, key: string) => `${clientId}:${key}`;
export const actionIdOf = (trainerId: string, clientId: string, key: string) => `${trainerId}:${clientId}:${key}`;
/** The conversation message id of a send: the same for every replay of it, so the message is stored once. */
const messageTokenOf = (actionId: string) => `insight-${createHash("sha256").update(actionId).digest("hex").slice(0, 40)}`;

// ---------------------------------------------------------------------------------------------------
// Consent: what of a Mind-derived insight a trainer may see at the client's current sharing level.

/** Facts and evidence that come from check-ins (sleep, mood, energy, stress, soreness). */
const MIND_WORDS = /sleep|mood|stress|energy|wellbeing|well-being|check-?in|soreness|motivation/i;
/** Never shared at any level (questionnaires, journal, notes), whatever an insight carries. */
const NEVER_SHARED = /who-?5|phq|gad|questionnaire|screener|journal|note/i;
/** Facts that say something about questionnaires without naming them (wellbeing's `support`: a flagged screener). */
const NEVER_SHARED_FACTS = /^(support|flagged|screened)$/i;

const isMindEvidence = (evidence: TInsightDraft["evidence"][number]) => evidence.unit === "hours" || evidence.unit === "score" || MIND_WORDS.test(evidence.label);

/**
 * The part of `insight` the trainer may see, or null. Engine-only insights are shown whole. Mind-derived
 * ones (wellbeing, readiness) need "trends" or "scores", Mind correlations "scores"; readiness under "trends"
 * keeps its level and its non-Mind facts (load), its check-in numbers only under "scores". Nothing from
 * questionnaires or the journal is ever passed on.
 */
export function visibleToTrainer(insight: TInsightDraft, level: SharingLevel): TInsightDraft | null {
  if (!insight.fromMind) return insight;
  if (level === "none") return null;
  // A correlation's numbers are daily sleep, mood or stress values: beyond 7-day trends.
  if (insight.kind === "correlation" && level !== "scores") return null;
  const stripMind = insight.kind === "readiness" && level !== "scores";
  const facts = Object.fromEntries(Object.entries(insight.facts).filter(([name, value]) => !NEVER_SHARED.test(name) && !NEVER_SHARED_FACTS.test(name) && !(typeof value === "string" && NEVER_SHARED.test(value)) && !(stripMind && MIND_WORDS.test(name))));
  const evidence = insight.evidence.filter((evidence) => !NEVER_SHARED.test(evidence.label) && !(stripMind && isMindEvidence(evidence)));
  return { ...insight, facts, evidence };
}

// ---------------------------------------------------------------------------------------------------
// Reading.

type ClientInfo = { id: string; name: string; firstName: string; weightUnit: WeightUnit; todayKey: string };

async function clientInfos(clientIds: string[], now: Date): Promise<Map<string, ClientInfo>> {
  const users = await UserModel.find({ _id: { $in: clientIds.map(oid) } })
    .select({ name: 1, email: 1, "profile.units": 1, "profile.timeZone": 1 })
    .lean();
  return new Map(
    users.map((user) => {
      const name = user.name?.trim() || user.email.split("@")[0];
      const timeZone = user.profile?.timeZone ?? "UTC";
      return [
        String(user._id),
        { id: String(user._id), name, firstName: name.split(/\s+/)[0], weightUnit: (user.profile?.units?.weight as WeightUnit | undefined) ?? "kg", todayKey: dayKeyOf(now, timeZone) },
      ];
    }),
  );
}

/** Each client's sharing level, read now (a missing setting is "none"). */
async function sharingLevelsOf(clientIds: string[]): Promise<Map<string, SharingLevel>> {
  const settings = await MindSettingsModel.find({ _id: { $in: clientIds } }).select({ _id: 1, sharing: 1 }).lean();
  const levels = new Map<string, SharingLevel>(clientIds.map((id) => [id, "none"]));
  for (const doc of settings) levels.set(String(doc._id), ((doc.sharing as SharingLevel | null) ?? "none") as SharingLevel);
  return levels;
}

type StoredInsights = { _id: string; dayKey: string; computedAt: Date; insights: unknown[] };

/** The stored insights a trainer may see for one client, consent applied, stale readiness dropped. */
function visibleInsightsOf(doc: StoredInsights, client: ClientInfo, level: SharingLevel): TInsightDraft[] {
  const visible: TInsightDraft[] = [];
  for (const raw of doc.insights ?? []) {
    // An empty `facts` or `evidence` may not survive storage (mongoose minimizes empty objects): default them.
    const parsed = ZInsightDraftSchema.safeParse(typeof raw === "object" && raw !== null ? { facts: {}, evidence: [], ...raw } : raw);
    if (!parsed.success) {
      logger.warn({ clientId: client.id }, "member_insights holds an insight that does not parse; skipped");
      continue;
    }
    // Readiness is for the day it was computed: yesterday's red is not today's.
    if (parsed.data.kind === "readiness" && doc.dayKey !== client.todayKey) continue;
    const shown = visibleToTrainer(parsed.data, level);
    if (shown) visible.push(shown);
  }
  return visible;
}

function toTrainerInsight(insight: TInsightDraft, doc: StoredInsights, client: ClientInfo, trainer: Trainer, handled: TTrainerInsight["handled"]): TTrainerInsight {
  const draftable: DraftableInsight = insight;
  return {
    id: itemIdOf(client.id, insight.key),
    clientId: client.id,
    clientName: client.name,
    key: insight.key,
    kind: insight.kind,
    kindLabel: kindLabelOf(insight.kind),
    tone: insight.tone,
    priority: insight.priority,
    fromMind: insight.fromMind,
    readiness: insight.readiness ?? null,
    suggestion: insight.suggestion,
    title: trainerTitle(draftable),
    summary: trainerSummary(draftable, client.weightUnit),
    evidence: insight.evidence.map((evidence) => {
      const shown = displayEvidence(evidence, client.weightUnit);
      return { ...shown, label: neutralLabel(shown.label) };
    }),
    draft: draftTrainerMessage(draftable, { clientFirstName: client.firstName, trainerFirstName: trainer.name?.trim().split(/\s+/)[0] ?? "", weightUnit: client.weightUnit }),
    computedAt: doc.computedAt,
    handled,
  };
}

async function handledOf(trainerId: string, items: { clientId: string; key: string }[]): Promise<Map<string, NonNullable<TTrainerInsight["handled"]>>> {
  const handled = new Map<string, NonNullable<TTrainerInsight["handled"]>>();
  if (items.length === 0) return handled;
  const rows = await TrainerInboxActionModel.find({ _id: { $in: items.map((item) => actionIdOf(trainerId, item.clientId, item.key)) } }).lean();
  for (const row of rows) {
    // A send in flight (or stopped half-way) is not handled yet: the item stays, and sending it finishes it.
    if (row.action === "sent" || row.action === "dismissed") handled.set(itemIdOf(String(row.clientId), row.key), { action: row.action, at: row.at });
  }
  return handled;
}

/**
 * The audit rows of a read: one per client shown (always), and for clients shown Mind-derived insights
 * a trainer-read row in their Mind access log, at most once per trainer, client and hour (or change of
 * consent), claimed by `_id` as the roster's wellbeing signal is. Written before the answer is returned:
 * a read that cannot be audited fails.
 */
async function auditReads(actor: AuditActor, view: "client" | "inbox", reads: { clientId: string; count: number; level: SharingLevel; mindShown: boolean }[], now: Date): Promise<void> {
  if (reads.length === 0) return;
  const actorId = actor.userId && Types.ObjectId.isValid(actor.userId) ? oid(actor.userId) : null;
  const base = { actorId, actorRole: actor.role, requestId: actor.requestId, ip: actor.ip, outcome: "success" as const };
  const rows: Record<string, unknown>[] = reads.map((read) => ({
    ...base,
    action: INSIGHTS_READ_ACTION,
    subjectType: "member_insights",
    subjectId: read.clientId,
    targetUserId: oid(read.clientId),
    meta: { view, count: read.count, level: read.level },
  }));

  const hour = now.toISOString().slice(0, 13);
  const claimIdOf = (clientId: string) => `${actor.userId}:${clientId}`;
  const mindReads = reads.filter((read) => read.mindShown && read.level !== "none");
  if (mindReads.length > 0) {
    const logged = await TrainerInsightMindReadModel.find({ _id: { $in: mindReads.map((read) => claimIdOf(read.clientId)) } }).lean();
    const current = new Set(logged.filter((claim) => claim.hour === hour && claim.level === mindReads.find((read) => claimIdOf(read.clientId) === claim._id)?.level).map((claim) => claim._id));
    const claimed = await Promise.all(
      mindReads
        .filter((read) => !current.has(claimIdOf(read.clientId)))
        .map(async (read) => {
          try {
            const result = await TrainerInsightMindReadModel.updateOne(
              { _id: claimIdOf(read.clientId), $or: [{ hour: { $ne: hour } }, { level: { $ne: read.level } }] },
              { $set: { hour, level: read.level } },
              { upsert: true },
            );
            return result.modifiedCount + result.upsertedCount > 0 ? read : null;
          } catch (error) {
            // Another read claimed this hour in between.
            if (isDuplicateKeyError(error)) return null;
            throw error;
          }
        }),
    );
    for (const read of claimed) {
      if (!read) continue;
      rows.push({
        ...base,
        action: TRAINER_READ_ACTION,
        subjectType: "mind_insights",
        subjectId: null,
        targetUserId: oid(read.clientId),
        meta: { level: read.level, view: INSIGHTS_MIND_VIEW },
      });
    }
  }
  await AuditEventModel.insertMany(rows);
  logger.info({ audit: INSIGHTS_READ_ACTION, outcome: "success", requestId: actor.requestId, count: rows.length }, "audit");
}

/** One client's insights as their trainer may see them right now (checked to be the trainer's client). */
export async function clientInsights(trainer: Trainer, actor: AuditActor, clientId: string, now = new Date()): Promise<TTrainerClientInsights> {
  await requireClient(actor, trainer.id, clientId, "member_insights", clientId);
  const [infos, levels, doc] = await Promise.all([clientInfos([clientId], now), sharingLevelsOf([clientId]), MemberInsightsModel.findById(clientId).lean() as Promise<StoredInsights | null>]);
  const client = infos.get(clientId);
  if (!client) throw new AppError("NOT_FOUND", "No such member.");
  const level = levels.get(clientId) ?? "none";
  if (!doc) {
    await auditReads(actor, "client", [{ clientId, count: 0, level, mindShown: false }], now);
    return { clientId, clientName: client.name, sharing: level, computedAt: null, insights: [] };
  }
  const visible = visibleInsightsOf(doc, client, level).sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));
  const handled = await handledOf(trainer.id, visible.map((insight) => ({ clientId, key: insight.key })));
  const insights = visible.map((insight) => toTrainerInsight(insight, doc, client, trainer, handled.get(itemIdOf(clientId, insight.key)) ?? null));
  await auditReads(actor, "client", [{ clientId, count: insights.length, level, mindShown: visible.some((insight) => insight.fromMind) }], now);
  return { clientId, clientName: client.name, sharing: level, computedAt: doc.computedAt, insights };
}

const inInbox = (insight: TInsightDraft) => INBOX_KINDS.includes(insight.kind) && (insight.kind !== "readiness" || insight.readiness === "red");

/**
 * The exception inbox: across the trainer's active clients, the findings worth a message (compliance
 * drops, readiness red, wellbeing flags where consented, PRs, load spikes, plateaus) that the trainer
 * has not sent or dismissed, most important first, then newest.
 */
export async function trainerInbox(trainer: Trainer, actor: AuditActor, now = new Date()): Promise<TTrainerInbox> {
  const clientIds = await activeClientIds(trainer.id);
  if (clientIds.length === 0) return { items: [], clientCount: 0 };
  const [infos, levels, docs] = await Promise.all([
    clientInfos(clientIds, now),
    sharingLevelsOf(clientIds),
    MemberInsightsModel.find({ _id: { $in: clientIds } }).lean() as Promise<StoredInsights[]>,
  ]);
  const candidates: { insight: TInsightDraft; doc: StoredInsights; client: ClientInfo }[] = [];
  for (const doc of docs) {
    const client = infos.get(String(doc._id));
    if (!client) continue;
    for (const insight of visibleInsightsOf(doc, client, levels.get(client.id) ?? "none")) {
      if (inInbox(insight)) candidates.push({ insight, doc, client });
    }
  }
  const handled = await handledOf(trainer.id, candidates.map(({ insight, client }) => ({ clientId: client.id, key: insight.key })));
  const open = candidates.filter(({ insight, client }) => !handled.has(itemIdOf(client.id, insight.key)));
  open.sort(
    (a, b) =>
      b.insight.priority - a.insight.priority ||
      b.doc.computedAt.getTime() - a.doc.computedAt.getTime() ||
      a.client.name.localeCompare(b.client.name) ||
      a.insight.key.localeCompare(b.insight.key),
  );
  const items = open.map(({ insight, doc, client }) => toTrainerInsight(insight, doc, client, trainer, null));

  // Every client whose insights were read gets a row; the Mind access log, those shown Mind-derived items.
  const reads = docs
    .filter((doc) => infos.has(String(doc._id)))
    .map((doc) => {
      const clientId = String(doc._id);
      const shown = open.filter((candidate) => candidate.client.id === clientId);
      return { clientId, count: shown.length, level: levels.get(clientId) ?? "none", mindShown: shown.some((candidate) => candidate.insight.fromMind) };
    });
  await auditReads(actor, "inbox", reads, now);
  return { items, clientCount: clientIds.length };
}

// ---------------------------------------------------------------------------------------------------
// Acting on an item.

/** The client's insight `key` as the trainer may see it now, or NOT_FOUND (gone, or not consented). */
async function currentInsight(clientId: string, key: string, now: Date): Promise<TInsightDraft> {
  const [infos, levels, doc] = await Promise.all([clientInfos([clientId], now), sharingLevelsOf([clientId]), MemberInsightsModel.findById(clientId).lean() as Promise<StoredInsights | null>]);
  const client = infos.get(clientId);
  const insight = doc && client ? visibleInsightsOf(doc, client, levels.get(clientId) ?? "none").find((candidate) => candidate.key === key) : undefined;
  if (!insight) throw new AppError("NOT_FOUND", "This insight is no longer there. Reload to see the latest.");
  return insight;
}

type ActionRow = { action: string; messageId?: string | null; kind: string };

/** Claims the item for `action` by inserting its row; an existing row (a replay, or another action) is returned instead. */
async function claimAction(trainerId: string, clientId: string, key: string, kind: string, action: "sending" | "dismissed", now: Date): Promise<{ created: boolean; row: ActionRow }> {
  const _id = actionIdOf(trainerId, clientId, key);
  try {
    await TrainerInboxActionModel.create({ _id, trainerId: oid(trainerId), clientId: oid(clientId), key, kind, action, messageId: null, at: now });
    return { created: true, row: { action, messageId: null, kind } };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const row = await TrainerInboxActionModel.findById(_id).lean();
    if (!row) throw new AppError("CONFLICT", "This item changed while you acted on it. Try again.");
    return { created: false, row };
  }
}

/** Marks an item handled without a message. Dismissing it again changes nothing. */
export async function dismissInsight(trainer: Trainer, actor: AuditActor, input: { clientId: string; key: string }, now = new Date()): Promise<TTrainerInsightActionResult> {
  await requireClient(actor, trainer.id, input.clientId, "trainer_insight", itemIdOf(input.clientId, input.key));
  const id = itemIdOf(input.clientId, input.key);
  const existing = await TrainerInboxActionModel.findById(actionIdOf(trainer.id, input.clientId, input.key)).lean();
  const row = existing ? { created: false, row: existing } : await claimAction(trainer.id, input.clientId, input.key, (await currentInsight(input.clientId, input.key, now)).kind, "dismissed", now);
  if (row.row.action === "sending") throw new AppError("CONFLICT", "A message about this is being sent.");
  if (!row.created) return { id, action: row.row.action as "sent" | "dismissed", replayed: true, messageId: row.row.messageId ?? null };
  await recordAudit(actor, { action: "insights.trainer_dismiss", subjectType: "trainer_insight", subjectId: id, targetUserId: input.clientId, meta: { kind: row.row.kind } });
  return { id, action: "dismissed", replayed: false, messageId: null };
}

/**
 * Sends the trainer's (edited) message about an item through messaging (the Messages screen's path:
 * stored once, pushed, counted unread) and marks it handled. Exactly once per trainer, client and key:
 * the action row is claimed first, and the message id is derived from it, so a replay (or two sends at
 * once) stores one message; a send interrupted after the claim is finished by the next one.
 */
export async function sendInsightMessage(trainer: Trainer, actor: AuditActor, input: { clientId: string; key: string; text: string }, now = new Date()): Promise<TTrainerInsightActionResult> {
  await requireClient(actor, trainer.id, input.clientId, "trainer_insight", itemIdOf(input.clientId, input.key));
  const id = itemIdOf(input.clientId, input.key);
  const actionId = actionIdOf(trainer.id, input.clientId, input.key);
  const existing = await TrainerInboxActionModel.findById(actionId).lean();
  const claim = existing ? { created: false, row: existing } : await claimAction(trainer.id, input.clientId, input.key, (await currentInsight(input.clientId, input.key, now)).kind, "sending", now);
  if (claim.row.action === "dismissed") throw new AppError("CONFLICT", "You dismissed this item. Send a message from Messages instead.");
  if (claim.row.action === "sent") return { id, action: "sent", replayed: true, messageId: claim.row.messageId ?? null };

  let message: Awaited<ReturnType<typeof sendMessage>>;
  try {
    message = await sendMessage({ id: trainer.id, role: trainer.role }, actor, { clientId: input.clientId, text: input.text, clientMessageId: messageTokenOf(actionId) });
  } catch (error) {
    // Not sent: the item is open again (Send or Dismiss), instead of stuck "being sent".
    if (claim.created) await TrainerInboxActionModel.deleteOne({ _id: actionId, action: "sending" });
    throw error;
  }
  await TrainerInboxActionModel.updateOne({ _id: actionId, action: "sending" }, { $set: { action: "sent", messageId: message.id, at: now } });
  await recordAudit(actor, { action: "insights.trainer_send", subjectType: "trainer_insight", subjectId: id, targetUserId: input.clientId, meta: { kind: claim.row.kind, replayed: message.replayed } });
  return { id, action: "sent", replayed: message.replayed, messageId: message.id };
}
