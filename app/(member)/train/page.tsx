import { ComingSoon, upcomingSections } from "@/components/shell/coming-soon";

export const metadata = { title: upcomingSections.train.title };

export default function TrainPage() {
  return <ComingSoon section="train" />;
}
