import { ProgramsIndexPage } from "@/components/train/programs/program-pages";

export const metadata = { title: "Programs" };

export default function MemberProgramsPage() {
  return <ProgramsIndexPage audience="member" />;
}
