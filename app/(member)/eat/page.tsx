import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Eat" };

export default function EatPage() {
  return (
    <ComingSoon
      title="Eat"
      summary="Log meals in seconds and see whether you are on target."
      items={["A food database with barcode scanning", "Meals, recipes and quick-add", "Macro targets for training and rest days", "An adaptive energy estimate from your own data"]}
    />
  );
}
