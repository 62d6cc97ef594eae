import "server-only";
import { Types } from "mongoose";
import { questionnaires, type QuestionnaireId } from "@/lib/mind/questionnaires";
import {
  QuestionnaireAnswerError,
  gad2PositiveMessage,
  phq2PositiveMessage,
  scoreGad2,
  scorePhq2,
  scoreWho5,
  screenerDisclaimer,
  who5DropMessage,
  who5Due,
  who5LowMessage,
} from "@/lib/mind/scoring";
import { resolveSupportResources } from "@/lib/mind/support-resources";
import { env } from "@/lib/env";
import type {
  TQuestionnaireFlags,
  TQuestionnaireHistoryView,
  TQuestionnaireResultView,
  TQuestionnaireStatusView,
  TScreenerSettings,
  TSubmitQuestionnaireView,
} from "@/lib/schemas/mind";
import { AppError } from "@/server/errors/app-error";
import { insightsAfterWrite } from "@/server/insights/insight-jobs";
import { memberToday } from "@/server/nutrition/member-day";
import type { SessionUser } from "@/server/users/user-service";
import { MindQuestionnaireModel, type MindQuestionnaireDoc } from "./questionnaire-model";
import { MindSettingsModel } from "./screener-settings-model";

type Member = Pick<SessionUser, "id">;
type StoredResult = MindQuestionnaireDoc & { _id: Types.ObjectId };

const screeners = ["phq2", "gad2"] as const;

function toView(doc: StoredResult): TQuestionnaireResultView {
  return {
    id: String(doc._id),
    instrument: doc.instrument as QuestionnaireId,
    dayKey: doc.dayKey,
    answers: [...doc.answers],
    score: doc.score,
    percentage: doc.percentage ?? null,
    flags: { low: doc.flags?.low ?? false, drop: doc.flags?.drop ?? false, positive: doc.flags?.positive ?? false },
    createdAt: doc.createdAt,
  };
}

async function latestResult(memberId: string, instrument: QuestionnaireId): Promise<StoredResult | null> {
  return MindQuestionnaireModel.findOne({ userId: new Types.ObjectId(memberId), instrument })
    .sort({ createdAt: -1, _id: -1 })
    .lean<StoredResult>();
}

/** The member's screener switches; both off when never set. */
export async function screenerSettings(member: Member): Promise<TScreenerSettings> {
  const doc = await MindSettingsModel.findById(member.id).lean();
  return { phq2: doc?.screenersEnabled?.phq2 ?? false, gad2: doc?.screenersEnabled?.gad2 ?? false };
}

export async function saveScreenerSettings(member: Member, screenersEnabled: TScreenerSettings): Promise<TScreenerSettings> {
  await MindSettingsModel.updateOne(
    { _id: member.id },
    { $set: { "screenersEnabled.phq2": screenersEnabled.phq2, "screenersEnabled.gad2": screenersEnabled.gad2, updatedAt: new Date() } },
    { upsert: true },
  );
  return screenerSettings(member);
}

/**
 * What to offer today. Every instrument asks about the last two weeks, so each is due two weeks after
 * it was last completed (who5Due's rule); PHQ-2 and GAD-2 appear only once the member enabled them.
 */
export async function questionnaireStatus(member: Member, now = new Date()): Promise<TQuestionnaireStatusView> {
  const { todayKey } = await memberToday(member.id, now);
  const enabled = await screenerSettings(member);
  const offered: QuestionnaireId[] = ["who5", ...screeners.filter((id) => enabled[id])];
  const offers = await Promise.all(
    offered.map(async (instrument) => {
      const lastDayKey = (await latestResult(member.id, instrument))?.dayKey ?? null;
      return { instrument, due: who5Due(lastDayKey, todayKey), lastDayKey };
    }),
  );
  return { todayKey, offers, screenersEnabled: enabled };
}

/** Scores answers, mapping answers that do not fit the instrument to a BAD_REQUEST the member can read. */
function score(instrument: QuestionnaireId, answers: readonly number[], previousWho5Percentage: number | undefined) {
  try {
    if (instrument === "who5") {
      const result = scoreWho5(answers, previousWho5Percentage);
      return { score: result.raw, percentage: result.percentage, flags: { ...result.flags, positive: false } };
    }
    const result = instrument === "phq2" ? scorePhq2(answers) : scoreGad2(answers);
    return { score: result.score, percentage: null, flags: { low: false, drop: false, positive: result.positive } };
  } catch (error) {
    if (error instanceof QuestionnaireAnswerError) throw new AppError("BAD_REQUEST", error.message, { cause: error });
    throw error;
  }
}

function messagesFor(instrument: QuestionnaireId, flags: TQuestionnaireFlags): string[] {
  if (instrument === "who5") return [...(flags.low ? [who5LowMessage] : []), ...(flags.drop ? [who5DropMessage] : [])];
  if (!flags.positive) return [];
  return [instrument === "phq2" ? phq2PositiveMessage : gad2PositiveMessage];
}

/**
 * Stores one completed questionnaire with its score and flags (recomputed here from the answers, never
 * taken from the client). A flag answers with supportive wording and support resources, shown to the
 * member only: results are never pushed, shared or put in the audit log.
 */
export async function submitQuestionnaire(
  member: Member,
  request: { instrument: QuestionnaireId; answers: readonly number[] },
  now = new Date(),
): Promise<TSubmitQuestionnaireView> {
  const { instrument, answers } = request;
  if (instrument !== "who5") {
    const enabled = await screenerSettings(member);
    if (!enabled[instrument]) {
      throw new AppError("BAD_REQUEST", `${questionnaires[instrument].shortName} is off. Turn it on in your Mind settings first.`);
    }
  }
  const { todayKey } = await memberToday(member.id, now);
  // The drop flag compares with the member's previous WHO-5 result.
  const previous = instrument === "who5" ? await latestResult(member.id, "who5") : null;
  const scored = score(instrument, answers, previous?.percentage ?? undefined);

  const created = await MindQuestionnaireModel.create({
    userId: new Types.ObjectId(member.id),
    instrument,
    dayKey: todayKey,
    answers: [...answers],
    score: scored.score,
    percentage: scored.percentage,
    flags: scored.flags,
    createdAt: now,
  });
  const result = toView(created.toObject() as StoredResult);
  await insightsAfterWrite(member.id, { dayKeys: [todayKey], reason: "questionnaire" });
  const flagged = scored.flags.low || scored.flags.drop || scored.flags.positive;
  return {
    result,
    flagged,
    messages: messagesFor(instrument, scored.flags),
    disclaimer: instrument === "who5" ? null : screenerDisclaimer,
    resources: flagged ? resolveSupportResources(env.SUPPORT_RESOURCES_REGION, env.SUPPORT_RESOURCES_JSON ?? null) : [],
  };
}

/** The member's results for one instrument, oldest first (for the history chart). */
export async function questionnaireHistory(member: Member, instrument: QuestionnaireId): Promise<TQuestionnaireHistoryView> {
  const docs = await MindQuestionnaireModel.find({ userId: new Types.ObjectId(member.id), instrument })
    .sort({ createdAt: 1, _id: 1 })
    .lean<StoredResult[]>();
  return { instrument, results: docs.map(toView) };
}
