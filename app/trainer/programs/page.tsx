import { ComingSoon, upcomingSections } from "@/components/shell/coming-soon";

export const metadata = { title: upcomingSections.programs.title };

export default function ProgramsPage() {
  return <ComingSoon section="programs" />;
}
