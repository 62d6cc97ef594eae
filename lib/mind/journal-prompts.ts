/**
 * The optional journal prompts. The wording is fixed here (not stored per entry), so an entry keeps only
 * which prompt it answered and the screens always show the current text.
 */
export const journalPromptIds = ["none", "gratitude", "reflection", "got_in_the_way"] as const;
export type JournalPromptId = (typeof journalPromptIds)[number];

export const journalPrompts: Record<JournalPromptId, { label: string; text: string | null }> = {
  none: { label: "Free writing", text: null },
  gratitude: { label: "Gratitude", text: "What are you grateful for today?" },
  reflection: { label: "Reflection", text: "What went well today, and what would you do differently?" },
  got_in_the_way: { label: "What got in the way", text: "What got in the way of what you wanted to do today?" },
};
