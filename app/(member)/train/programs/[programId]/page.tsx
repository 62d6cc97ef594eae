import { EditProgramPage } from "@/components/train/programs/program-pages";

export const metadata = { title: "Edit program" };

type Props = { params: Promise<{ programId: string }>; searchParams: Promise<{ created?: string | string[] }> };

export default async function MemberEditProgramPage({ params, searchParams }: Props) {
  const { programId } = await params;
  const { created } = await searchParams;
  return <EditProgramPage audience="member" programId={programId} created={created === "1"} />;
}
