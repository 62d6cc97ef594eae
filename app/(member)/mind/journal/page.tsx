import { JournalScreen } from "@/components/mind/journal/journal-screen";
import { JOURNAL_LIST_PAGE } from "@/components/mind/journal/journal-page-size";
import { dayKeyOf } from "@/lib/dates/day-key";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Journal" };

function todayIn(timeZone: string): string {
  try {
    return dayKeyOf(new Date(), timeZone);
  } catch {
    return dayKeyOf(new Date(), "UTC");
  }
}

export default async function JournalPage() {
  const { caller, user } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, firstPage] = await Promise.all([caller.profile.get(), caller.mind.journalList({ limit: JOURNAL_LIST_PAGE })]);
  const timeZone = profile?.timeZone ?? "UTC";
  // The member's zone decides "today" for a new entry, not the server's (the screen keeps it current).
  return <JournalScreen userId={user.id} timeZone={timeZone} todayKey={todayIn(timeZone)} initial={firstPage} />;
}
