import type { InsightKind, TInsightDraft } from "@/lib/schemas/insights";
import type { WeightUnit } from "@/lib/units";
import { formatFact } from "@/lib/insights/format";

/**
 * The deterministic template engine: per kind and coach persona, a title and a body with `{slots}`
 * filled from the draft's facts (formatted by lib/insights/format: kg in the member's unit, whole
 * percentages) plus phrases chosen by the facts (the suggested change, the readiness level, …). Works
 * offline and always gives the same words for the same draft. Rules the templates keep (tested):
 * - every number the kind shows (format.ts `shownFactKeys`) is in every persona's words, and no other
 *   number is (templates contain no digits of their own), so an LLM rephrase can be fact-checked;
 * - never a medical or mental-health diagnosis, never an injury prediction; Mind-related wording is
 *   supportive in every persona (tough love included) and points to the support options only when a
 *   questionnaire flagged (fact `support`), as the Mind screens do.
 */
export type Persona = "supportive" | "tough_love" | "analytical" | "calm";
/** `firstName` null (or empty) leaves the address out. */
export type RenderOptions = { persona: Persona; weightUnit: WeightUnit; firstName: string | null };
export type Rendered = { title: string; body: string };

type Template = { title: string; body: string };
type KindTemplates = Record<Persona, Template>;
type Slots = Record<string, string>;

/** Replaces `{name}` with its slot; an unknown slot is a programming error. */
export function fill(template: string, slots: Slots): string {
  return template
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = slots[name];
      if (value === undefined) throw new Error(`Missing slot {${name}}`);
      return value;
    })
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:!?)])/g, "$1")
    .trim();
}

const fillAll = (slots: Slots, phrases: Record<string, string>): Slots => {
  const result = { ...slots };
  for (const [name, phrase] of Object.entries(phrases)) result[name] = fill(phrase, result);
  return result;
};

// ---------------------------------------------------------------------------------------------------
// Phrases chosen by facts (persona-neutral), then the per-persona templates.

const plateauChange: Record<string, string> = {
  deload:
    "Suggested change: take a deload week for {exerciseName}: keep the weights, do about half your usual sets, then build back up.",
  add_back_off_set:
    "Suggested change: add one back-off set after your top set of {exerciseName}, a little lighter, for as many good reps as you can.",
  change_rep_range:
    "Suggested change: move {exerciseName} to a different rep range for the next block (fewer, heavier reps if you have been doing higher reps, or the other way round).",
};

const readinessAdvice: Record<string, string> = {
  keep: "Go ahead with today's session as planned.",
  reduce: "Consider a reduced version of today's session: fewer sets or a lighter load.",
  swap: "Consider swapping today's session for something light, such as a walk or mobility work, or taking a rest day.",
};

const correlationPattern: Record<string, string> = {
  "sleep_rpe:negative": "after nights with more sleep, your sessions felt easier",
  "sleep_rpe:positive": "after nights with more sleep, your sessions felt harder",
  "sleep_mood:positive": "more sleep went together with a better mood",
  "sleep_mood:negative": "more sleep went together with a lower mood",
  "stress_habits:negative": "on more stressful days you completed fewer of your habits",
  "stress_habits:positive": "on more stressful days you completed more of your habits",
};

const nutritionCore: Record<string, string> = {
  energy_over: "over your last {days} logged days you averaged {avgKcal} kcal a day against a target of {targetKcal} kcal, {deviationPercent} over.",
  energy_under: "over your last {days} logged days you averaged {avgKcal} kcal a day against a target of {targetKcal} kcal, {deviationPercent} under.",
  protein_low:
    "over your last {days} logged days your protein averaged {proteinPerKg} g per kg of body weight; for building muscle, aim for at least {proteinTargetPerKg} g per kg.",
  energy_under_protein_low:
    "over your last {days} logged days you averaged {avgKcal} kcal a day against a target of {targetKcal} kcal ({deviationPercent} under), and protein at {proteinPerKg} g per kg of body weight, below the {proteinTargetPerKg} g per kg that supports building muscle.",
};

const templates: Record<InsightKind, KindTemplates> = {
  plateau: {
    supportive: {
      title: "{exerciseName} has levelled off",
      body: "{firstName}, your best estimated max on {exerciseName} over the last {weeks} weeks is {recentBestKg}, against {previousBestKg} in the {weeks} weeks before. Plateaus are a normal part of training and a sign it's time to change the stimulus. {change}",
    },
    tough_love: {
      title: "{exerciseName} is stuck. Change something.",
      body: "{firstName}, {weeks} weeks and {exerciseName} hasn't moved: best estimated max {recentBestKg}, versus {previousBestKg} the {weeks} weeks before. Doing the same thing will get the same result. {change}",
    },
    analytical: {
      title: "{exerciseName}: no estimated-max progress in {weeks} weeks",
      body: "Best estimated max, last {weeks} weeks: {recentBestKg}. Previous {weeks} weeks: {previousBestKg}. That is below the progress threshold. {change}",
    },
    calm: {
      title: "{exerciseName} is holding steady",
      body: "{firstName}, {exerciseName} has settled: {recentBestKg} as your best estimated max over the last {weeks} weeks, and {previousBestKg} in the {weeks} weeks before. A small change can get things moving again. {change}",
    },
  },
  load_spike: {
    supportive: {
      title: "You've been training a lot lately",
      body: "{firstName}, {core} {soft}",
    },
    tough_love: {
      title: "Big jump in training load",
      body: "{firstName}, you've ramped up fast. {core} Hard work is good; piling it on all at once isn't smart. {soft}",
    },
    analytical: {
      title: "Acute:chronic load ratio {ratio}",
      body: "{core} {soft}",
    },
    calm: {
      title: "A heavier stretch of training",
      body: "{firstName}, {core} Let your body catch up. {soft}",
    },
  },
  adherence_drop: {
    supportive: { title: "{areaTitle}", body: "{firstName}, {core} Life gets busy; one small step this week is enough to get going again." },
    tough_love: { title: "{areaTitle}: time to get back on it", body: "{firstName}, {core} Results come from showing up. Pick your next session and do it." },
    analytical: { title: "{areaTitle}: down", body: "{core} Consistency is what drives progress, so this is worth a look." },
    calm: { title: "{areaTitle}", body: "{firstName}, {core} No need to make up for it; just ease back into your routine." },
  },
  habit_strength_falling: {
    supportive: {
      title: "{habitName} could use some love",
      body: "{firstName}, the strength of {habitName} is {strength}, down from {previousStrength} {days} days ago. A few check-ins this week will lift it again.",
    },
    tough_love: {
      title: "{habitName} is slipping",
      body: "{firstName}, {habitName} dropped from {previousStrength} to {strength} in {days} days. Habits only stick if you do them. Do it today.",
    },
    analytical: {
      title: "{habitName}: strength {strength}",
      body: "Habit strength for {habitName}: {strength} now, {previousStrength} {days} days ago.",
    },
    calm: {
      title: "{habitName} has eased off",
      body: "{firstName}, {habitName} is at a strength of {strength}, from {previousStrength} {days} days ago. Start again gently, one day at a time.",
    },
  },
  readiness: {
    supportive: { title: "{levelTitle}", body: "{firstName}, {core} {load} {baselineNote} {advice}" },
    tough_love: { title: "{levelTitle}", body: "{firstName}, here's where you stand. {core} {load} {baselineNote} {advice}" },
    analytical: { title: "Readiness: {levelWord}", body: "{core} {load} {baselineNote} {advice}" },
    calm: { title: "{levelTitle}", body: "{firstName}, take a moment to check in with yourself. {core} {load} {baselineNote} {advice}" },
  },
  nutrition_off_target: {
    supportive: { title: "Your nutrition is off target", body: "{firstName}, {core} {advice}" },
    tough_love: { title: "Your intake doesn't match your goal", body: "{firstName}, the numbers don't lie. {core} {advice}" },
    analytical: { title: "Nutrition vs target", body: "{core} {advice}" },
    calm: { title: "A look at your eating", body: "{firstName}, {core} {advice}" },
  },
  correlation: {
    supportive: { title: "A pattern in your data", body: "{firstName}, over {n} days with data, {pattern} (r = {r}, p {pRelation} {p}). It's a pattern, not proof of cause, but worth keeping in mind." },
    tough_love: { title: "Your data is telling you something", body: "{firstName}, look at this: over {n} days, {pattern} (r = {r}, p {pRelation} {p}). A pattern, not proof of cause. Use it." },
    analytical: { title: "Correlation: {xLabel} and {yLabel}", body: "Over {n} paired days, {pattern}: r = {r}, p {pRelation} {p}. Correlation, not causation." },
    calm: { title: "Something worth noticing", body: "{firstName}, over {n} days, {pattern} (r = {r}, p {pRelation} {p}). A pattern to notice, not proof of cause." },
  },
  personal_record: {
    supportive: { title: "New record on {exerciseName}!", body: "Well done, {firstName}! {record} Your hard work is paying off." },
    tough_love: { title: "New record on {exerciseName}", body: "{firstName}, {record} That's what consistency gets you. Now keep going." },
    analytical: { title: "{exerciseName}: new {recordLabelLower}", body: "{record}" },
    calm: { title: "A new best on {exerciseName}", body: "{firstName}, {record} Take a moment to enjoy it." },
  },
  wellbeing_down: {
    supportive: { title: "Your week has felt harder", body: "{firstName}, {core} Be kind to yourself: rest, a walk or time with people you like can help. {support}" },
    tough_love: { title: "Your week has felt harder", body: "{firstName}, {core} Looking after yourself is part of the training, so go easy where you can this week. {support}" },
    analytical: { title: "Wellbeing check-ins lower this week", body: "{core} {support}" },
    calm: { title: "A heavier week", body: "{firstName}, {core} Give yourself some room this week. {support}" },
  },
};

// ---------------------------------------------------------------------------------------------------

function slotsOf(draft: TInsightDraft, options: RenderOptions): Slots {
  const slots: Slots = { firstName: options.firstName?.trim() ?? "" };
  for (const [key, value] of Object.entries(draft.facts)) slots[key] = formatFact(key, value, options.weightUnit);
  const f = draft.facts;
  switch (draft.kind) {
    case "plateau":
      return fillAll(slots, { change: plateauChange[String(f.change)] ?? plateauChange.change_rep_range });
    case "load_spike":
      return fillAll(slots, {
        core: "your training load over the last seven days is {acuteLoad} AU, {ratio} times your average week of {chronicWeeklyLoad} AU over the last four weeks (the soft-flag line is {threshold}).",
        soft: "This is a soft flag, not a prediction: consider easing the next few sessions and building back up gradually.",
      });
    case "adherence_drop":
      return f.area === "habits"
        ? fillAll(slots, {
            areaTitle: "Habit check-ins",
            core: "your habit completion over the last {days} days is {completionPercent}, down from {previousCompletionPercent} before.",
          })
        : fillAll(slots, {
            areaTitle: "Training sessions",
            core:
              f.basis === "plan"
                ? "you've logged {sessions} sessions in the last {days} days against {expectedSessions} planned, {dropPercent} fewer."
                : "you've logged {sessions} sessions in the last {days} days, where you usually do {expectedSessions}: {dropPercent} fewer.",
          });
    case "readiness": {
      const level = String(f.level);
      const loadPhrase =
        typeof f.loadChangePercent !== "number"
          ? ""
          : f.loadDirection === "above"
            ? "Your training load over the last three days is {loadChangePercent} above your usual."
            : f.loadDirection === "below"
              ? "Your training load over the last three days is {loadChangePercent} below your usual."
              : "Your training load over the last three days is in line with your usual ({loadChangePercent} difference).";
      return fillAll(slots, {
        levelWord: level,
        levelTitle: level === "green" ? "Ready to train today" : level === "amber" ? "Take it a bit easier today" : "Go light today",
        core: "you slept {sleepHours} hours (quality {sleepQuality}/{scaleMax}); stress {stress}/{scaleMax}, mood {mood}/{scaleMax}, energy {energy}/{scaleMax}.",
        load: loadPhrase,
        baselineNote:
          f.baseline === "defaults"
            ? "(Compared with typical values until you have a week of check-ins.)"
            : "(Compared with your own check-ins of the last four weeks.)",
        advice: readinessAdvice[draft.suggestion] ?? readinessAdvice.keep,
      });
    }
    case "nutrition_off_target":
      return fillAll(slots, {
        core: nutritionCore[String(f.reason)] ?? nutritionCore.energy_over,
        advice:
          f.reason === "energy_over"
            ? "Small, steady changes work best: look at portions or the snacks that add up."
            : f.reason === "protein_low"
              ? "Adding a protein source to each meal is an easy way to close the gap."
              : "Eating a little more, and some protein at every meal, will support your training.",
      });
    case "correlation":
      return fillAll(slots, { pattern: correlationPattern[`${f.pair}:${f.direction}`] ?? "these two moved together" });
    case "personal_record": {
      const label = String(f.recordLabel ?? "record");
      const record =
        typeof f.valueKg === "number"
          ? "{exerciseName}: a new {recordLabelLower} of {valueKg}."
          : typeof f.valueReps === "number"
            ? "{exerciseName}: a new {recordLabelLower}, {valueReps} reps."
            : typeof f.valueSeconds === "number"
              ? "{exerciseName}: a new {recordLabelLower}, {valueSeconds} seconds."
              : typeof f.valueMetres === "number"
                ? "{exerciseName}: a new {recordLabelLower}, {valueMetres} m."
                : "{exerciseName}: a new {recordLabelLower} of {value}.";
      return fillAll({ ...slots, recordLabelLower: label.charAt(0).toLowerCase() + label.slice(1) }, { record });
    }
    case "wellbeing_down":
      return fillAll(slots, {
        core: "your check-ins over the last {days} days average mood {mood}, energy {energy} and stress {stress}, against {previousMood}, {previousEnergy} and {previousStress} the week before.",
        support:
          f.support === "yes"
            ? "If things feel heavy, the support options in Mind are there for you, and talking to a professional can help."
            : "",
      });
    default:
      return slots;
  }
}

/** Without a first name: "{firstName}, your…" → "Your…", "Well done, {firstName}!" → "Well done!". */
const withoutEmptyAddress = (text: string) => text.replace(/^,\s*/, "").replace(/,\s*!/g, "!");

/** Capitals at the start and after a full stop, so phrases can be written lower-case and slot in anywhere. */
const upperFirst = (text: string) => text.replace(/(^|[.!?]\s+)([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());

export function renderInsight(draft: TInsightDraft, options: RenderOptions): Rendered {
  const template = templates[draft.kind][options.persona] ?? templates[draft.kind].supportive;
  const slots = slotsOf(draft, options);
  return { title: upperFirst(withoutEmptyAddress(fill(template.title, slots))), body: upperFirst(withoutEmptyAddress(fill(template.body, slots))) };
}
