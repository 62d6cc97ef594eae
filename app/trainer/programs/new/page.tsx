import { NewProgramPage } from "@/components/train/programs/program-pages";

export const metadata = { title: "New program" };

export default function TrainerNewProgramPage() {
  return <NewProgramPage audience="trainer" />;
}
