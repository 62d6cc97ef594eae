/**
 * What a member shares of their Mind data with their trainer. Journal entries and questionnaire answers
 * are never shared at any level; check-in notes neither.
 */
export const sharingLevels = ["none", "trends", "scores"] as const;
export type SharingLevel = (typeof sharingLevels)[number];

export const sharingLabels: Record<SharingLevel, { label: string; description: string }> = {
  none: { label: "Share nothing", description: "Your trainer sees nothing of your check-ins." },
  trends: { label: "Share trends only", description: "Your trainer sees whether your wellbeing is trending up or down, and your 7-day mood, energy and stress averages." },
  scores: { label: "Share check-in scores", description: "Your trainer also sees your daily mood, energy, stress and sleep scores and tags, never your notes." },
};
