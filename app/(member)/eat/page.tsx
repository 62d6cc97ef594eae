import { ComingSoon, upcomingSections } from "@/components/shell/coming-soon";

export const metadata = { title: upcomingSections.eat.title };

export default function EatPage() {
  return <ComingSoon section="eat" />;
}
