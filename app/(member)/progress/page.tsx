import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Progress" };

export default function ProgressPage() {
  return (
    <ComingSoon
      title="Progress"
      summary="Charts of what you compare over time, and coaching insights in your coach's voice."
      items={["Body weight trend and measurements", "Training volume, estimated 1RM and load", "Habit, nutrition and wellbeing trends", "Explainable insights and readiness"]}
    />
  );
}
