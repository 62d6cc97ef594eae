import { EditProgramPage } from "@/components/train/programs/program-pages";

export const metadata = { title: "Edit program" };

type Props = { params: Promise<{ programId: string }>; searchParams: Promise<{ created?: string | string[] }> };

export default async function TrainerEditProgramPage({ params, searchParams }: Props) {
  const { programId } = await params;
  const { created } = await searchParams;
  return <EditProgramPage audience="trainer" programId={programId} created={created === "1"} assignable />;
}
