import "server-only";
import type { MemberHistory } from "@/lib/analytics/history";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { computeInsights } from "@/lib/insights/compute";
import { renderInsight } from "@/lib/insights/render";
import type { TInsightDraft, TInsightView } from "@/lib/schemas/insights";
import { loadMemberHistory } from "@/server/analytics/member-history";
import { refreshTrainingDays } from "@/server/analytics/training-days";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { UserModel } from "@/server/users/user-model";
import { MemberInsightsModel } from "./insight-model";
import { llmConfigFromEnv, rephraseInsight, type LlmConfig } from "./llm-rephrase";

/** How far back a run reads: a year of trends plus the weeks before it that baselines need. */
export const INSIGHT_HISTORY_DAYS = 400;

/** Audit rows of runs name no person: the system read the member's health data to compute them. */
export const insightsSystemActor: AuditActor = { userId: null, role: "system", requestId: null, ip: null };

/** What a run read, stored with its results so every insight can be traced to its data. */
export type InsightInputs = {
  fromDayKey: string;
  toDayKey: string;
  /** Days with anything logged in the range. */
  daysCovered: number;
  counts: { sessions: number; nutritionDays: number; weighIns: number; measurementDays: number; checkIns: number; habitDays: number; questionnaires: number; energyEstimates: number };
  /** Member-local days written since the previous run (training rollups refreshed for them). */
  dirtyDays: string[];
  generation: string;
  /** Who worded the insights: "template" only, or some rephrased by the LLM. */
  llm: boolean;
};

/** `superseded`: a run that started later already stored its results, so this one stored nothing. */
export type InsightRunResult = { memberId: string; dayKey: string; insights: number; readiness: "green" | "amber" | "red" | null; version: number; superseded?: boolean };

function inputsOf(history: MemberHistory, dirtyDays: string[], generation: string, llm: boolean): InsightInputs {
  let sessions = 0;
  let nutritionDays = 0;
  let weighIns = 0;
  let measurementDays = 0;
  let checkIns = 0;
  let habitDays = 0;
  for (const day of history.days) {
    sessions += day.sessions.length;
    if (day.nutrition) nutritionDays++;
    if (day.weightKg != null) weighIns++;
    if (Object.keys(day.measurementsCm ?? {}).length > 0) measurementDays++;
    if (day.checkIn) checkIns++;
    if (day.habits.length > 0) habitDays++;
  }
  return {
    fromDayKey: history.fromDayKey,
    toDayKey: history.toDayKey,
    daysCovered: history.days.length,
    counts: { sessions, nutritionDays, weighIns, measurementDays, checkIns, habitDays, questionnaires: history.questionnaires.length, energyEstimates: history.energyEstimates.length },
    dirtyDays: [...dirtyDays].sort(),
    generation,
    llm,
  };
}

const firstNameOf = (name: string | null | undefined) => name?.trim().split(/\s+/)[0]?.slice(0, 40) || null;

export type RunOptions = {
  generation: string;
  now: Date;
  /** Member-local days written since the last run; their training rollups are refreshed first. */
  dirtyDays?: string[];
  /** The LLM rephraser's configuration; defaults to INSIGHTS_LLM_* (null: templates only). */
  llm?: LlmConfig | null;
};

/**
 * Recomputes one member's insights: refreshes the training rollups of the days written since the last
 * run, loads the member's own history (all of it they may see: Mind included), runs the engine, words
 * each insight in the member's coach persona (optionally rephrased, facts fixed) and replaces their
 * `member_insights` document in one write, with the inputs it used. Records an audit row (system actor):
 * the run reads health data.
 */
export async function runInsightsFor(memberId: string, options: RunOptions): Promise<InsightRunResult> {
  const user = await UserModel.findById(memberId).select({ name: 1, profile: 1 }).lean();
  if (!user?.profile) throw new AppError("NOT_FOUND", "No such onboarded member.");
  const { timeZone, coachPersona: persona } = user.profile;
  const weightUnit = user.profile.units?.weight ?? "kg";
  const firstName = firstNameOf(user.name);
  const todayKey = dayKeyOf(options.now, timeZone);
  const dirtyDays = [...new Set(options.dirtyDays ?? [])];

  if (dirtyDays.length > 0) await refreshTrainingDays(memberId, dirtyDays);
  const history = await loadMemberHistory(memberId, { toDayKey: todayKey, fromDayKey: addDaysToKey(todayKey, -INSIGHT_HISTORY_DAYS), mindAccess: "all" });
  const drafts: TInsightDraft[] = computeInsights(history, { todayKey });

  const llm = options.llm === undefined ? llmConfigFromEnv() : options.llm;
  const views: TInsightView[] = await Promise.all(
    drafts.map(async (draft) => {
      const template = renderInsight(draft, { persona, weightUnit, firstName });
      const worded = await rephraseInsight(draft, template, { persona, weightUnit, firstName }, llm);
      return { ...draft, ...worded };
    }),
  );
  views.sort((a, b) => b.priority - a.priority);
  const readiness = drafts.find((draft) => draft.kind === "readiness")?.readiness ?? null;
  const inputs = inputsOf(history, dirtyDays, options.generation, views.some((view) => view.wordedBy === "llm"));

  // Only over results from runs that started earlier: a slow run (a long LLM call, a lease taken over)
  // must not replace what a later run, which read newer data, already stored. When the filter does not
  // match, the upsert's insert hits the existing _id and the duplicate key says "superseded".
  let stored: { version?: number | null } | null;
  try {
    stored = await MemberInsightsModel.findOneAndUpdate(
      { _id: memberId, computedAt: { $lte: options.now } },
      {
        $set: { userId: user._id, dayKey: todayKey, computedAt: options.now, generation: options.generation, persona, insights: views, readiness, inputs },
        $inc: { version: 1 },
      },
      { upsert: true, returnDocument: "after" },
    ).lean();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    return { memberId, dayKey: todayKey, insights: 0, readiness, version: 0, superseded: true };
  }
  await recordAudit(insightsSystemActor, {
    action: "insights.compute",
    subjectType: "member_insights",
    subjectId: memberId,
    targetUserId: memberId,
    meta: { generation: options.generation, dayKey: todayKey, insights: views.length, daysCovered: inputs.daysCovered },
  });
  return { memberId, dayKey: todayKey, insights: views.length, readiness, version: stored?.version ?? 0 };
}
