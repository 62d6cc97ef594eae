import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Programs" };

export default function ProgramsPage() {
  return (
    <ComingSoon
      title="Programs"
      summary="Write programs once, assign them to many clients."
      items={["Weeks × days × exercise slots with supersets", "Linear, double and RPE-based progression", "Templates that never silently change assigned programs"]}
    />
  );
}
