/**
 * The validated wellbeing questionnaires, as data, so the form, the scoring and the stored history all
 * read the same wording, options and cut-offs. The wording is the published wording and must not be
 * "improved": a reworded item is no longer the validated instrument.
 *
 * Sources:
 * - WHO-5 Wellbeing Index (1998 version): WHO Collaborating Centre in Mental Health, Psychiatric Research
 *   Unit, Frederiksborg General Hospital, Hillerød, Denmark (WHO Regional Office for Europe, DepCare
 *   project). Free to use. Raw score 0–25, ×4 gives the percentage 0–100; a raw score below 13 is the
 *   published cue for further assessment, and a 10-percentage-point change is the documented meaningful
 *   change.
 * - PHQ-2: Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item
 *   depression screener. Med Care 2003;41(11):1284–92. The first two PHQ-9 items; cut-off ≥ 3.
 * - GAD-2: Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care:
 *   prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317–25. The first two
 *   GAD-7 items; cut-off ≥ 3.
 * PHQ and GAD scales: developed by Drs. Spitzer, Williams, Kroenke and colleagues with an educational
 * grant from Pfizer Inc.; no permission required to reproduce, translate, display or distribute.
 */

export type QuestionnaireItem = { readonly id: string; readonly text: string };
export type QuestionnaireOption = { readonly label: string; readonly value: number };

type QuestionnaireBase = {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly citation: string;
  readonly timeFrame: string;
  readonly instructions: string;
  readonly items: readonly QuestionnaireItem[];
  /** In the order the published form shows them. */
  readonly options: readonly QuestionnaireOption[];
};

export type Who5Questionnaire = QuestionnaireBase & {
  readonly scoring: {
    readonly rawMin: number;
    readonly rawMax: number;
    readonly percentageMultiplier: number;
    /** A raw score strictly below this is flagged. */
    readonly lowBelowRaw: number;
    /** A fall of at least this many percentage points since the previous result is flagged. */
    readonly dropPercentagePoints: number;
  };
};

export type ScreenerQuestionnaire = QuestionnaireBase & {
  readonly scoring: {
    readonly min: number;
    readonly max: number;
    /** A score at or above this is a positive screen. */
    readonly positiveAtLeast: number;
  };
};

export const who5 = {
  id: "who5",
  name: "WHO-5 Wellbeing Index",
  shortName: "WHO-5",
  citation:
    "WHO-5 Wellbeing Index (1998 version). WHO Collaborating Centre in Mental Health, Psychiatric Research Unit, Frederiksborg General Hospital, Hillerød, Denmark.",
  timeFrame: "Over the last two weeks",
  instructions:
    "Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks. Notice that higher numbers mean better well-being.",
  items: [
    { id: "cheerful", text: "I have felt cheerful and in good spirits" },
    { id: "calm", text: "I have felt calm and relaxed" },
    { id: "active", text: "I have felt active and vigorous" },
    { id: "rested", text: "I woke up feeling fresh and rested" },
    { id: "interested", text: "My daily life has been filled with things that interest me" },
  ],
  options: [
    { label: "All of the time", value: 5 },
    { label: "Most of the time", value: 4 },
    { label: "More than half of the time", value: 3 },
    { label: "Less than half of the time", value: 2 },
    { label: "Some of the time", value: 1 },
    { label: "At no time", value: 0 },
  ],
  scoring: { rawMin: 0, rawMax: 25, percentageMultiplier: 4, lowBelowRaw: 13, dropPercentagePoints: 10 },
} as const satisfies Who5Questionnaire;

/** PHQ and GAD share the same four frequency answers. */
const frequencyOptions = [
  { label: "Not at all", value: 0 },
  { label: "Several days", value: 1 },
  { label: "More than half the days", value: 2 },
  { label: "Nearly every day", value: 3 },
] as const satisfies readonly QuestionnaireOption[];

export const phq2 = {
  id: "phq2",
  name: "Patient Health Questionnaire-2",
  shortName: "PHQ-2",
  citation:
    "Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41(11):1284–92.",
  timeFrame: "Over the last 2 weeks",
  instructions: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
  items: [
    { id: "interest", text: "Little interest or pleasure in doing things" },
    { id: "mood", text: "Feeling down, depressed, or hopeless" },
  ],
  options: frequencyOptions,
  scoring: { min: 0, max: 6, positiveAtLeast: 3 },
} as const satisfies ScreenerQuestionnaire;

export const gad2 = {
  id: "gad2",
  name: "Generalized Anxiety Disorder-2",
  shortName: "GAD-2",
  citation:
    "Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317–25.",
  timeFrame: "Over the last 2 weeks",
  instructions: "Over the last 2 weeks, how often have you been bothered by the following problems?",
  items: [
    { id: "nervous", text: "Feeling nervous, anxious or on edge" },
    { id: "worrying", text: "Not being able to stop or control worrying" },
  ],
  options: frequencyOptions,
  scoring: { min: 0, max: 6, positiveAtLeast: 3 },
} as const satisfies ScreenerQuestionnaire;

export const questionnaires = { who5, phq2, gad2 } as const;

export type QuestionnaireId = keyof typeof questionnaires;
export const questionnaireIds = Object.keys(questionnaires) as QuestionnaireId[];
