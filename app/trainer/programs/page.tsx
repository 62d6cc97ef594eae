import { ProgramsIndexPage } from "@/components/train/programs/program-pages";

export const metadata = { title: "Programs" };

export default function TrainerProgramsPage() {
  return <ProgramsIndexPage audience="trainer" />;
}
