import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Train" };

export default function TrainPage() {
  return (
    <ComingSoon
      title="Train"
      summary="Plan and log strength training, online or off."
      items={["An exercise library with search and filters", "Programs with progression rules", "One-tap set logging, rest timer and plate calculator", "Personal records and estimated 1RM"]}
    />
  );
}
