import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { HabitProgramEditor } from "@/components/trainer/habit-programs/habit-program-editor";
import type { THabitProgram } from "@/lib/schemas/habit-program";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Edit habit program" };

type Props = { params: Promise<{ programId: string }>; searchParams: Promise<{ created?: string | string[] }> };

export default async function TrainerEditHabitProgramPage({ params, searchParams }: Props) {
  const { caller } = await requireUser({ roles: ["trainer", "admin"] });
  const { programId } = await params;
  const { created } = await searchParams;
  let program: THabitProgram;
  try {
    program = await caller.habitPrograms.get({ programId });
  } catch (error) {
    // A mistyped, deleted or another trainer's id: all look the same from here.
    if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"].includes(error.code)) {
      return (
        <div className="space-y-6">
          <h1 className="text-2xl font-bold">Edit habit program</h1>
          <div className="card space-y-3">
            <p className="font-semibold">We could not find that habit program.</p>
            <p className="text-sm text-slate-600">It may have been removed, or the link is not quite right.</p>
            <Link href="/trainer/habit-programs" className="btn-primary">
              Back to habit programs
            </Link>
          </div>
        </div>
      );
    }
    throw error;
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Edit habit program</h1>
      <HabitProgramEditor
        key={`${program.id}-${program.version}`}
        program={{ id: program.id, version: program.version, archived: program.archived, content: program.content }}
        notice={created === "1" ? "Habit program created." : undefined}
      />
    </div>
  );
}
