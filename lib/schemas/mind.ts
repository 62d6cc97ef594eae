import { z } from "zod";
import { journalPromptIds } from "@/lib/mind/journal-prompts";
import type { QuestionnaireId } from "@/lib/mind/questionnaires";
import { sharingLevels } from "@/lib/mind/sharing";
import { ZClientId, ZObjectId } from "@/lib/schemas/program";

/** Request and response shapes for the Mind area (daily check-ins and wellbeing questionnaires). */

const ZDayKey = z.iso.date("Use a date like 2026-11-25");

// ── Daily check-in ───────────────────────────────────────────────────────────────────────────────────

export const checkInTags = ["work", "family", "illness", "travel", "exercise", "social", "weather", "money", "other"] as const;
export type CheckInTag = (typeof checkInTags)[number];
export const checkInTagLabels: Record<CheckInTag, string> = {
  work: "Work",
  family: "Family",
  illness: "Illness",
  travel: "Travel",
  exercise: "Exercise",
  social: "Social",
  weather: "Weather",
  money: "Money",
  other: "Other",
};
export const ZCheckInTag = z.enum(checkInTags, "Choose a tag from the list");

export const CHECK_IN_NOTE_MAX = 500;

/** Every 1–5 scale of the check-in (mood, energy, stress, sleep quality). */
const ZScale = z.int("Choose a whole number from 1 to 5").min(1, "Choose from 1 to 5").max(5, "Choose from 1 to 5");

export const ZSaveCheckInRequestSchema = z.object({
  dayKey: ZDayKey,
  mood: ZScale,
  energy: ZScale,
  stress: ZScale,
  // Quarter hours: what a sleep tracker or "about 7 and a half" gives, without false precision.
  sleepHours: z
    .number()
    .min(0, "Sleep is 0 to 24 hours")
    .max(24, "Sleep is 0 to 24 hours")
    .refine((hours) => Number.isInteger(hours * 4), "Enter sleep in quarter hours"),
  sleepQuality: ZScale,
  tags: z
    .array(ZCheckInTag)
    .max(checkInTags.length, "Too many tags")
    .refine((tags) => new Set(tags).size === tags.length, "Each tag once")
    .default([]),
  note: z.string().trim().max(CHECK_IN_NOTE_MAX, `Keep the note under ${CHECK_IN_NOTE_MAX} characters`).default(""),
});
export type TSaveCheckInRequest = z.input<typeof ZSaveCheckInRequestSchema>;

export const ZCheckInView = z.object({
  dayKey: z.string(),
  mood: z.number(),
  energy: z.number(),
  stress: z.number(),
  sleepHours: z.number(),
  sleepQuality: z.number(),
  tags: z.array(z.string()),
  note: z.string(),
  updatedAt: z.date(),
});
export type TCheckInView = z.infer<typeof ZCheckInView>;

export const ZTodayCheckInView = z.object({ todayKey: z.string(), checkIn: ZCheckInView.nullable() });
export type TTodayCheckInView = z.infer<typeof ZTodayCheckInView>;

export const CHECK_IN_HISTORY_MAX_DAYS = 366;
export const ZCheckInHistoryRequestSchema = z.object({
  days: z.int().min(1).max(CHECK_IN_HISTORY_MAX_DAYS, `At most ${CHECK_IN_HISTORY_MAX_DAYS} days`).default(30),
});
/** Oldest first; days without a check-in are absent. */
export const ZCheckInHistoryView = z.object({ todayKey: z.string(), fromDayKey: z.string(), checkIns: z.array(ZCheckInView) });
export type TCheckInHistoryView = z.infer<typeof ZCheckInHistoryView>;

// ── Questionnaires ───────────────────────────────────────────────────────────────────────────────────

export const instruments = ["who5", "phq2", "gad2"] as const satisfies readonly QuestionnaireId[];
export const ZInstrument = z.enum(instruments, "Choose WHO-5, PHQ-2 or GAD-2");

export const ZScreenerSettings = z.object({ phq2: z.boolean(), gad2: z.boolean() });
export type TScreenerSettings = z.infer<typeof ZScreenerSettings>;
export const ZSaveScreenerSettingsRequestSchema = z.object({ screenersEnabled: ZScreenerSettings });
export const ZScreenerSettingsView = z.object({ screenersEnabled: ZScreenerSettings });

/** Answers are validated against the instrument by the service (lib/mind/scoring.ts); here only their shape. */
export const ZSubmitQuestionnaireRequestSchema = z.object({
  instrument: ZInstrument,
  answers: z.array(z.number()).max(10, "Too many answers"),
});

export const ZSupportResource = z.object({ name: z.string(), description: z.string(), url: z.string().nullable() });
export type TSupportResource = z.infer<typeof ZSupportResource>;

export const ZQuestionnaireFlags = z.object({ low: z.boolean(), drop: z.boolean(), positive: z.boolean() });
export type TQuestionnaireFlags = z.infer<typeof ZQuestionnaireFlags>;

export const ZQuestionnaireResultView = z.object({
  id: z.string(),
  instrument: ZInstrument,
  dayKey: z.string(),
  answers: z.array(z.number()),
  /** WHO-5: the raw score 0–25; PHQ-2 / GAD-2: the score 0–6. */
  score: z.number(),
  /** WHO-5 only: raw × 4. */
  percentage: z.number().nullable(),
  flags: ZQuestionnaireFlags,
  createdAt: z.date(),
});
export type TQuestionnaireResultView = z.infer<typeof ZQuestionnaireResultView>;

export const ZSubmitQuestionnaireView = z.object({
  result: ZQuestionnaireResultView,
  flagged: z.boolean(),
  /** Supportive wording for each raised flag; empty when nothing is flagged. */
  messages: z.array(z.string()),
  /** Screeners only: they are not a diagnosis, and the answer says so every time. */
  disclaimer: z.string().nullable(),
  /** Crisis and support resources, present whenever a flag is raised. */
  resources: z.array(ZSupportResource),
});
export type TSubmitQuestionnaireView = z.infer<typeof ZSubmitQuestionnaireView>;

export const ZQuestionnaireOffer = z.object({ instrument: ZInstrument, due: z.boolean(), lastDayKey: z.string().nullable() });
export const ZQuestionnaireStatusView = z.object({
  todayKey: z.string(),
  /** WHO-5 always, PHQ-2 / GAD-2 only when the member enabled them. */
  offers: z.array(ZQuestionnaireOffer),
  screenersEnabled: ZScreenerSettings,
});
export type TQuestionnaireStatusView = z.infer<typeof ZQuestionnaireStatusView>;

export const ZQuestionnaireHistoryRequestSchema = z.object({ instrument: ZInstrument });
/** Oldest first, for a chart. */
export const ZQuestionnaireHistoryView = z.object({ instrument: ZInstrument, results: z.array(ZQuestionnaireResultView) });
export type TQuestionnaireHistoryView = z.infer<typeof ZQuestionnaireHistoryView>;

// ── Journal ──────────────────────────────────────────────────────────────────────────────────────────

export const ZJournalPrompt = z.enum(journalPromptIds, "Choose a prompt from the list");
export const JOURNAL_TEXT_MAX = 10_000;
const ZJournalText = z
  .string()
  .trim()
  .min(1, "Write something first")
  .max(JOURNAL_TEXT_MAX, `Keep an entry under ${JOURNAL_TEXT_MAX.toLocaleString("en")} characters`);

export const ZJournalAddRequestSchema = z.object({ entryId: ZClientId, dayKey: ZDayKey, prompt: ZJournalPrompt.default("none"), text: ZJournalText });
export type TJournalAddRequest = z.input<typeof ZJournalAddRequestSchema>;
export const ZJournalUpdateRequestSchema = z.object({ entryId: ZClientId, prompt: ZJournalPrompt.optional(), text: ZJournalText });
export type TJournalUpdateRequest = z.input<typeof ZJournalUpdateRequestSchema>;
export const ZJournalDeleteRequestSchema = z.object({ entryId: ZClientId });
export const ZJournalDeleteView = z.object({ entryId: z.string(), deleted: z.boolean() });

export const JOURNAL_PAGE_MAX = 50;
export const ZJournalListRequestSchema = z.object({
  /** From the previous page's nextCursor; absent for the newest page. */
  cursor: z.string().max(100).nullish(),
  limit: z.int().min(1).max(JOURNAL_PAGE_MAX, `At most ${JOURNAL_PAGE_MAX} entries a page`).default(20),
});
export const ZJournalSearchRequestSchema = z.object({ query: z.string().trim().min(1, "Type something to search for").max(200, "Keep the search under 200 characters") });

export const ZJournalEntryView = z.object({
  entryId: z.string(),
  dayKey: z.string(),
  prompt: ZJournalPrompt,
  text: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TJournalEntryView = z.infer<typeof ZJournalEntryView>;
/** Newest first. */
export const ZJournalPageView = z.object({ entries: z.array(ZJournalEntryView), nextCursor: z.string().nullable() });
export type TJournalPageView = z.infer<typeof ZJournalPageView>;
export const ZJournalSearchView = z.object({ query: z.string(), entries: z.array(ZJournalEntryView) });
export type TJournalSearchView = z.infer<typeof ZJournalSearchView>;

// ── Sharing with the trainer ─────────────────────────────────────────────────────────────────────────

export const ZSharingLevel = z.enum(sharingLevels, "Choose what to share");
export const ZSetSharingRequestSchema = z.object({ level: ZSharingLevel });
export const ZSharingChange = z.object({ at: z.date(), from: ZSharingLevel, to: ZSharingLevel });
/** The current level and every change to it, newest first. */
export const ZSharingView = z.object({ level: ZSharingLevel, log: z.array(ZSharingChange) });
export type TSharingView = z.infer<typeof ZSharingView>;

/** One time the member's trainer viewed their Mind data, from the audit log. */
export const ZMindAccessEntry = z.object({
  at: z.date(),
  trainerId: z.string().nullable(),
  trainerName: z.string(),
  /** What the trainer opened (today: the Mind overview). */
  viewed: z.string(),
  /** The consent level the data was shown under. */
  level: ZSharingLevel,
});
/** Newest first. */
export const ZMindAccessLogView = z.object({ entries: z.array(ZMindAccessEntry) });
export type TMindAccessLogView = z.infer<typeof ZMindAccessLogView>;

export const ZTrainerMindRequestSchema = z.object({ clientId: ZObjectId });

const ZAverages = z.object({ mood: z.number().nullable(), energy: z.number().nullable(), stress: z.number().nullable(), checkIns: z.int() });
const ZTrendFields = {
  todayKey: z.string(),
  trend: z.enum(["up", "steady", "down", "not_enough_data"]),
  /** The last 7 days (today included) and the 7 before, averages to one decimal. */
  last7: ZAverages,
  previous7: ZAverages,
};
/** A check-in as a trainer may see it: scores and tags, never the note (nor when it was edited). */
export const ZSharedCheckIn = ZCheckInView.omit({ note: true, updatedAt: true });
/**
 * What the trainer sees, by the client's consent at the moment of the call. The output schema strips
 * anything not listed here, so a note can never slip through.
 */
export const ZTrainerMindOverview = z.discriminatedUnion("sharing", [
  z.object({ sharing: z.literal("none") }),
  z.object({ sharing: z.literal("trends"), ...ZTrendFields }),
  z.object({ sharing: z.literal("scores"), ...ZTrendFields, /** The last 14 days, oldest first. */ checkIns: z.array(ZSharedCheckIn) }),
]);
export type TTrainerMindOverview = z.infer<typeof ZTrainerMindOverview>;
