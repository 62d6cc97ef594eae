/**
 * The cue plan as one sentence: "After I pour my coffee, I will drink a glass of water". The form asks
 * "After I ___, I will ___"; a member who typed the "I" (or "I will") themselves is not echoed twice.
 * Null when there is no cue.
 */
export function cueSentence(cue: { after?: string | null; will?: string | null } | null | undefined): string | null {
  const after = cue?.after?.trim().replace(/^(after\s+)?i\s+/i, "");
  const will = cue?.will?.trim().replace(/^(i\s+)?will\s+/i, "");
  if (after && will) return `After I ${after}, I will ${will}`;
  if (will) return `I will ${will}`;
  if (after) return `After I ${after}`;
  return null;
}
