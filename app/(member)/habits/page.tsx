import { ComingSoon, upcomingSections } from "@/components/shell/coming-soon";

export const metadata = { title: upcomingSections.habits.title };

export default function HabitsPage() {
  return <ComingSoon section="habits" />;
}
