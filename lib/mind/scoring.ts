import { z } from "zod";
import { daysBetween } from "@/lib/dates/day-key";
import { type QuestionnaireId, type QuestionnaireOption, gad2, phq2, questionnaires, who5 } from "./questionnaires";

/**
 * Scoring and flags for the wellbeing questionnaires (see ./questionnaires.ts for sources and cut-offs).
 * Pure and isomorphic: the form previews the result and the server recomputes it from the answers, so a
 * stored score can never disagree with its stored answers.
 */

/**
 * Answers that do not fit the instrument. A plain class (not the server's AppError) so lib/ stays
 * isomorphic; the server maps it to BAD_REQUEST.
 */
export class QuestionnaireAnswerError extends Error {
  override readonly name = "QuestionnaireAnswerError";
  constructor(
    readonly questionnaireId: QuestionnaireId,
    message: string,
  ) {
    super(message);
  }
}

/** WHO-5 is offered every two weeks: the period its items ask about. */
export const WHO5_INTERVAL_DAYS = 14;

export type Who5Result = { raw: number; percentage: number; flags: { low: boolean; drop: boolean } };
export type ScreenerResult = { score: number; positive: boolean };

function optionRange(options: readonly QuestionnaireOption[]): { min: number; max: number } {
  const values = options.map((option) => option.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

function answersSchema(questionnaire: { items: readonly unknown[]; options: readonly QuestionnaireOption[] }) {
  const { min, max } = optionRange(questionnaire.options);
  const count = questionnaire.items.length;
  return z
    .array(z.int().min(min).max(max))
    .length(count, `Answer all ${count} questions`);
}

/** Request validation: one whole-number answer per item, within the instrument's option values. */
export const ZWho5Answers = answersSchema(who5);
export const ZPhq2Answers = answersSchema(phq2);
export const ZGad2Answers = answersSchema(gad2);

/** Checks answers against the instrument and returns their sum. */
function sumAnswers(id: QuestionnaireId, answers: readonly number[]): number {
  const questionnaire = questionnaires[id];
  const { min, max } = optionRange(questionnaire.options);
  if (!Array.isArray(answers)) throw new QuestionnaireAnswerError(id, `${questionnaire.shortName} answers must be a list`);
  if (answers.length !== questionnaire.items.length) {
    throw new QuestionnaireAnswerError(
      id,
      `${questionnaire.shortName} has ${questionnaire.items.length} questions, got ${answers.length} answers`,
    );
  }
  answers.forEach((answer, index) => {
    if (!Number.isInteger(answer) || answer < min || answer > max) {
      throw new QuestionnaireAnswerError(
        id,
        `${questionnaire.shortName} answer ${index + 1} must be a whole number from ${min} to ${max}, got ${String(answer)}`,
      );
    }
  });
  return answers.reduce((sum, answer) => sum + answer, 0);
}

/**
 * WHO-5 raw score (0–25), percentage (0–100) and the two flags: a raw score below 13, or a fall of at least
 * 10 percentage points from `previousPercentage` (the member's last result, when there is one).
 */
export function scoreWho5(answers: readonly number[], previousPercentage?: number): Who5Result {
  const raw = sumAnswers("who5", answers);
  const percentage = raw * who5.scoring.percentageMultiplier;
  // The previous result comes from storage, not the member: a bad value is our bug, not a bad request.
  if (previousPercentage !== undefined && !(previousPercentage >= 0 && previousPercentage <= 100)) {
    throw new RangeError(`A WHO-5 percentage is 0–100, got ${previousPercentage}`);
  }
  return {
    raw,
    percentage,
    flags: {
      low: raw < who5.scoring.lowBelowRaw,
      drop: previousPercentage !== undefined && previousPercentage - percentage >= who5.scoring.dropPercentagePoints,
    },
  };
}

/** PHQ-2 score (0–6); 3 or more is a positive screen, which suggests talking to a professional, nothing more. */
export function scorePhq2(answers: readonly number[]): ScreenerResult {
  const score = sumAnswers("phq2", answers);
  return { score, positive: score >= phq2.scoring.positiveAtLeast };
}

/** GAD-2 score (0–6); 3 or more is a positive screen. */
export function scoreGad2(answers: readonly number[]): ScreenerResult {
  const score = sumAnswers("gad2", answers);
  return { score, positive: score >= gad2.scoring.positiveAtLeast };
}

const dayKeyPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether to offer the WHO-5 today: never done, or done at least two weeks ago (member-local days). */
export function who5Due(lastCompletedDayKey: string | null, todayKey: string): boolean {
  for (const key of [lastCompletedDayKey, todayKey]) {
    // A malformed key would make daysBetween NaN and silently hide the questionnaire forever.
    if (key !== null && !dayKeyPattern.test(key)) throw new RangeError(`Not a day key: ${key}`);
  }
  if (lastCompletedDayKey === null) return true;
  return daysBetween(lastCompletedDayKey, todayKey) >= WHO5_INTERVAL_DAYS;
}

// Wording shown with results. Screeners can only say "worth a conversation", so the messages are warm,
// plain, never diagnostic and never alarming, and always point to a person who can help.

export const screenerDisclaimer =
  "These are screening questions, not a diagnosis. They can't tell you what you're going through, only whether it might be worth talking to someone about. A doctor or mental health professional can help you make sense of your answers.";

export const who5LowMessage =
  "Your answers suggest the last two weeks have been hard on your wellbeing. That happens to many people, and you don't have to handle it alone. Talking to someone you trust, or to your doctor or a mental health professional, can really help.";

export const who5DropMessage =
  "Your wellbeing score is lower than last time. Ups and downs are normal, and a dip is a good moment to be kind to yourself. If it doesn't lift, talking it through with someone you trust, your doctor or a mental health professional can help.";

export const phq2PositiveMessage =
  "Your answers suggest you've been feeling low or finding less joy in things lately. This is not a diagnosis, and it's more common than it may feel. It's worth talking to your doctor or a mental health professional, who can help you understand what's going on and what might help.";

export const gad2PositiveMessage =
  "Your answers suggest worry or nervousness has been weighing on you lately. This is not a diagnosis, and many people go through this. It's worth talking to your doctor or a mental health professional, who can help you find ways to feel more at ease.";
