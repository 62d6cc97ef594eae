/**
 * An instant as the member reads it, in their own zone and a fixed locale, so the server's rendering
 * and the browser's agree (no hydration mismatch) and a server in UTC does not shift the time. An
 * unknown zone name falls back to UTC rather than failing the page.
 */
export function formatInstant(at: Date, timeZone: string, options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" }): string {
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(at);
  }
}
