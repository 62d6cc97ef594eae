/** "today", "yesterday", "3 days ago", "2 weeks ago", "4 months ago"; null → "never". Whole member-local days. */
export function daysAgo(days: number | null): string {
  if (days === null) return "Never";
  if (days <= 0) return "Today";
  if (days === 1) return "Yesterday";
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `${Math.floor(days / 30)} months ago`;
}

/** A rate (0–1) as the percentage shown; "—" when nothing was asked. */
export const percentLabel = (rate: number | null): string => (rate === null ? "—" : `${Math.round(rate * 100)}%`);
