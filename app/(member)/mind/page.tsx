import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Mind" };

export default function MindPage() {
  return (
    <ComingSoon
      title="Mind"
      summary="Notice how you feel, privately, and see how it connects to your training."
      items={["A ten-second daily check-in", "An encrypted journal", "The WHO-5 wellbeing index", "Sharing with your trainer only if you choose"]}
    />
  );
}
