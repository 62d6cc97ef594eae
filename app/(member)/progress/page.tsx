import { ComingSoon, upcomingSections } from "@/components/shell/coming-soon";

export const metadata = { title: upcomingSections.progress.title };

export default function ProgressPage() {
  return <ComingSoon section="progress" />;
}
