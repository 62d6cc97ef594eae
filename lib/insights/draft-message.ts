import { insightKindLabels, type InsightKind, type TEvidence, type TInsightDraft } from "@/lib/schemas/insights";
import { kgToLb, type WeightUnit } from "@/lib/units";

/**
 * The trainer's side of an insight: a neutral title and summary (never the member's persona wording)
 * and a drafted message the trainer can edit and send. Deterministic: the same insight and names give
 * the same words. Kind-specific, with the engine's numbers (kg shown in the client's unit), and never a
 * diagnosis: load is a soft flag, wellbeing a check-in, readiness a suggestion for today.
 */

/** The fields of an insight the trainer's words use (a TInsightDraft or TInsightView fits). */
export type DraftableInsight = Pick<TInsightDraft, "key" | "kind" | "facts" | "evidence" | "suggestion"> & { readiness?: TInsightDraft["readiness"] | null };

export type DraftNames = { clientFirstName: string; trainerFirstName: string; weightUnit: WeightUnit };

/** One number as the trainer reads it: kg converted to the client's unit. */
export type EvidenceDisplay = { label: string; value: number; unit: string; text: string };

const numberFormat = (decimals: number) => new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: decimals });

/** `evidence` in the client's unit, with its text ("102.5 kg", "225 lb", "1.42", "64%"). */
export function displayEvidence(evidence: TEvidence, weightUnit: WeightUnit): EvidenceDisplay {
  const decimals = evidence.decimals ?? 0;
  if (evidence.unit === "kg") {
    const value = weightUnit === "lb" ? kgToLb(evidence.value) : evidence.value;
    const shown = Number(value.toFixed(decimals));
    return { label: evidence.label, value: shown, unit: weightUnit, text: `${numberFormat(decimals).format(shown)} ${weightUnit}` };
  }
  const value = Number(evidence.value.toFixed(decimals));
  const formatted = numberFormat(decimals).format(value);
  const text = (() => {
    switch (evidence.unit) {
      case "percent":
        return `${formatted}%`;
      case "ratio":
        return formatted;
      case "r":
        return `r = ${formatted}`;
      case "p":
        return `p = ${formatted}`;
      case "au":
        return `${formatted} AU`;
      case "sessions":
        return `${formatted} ${value === 1 ? "session" : "sessions"}`;
      case "days":
        return `${formatted} ${value === 1 ? "day" : "days"}`;
      case "hours":
        return `${formatted} ${value === 1 ? "hour" : "hours"}`;
      case "score":
      case "count":
        return formatted;
      default:
        return `${formatted} ${evidence.unit}`;
    }
  })();
  return { label: evidence.label, value, unit: evidence.unit, text };
}

/** "best e1RM, last 4 weeks: 100 kg; change: 0%": the first `limit` numbers as one phrase. */
function numbersPhrase(insight: DraftableInsight, weightUnit: WeightUnit, limit: number, label: (text: string) => string = (text) => text): string {
  return insight.evidence
    .slice(0, limit)
    .map((evidence) => {
      const shown = displayEvidence(evidence, weightUnit);
      return `${lowerFirst(label(shown.label))}: ${shown.text}`;
    })
    .join("; ");
}

/**
 * An evidence label for the trainer's eyes: the engine writes some for the member ("Your usual
 * sessions"), the trainer reads them about the client.
 */
export function neutralLabel(label: string): string {
  return label.replace(/\byour\b/g, "the client's").replace(/\bYour\b/g, "The client's").replace(/\byou\b/g, "the client").replace(/\bYou\b/g, "The client");
}

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text);
const upperFirst = (text: string) => (text ? text[0].toUpperCase() + text.slice(1) : text);

/** A string fact under the first of `names` present, trimmed; else null. */
function stringFact(insight: DraftableInsight, ...names: string[]): string | null {
  for (const name of names) {
    const value = insight.facts[name];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return null;
}

/** A number fact under the first of `names` present; else null. */
function numberFact(insight: DraftableInsight, ...names: string[]): number | null {
  for (const name of names) {
    const value = insight.facts[name];
    if (typeof value === "number" && Number.isFinite(value)) return value;
  }
  return null;
}

/** What the insight is about (an exercise, a habit), from its facts; null when it names none. */
export function subjectOf(insight: DraftableInsight): string | null {
  return stringFact(insight, "exerciseName", "exercise", "lift", "liftName", "habitName", "habit");
}

/** The trainer's neutral headline for an insight (no persona, no second person). */
export function trainerTitle(insight: DraftableInsight): string {
  const subject = subjectOf(insight);
  const about = subject ? `: ${upperFirst(subject)}` : "";
  switch (insight.kind) {
    case "plateau":
      return `Plateau${about}`;
    case "load_spike":
      return "Training load spike";
    case "adherence_drop":
      return "Consistency dropped";
    case "habit_strength_falling":
      return `Habit strength falling${about}`;
    case "readiness":
      return `Readiness ${insight.readiness ?? "today"}`;
    case "nutrition_off_target":
      return "Nutrition off target";
    case "correlation":
      return "Pattern in the data";
    case "personal_record":
      return `Personal record${about}`;
    case "wellbeing_down":
      return "Wellbeing trending down";
  }
}

const suggestionWords: Record<DraftableInsight["suggestion"], string> = {
  keep: "keep today's session as planned",
  reduce: "a reduced version of today's session",
  swap: "swapping today's session for something lighter",
  deload: "a deload week",
  vary_program: "a change of program for this lift",
  adjust_intake: "adjusting intake targets",
  rest: "a rest day",
  none: "",
};

/** The trainer's neutral summary: what the engine found, the numbers, and its suggestion. */
export function trainerSummary(insight: DraftableInsight, weightUnit: WeightUnit): string {
  const numbers = numbersPhrase(insight, weightUnit, 4, neutralLabel);
  const subject = subjectOf(insight);
  const lead = (() => {
    switch (insight.kind) {
      case "plateau":
        return `No estimated 1RM progress${subject ? ` on ${subject}` : ""} over the recent weeks.`;
      case "load_spike":
        return "Recent session load is well above the client's usual (a soft flag, not an injury prediction).";
      case "adherence_drop":
        return "Fewer planned sessions or habits completed than usual.";
      case "habit_strength_falling":
        return `Habit strength is falling${subject ? ` for ${subject}` : ""}.`;
      case "readiness":
        return `Readiness today is ${insight.readiness ?? "not known"}, against the client's own baseline.`;
      case "nutrition_off_target":
        return "Intake is off the target for the client's goal.";
      case "correlation":
        return "A statistically meaningful pattern over enough data.";
      case "personal_record":
        return `A new personal record${subject ? ` on ${subject}` : ""}.`;
      case "wellbeing_down":
        return "Check-ins are trending down against the week before (shared with you by the client).";
    }
  })();
  const suggestion = suggestionWords[insight.suggestion] ? ` Suggested: ${suggestionWords[insight.suggestion]}.` : "";
  return `${lead}${numbers ? ` ${upperFirst(numbers)}.` : ""}${suggestion}`;
}

const kindOpeners: Record<InsightKind, (subject: string | null) => string> = {
  plateau: (subject) => `I've been looking at your ${subject ?? "main lift"} numbers.`,
  load_spike: () => "I noticed your training load has jumped recently.",
  adherence_drop: () => "I noticed the last little while has been harder to fit training in.",
  habit_strength_falling: (subject) => `I noticed your ${subject ? `${subject} habit` : "habit"} has slipped a little lately.`,
  readiness: () => "I had a look at how today is shaping up for you.",
  nutrition_off_target: () => "I've been looking at your nutrition over the last while.",
  correlation: () => "I spotted an interesting pattern in your data.",
  personal_record: (subject) => `Congratulations on your new personal record${subject ? ` on ${subject}` : ""}!`,
  wellbeing_down: () => "Just checking in on you.",
};

const kindBodies: Record<InsightKind, string> = {
  plateau:
    "Progress has levelled off, which is completely normal after a good run. I'd like to change things up for a few weeks (a different rep range or a variation) to get it moving again. Sound good?",
  load_spike:
    "That's a soft flag, not a problem: it just means your body has more to absorb than usual. Let's ease off a little over the next few days (a lighter session or an extra rest day) and build back up from there. How are you feeling?",
  adherence_drop: "No judgement at all, life gets busy. Is anything getting in the way? We can adjust your plan so it fits your week better.",
  habit_strength_falling: "Want to make it a bit smaller for a week or two, so it's easy to get the streak going again?",
  readiness: "",
  nutrition_off_target: "Would it help to look at your targets and meals together, so they're easier to hit on a normal week?",
  correlation: "Nothing to worry about, just something worth keeping an eye on as you plan your week. Happy to talk it through.",
  personal_record: "That's your consistent work paying off. Well done, enjoy it!",
  wellbeing_down:
    "Your check-ins have been a bit lower this week than the week before. No pressure at all, but if anything is making training harder right now, I'm happy to adjust things. How are you doing?",
};

const readinessBodies: Record<NonNullable<DraftableInsight["readiness"]>, string> = {
  red: "Today is a day to take it easier: a lighter version of today's session, or swapping it for something easy, is completely fine, and it still counts. Let me know how you get on.",
  amber: "Maybe go a little lighter today and see how the first sets feel; it's fine to trim a set or two. Let me know how you get on.",
  green: "You look good to go, so enjoy today's session as planned!",
};

/**
 * The message a trainer might send about `insight`, addressed to the client by first name and signed
 * by the trainer. Numbers come from the evidence (kg in the client's unit); wording is fixed per kind.
 */
export function draftTrainerMessage(insight: DraftableInsight, { clientFirstName, trainerFirstName, weightUnit }: DraftNames): string {
  const client = clientFirstName.trim() || "there";
  const trainer = trainerFirstName.trim();
  const subject = subjectOf(insight);
  const opener = kindOpeners[insight.kind](subject);
  const numbers = numbersPhrase(insight, weightUnit, 3);
  const readiness = insight.kind === "readiness" ? ` Your readiness today is ${insight.readiness ?? "unclear"}.` : "";
  const weeks = insight.kind === "plateau" ? numberFact(insight, "weeks", "plateauWeeks") : null;
  const weeksLine = weeks !== null && !numbers.includes("week") ? ` It has held steady for about ${weeks} ${weeks === 1 ? "week" : "weeks"}.` : "";
  const numbersLine = !numbers ? "" : insight.kind === "personal_record" ? ` ${upperFirst(numbers)}.` : ` Here's what I'm seeing (${numbers}).`;
  const greeting = insight.kind === "personal_record" ? `${client}, ` : `Hi ${client}, `;
  const body = insight.kind === "readiness" ? readinessBodies[insight.readiness ?? "amber"] : kindBodies[insight.kind];
  return `${greeting}${lowerFirst(opener)}${readiness}${numbersLine}${weeksLine} ${body}${trainer ? `\n\n${trainer}` : ""}`;
}

/** The kind's label as trainers read it ("Consistency", "Personal record"). */
export const kindLabelOf = (kind: InsightKind) => insightKindLabels[kind];
