import { ComingSoon, upcomingSections } from "@/components/shell/coming-soon";

export const metadata = { title: upcomingSections.mind.title };

export default function MindPage() {
  return <ComingSoon section="mind" />;
}
