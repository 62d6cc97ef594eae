/**
 * Ids of the exercises a program day puts into a new workout, derived from the workout's id and the
 * position. The phone (starting a workout offline) and the server (storing it) make the same ids, so
 * sets logged offline against those entries line up when the queue replays.
 */
export function entryIdFor(sessionId: string, index: number): string {
  const suffix = (index + 1).toString(16).padStart(12, "0");
  return `${sessionId.slice(0, 24)}${suffix}`;
}
