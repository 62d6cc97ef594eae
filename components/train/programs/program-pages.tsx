import { TRPCError } from "@trpc/server";
import Link from "next/link";
import type { TProgram } from "@/lib/schemas/program";
import type { WeightUnit } from "@/lib/units";
import { requireUser } from "@/server/auth/session";
import { findVisibleExercises } from "@/server/train/exercise-service";
import { AssignProgramSection } from "./assign-program-dialog";
import { ProgramEditor } from "./program-editor";
import { ProgramList } from "./program-list";
import type { ExerciseInfo } from "./program-draft";

/**
 * The program pages, shared by members (/train/programs) and trainers (/trainer/programs, whose own
 * programs are their templates). Server components: they check the role and read through tRPC.
 */
type Audience = "member" | "trainer";

const basePathOf = (audience: Audience) => (audience === "member" ? "/train/programs" : "/trainer/programs");

async function signedIn(audience: Audience) {
  return audience === "member" ? requireUser({ roles: ["member"], onboarded: true }) : requireUser({ roles: ["trainer", "admin"] });
}

async function weightUnitOf(caller: Awaited<ReturnType<typeof signedIn>>["caller"]): Promise<WeightUnit> {
  return (await caller.profile.get())?.units.weight ?? "kg";
}

export async function ProgramsIndexPage({ audience }: { audience: Audience }) {
  await signedIn(audience);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Programs</h1>
        <p className="text-sm text-slate-600">
          {audience === "member" ? "Plan your weeks: days, exercises, sets and how the weights go up." : "Your own programs: write them once and use them as templates."}
        </p>
      </div>
      <ProgramList basePath={basePathOf(audience)} />
    </div>
  );
}

export async function NewProgramPage({ audience }: { audience: Audience }) {
  const { caller } = await signedIn(audience);
  const unit = await weightUnitOf(caller);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">New program</h1>
      <ProgramEditor basePath={basePathOf(audience)} unit={unit} />
    </div>
  );
}

/** `assignable`: a trainer's template, with the "Assign to clients" section above the editor. */
export async function EditProgramPage({ audience, programId, created, assignable = false }: { audience: Audience; programId: string; created: boolean; assignable?: boolean }) {
  const { caller, user } = await signedIn(audience);
  const basePath = basePathOf(audience);
  let program: TProgram;
  try {
    program = await caller.programs.get({ programId });
  } catch (error) {
    // A mistyped, deleted or someone else's id: all look the same from here.
    if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"].includes(error.code)) {
      return (
        <div className="space-y-6">
          <h1 className="text-2xl font-bold">Edit program</h1>
          <div className="card space-y-3">
            <p className="font-semibold">We could not find that program.</p>
            <p className="text-sm text-slate-600">It may have been removed, or the link is not quite right.</p>
            <Link href={basePath} className="btn-primary">
              Back to programs
            </Link>
          </div>
        </div>
      );
    }
    throw error;
  }
  const unit = await weightUnitOf(caller);
  const ids = program.content.weeks.flatMap((week) => week.days.flatMap((day) => day.slots.flatMap((slot) => slot.exercises.map((exercise) => exercise.exerciseId))));
  const found = await findVisibleExercises(user, ids);
  const exercises: Record<string, ExerciseInfo> = {};
  for (const [id, exercise] of found) {
    exercises[id] = { name: exercise.name, equipment: exercise.equipment, measurement: exercise.measurement, primaryMuscles: exercise.primaryMuscles };
  }
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Edit program</h1>
        {program.archived || program.active ? (
          <p className="text-sm text-slate-600">{program.archived ? "Archived: restore it from the list to start it." : `Active since ${program.startDate}.`}</p>
        ) : null}
      </div>
      {assignable && !program.archived ? <AssignProgramSection programId={program.id} programName={program.name} /> : null}
      <ProgramEditor
        key={`${program.id}-${program.version}`}
        basePath={basePath}
        unit={unit}
        program={{ id: program.id, version: program.version, content: program.content }}
        exercises={exercises}
        notice={created ? "Program created." : undefined}
      />
    </div>
  );
}
