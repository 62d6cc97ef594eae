"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState, type FormEvent } from "react";
import { ExercisePicker, type PickedExercise } from "@/components/train/exercise-picker";
import { Alert } from "@/components/ui/alert";
import { ZProgramContent, type TProgramContent } from "@/lib/schemas/program";
import { useTRPC } from "@/lib/trpc/react";
import type { WeightUnit } from "@/lib/units";
import { DayEditor } from "./day-editor";
import { ActionButton, TextAreaField, TextField } from "./fields";
import { SaveFeedback } from "@/components/train/programs/save-feedback";
import {
  cloneWeek,
  describeIssue,
  draftFromContent,
  emptyDraft,
  friendlyMessage,
  newDay,
  newExercise,
  newKey,
  newSlotId,
  pathKey,
  toContent,
  type Draft,
  type DraftDay,
  type ExerciseInfo,
} from "./program-draft";

type Props = {
  /** "/train/programs" for members, "/trainer/programs" for trainers. */
  basePath: string;
  unit: WeightUnit;
  /** The program being edited; absent for a new one. */
  program?: { id: string; version: number; content: TProgramContent };
  /** Names of the exercises the program already uses, by id. */
  exercises?: Record<string, ExerciseInfo>;
  /** A message to show on arrival ("Program created."). */
  notice?: string;
};

type PickerTarget = { week: number; day: number; slot: number | null };
type Issues = { summary: string[]; byPath: Record<string, string> };
const noIssues: Issues = { summary: [], byPath: {} };

/** The schema's complaints: a readable list ("Week 1 · Heavy · …: …") and a message per field path. */
function issuesOf(result: ReturnType<typeof ZProgramContent.safeParse>, draft: Draft, names: Record<string, ExerciseInfo>): Issues {
  if (result.success) return noIssues;
  const byPath: Record<string, string> = {};
  const summary: string[] = [];
  for (const issue of result.error.issues) {
    const key = pathKey(issue.path);
    if (!(key in byPath)) byPath[key] = friendlyMessage(issue.message);
    const text = describeIssue(issue.path, draft, names, issue.message);
    if (!summary.includes(text)) summary.push(text);
  }
  return { summary, byPath };
}
const MAX_WEEKS = 52;

/** Writes and edits a program: weeks × days × slots, with sets, loads and progression per exercise. */
export function ProgramEditor({ basePath, unit, program, exercises, notice }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => (program ? draftFromContent(program.content, unit) : emptyDraft()));
  const [names, setNames] = useState<Record<string, ExerciseInfo>>(exercises ?? {});
  const [version, setVersion] = useState(program?.version ?? 0);
  const [picker, setPicker] = useState<PickerTarget | null>(null);
  // Once a save was refused, the issues follow every edit, so each disappears as it is fixed.
  const [checking, setChecking] = useState(false);
  const [status, setStatus] = useState<string | null>(notice ?? null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const create = useMutation(trpc.programs.create.mutationOptions());
  const update = useMutation(trpc.programs.update.mutationOptions());
  const saving = create.isPending || update.isPending;
  const serverError = create.error ?? update.error;

  const edit = useCallback((change: (draft: Draft) => void) => {
    setStatus(null);
    setDraft((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });
  }, []);

  const issues = useMemo(() => (checking ? issuesOf(ZProgramContent.safeParse(toContent(draft, unit)), draft, names) : noIssues), [checking, draft, unit, names]);
  const errorAt = (key: string) => issues.byPath[key];

  function focusFeedback() {
    // After the re-render that shows the message.
    requestAnimationFrame(() => feedbackRef.current?.focus());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setStatus(null);
    create.reset();
    update.reset();
    const parsed = ZProgramContent.safeParse(toContent(draft, unit));
    if (!parsed.success) {
      setChecking(true);
      focusFeedback();
      return;
    }
    setChecking(false);
    const invalidateList = () => queryClient.invalidateQueries({ queryKey: trpc.programs.list.queryKey() });
    if (!program) {
      create.mutate(
        { content: parsed.data },
        {
          onSuccess: async (created) => {
            await invalidateList();
            router.replace(`${basePath}/${created.id}?created=1`);
          },
          onError: focusFeedback,
        },
      );
    } else {
      update.mutate(
        { programId: program.id, version, content: parsed.data },
        {
          onSuccess: async (saved) => {
            setVersion(saved.version);
            setStatus("Saved.");
            await invalidateList();
            await queryClient.invalidateQueries({ queryKey: trpc.programs.get.queryKey({ programId: program.id }) });
          },
          onError: focusFeedback,
        },
      );
    }
  }

  function onPick(exercise: PickedExercise) {
    const target = picker;
    setPicker(null);
    if (!target) return;
    setNames((current) => ({ ...current, [exercise.id]: exercise }));
    edit((next) => {
      const day = next.weeks[target.week]?.days[target.day];
      if (!day) return;
      const added = newExercise(exercise.id, unit);
      const slot = target.slot === null ? undefined : day.slots[target.slot];
      if (slot) slot.exercises.push(added);
      else day.slots.push({ key: newKey(), id: newSlotId(), exercises: [added] });
    });
  }

  const closePicker = useCallback(() => setPicker(null), []);
  const pickerDay = picker ? draft.weeks[picker.week]?.days[picker.day] : undefined;
  const pickerTitle = picker && picker.slot !== null ? "Add an exercise to the group" : `Add an exercise to ${pickerDay?.name.trim() || "the day"}`;
  const summary = issues.summary;

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Link href={basePath} className="btn-secondary">
            All programs
          </Link>
        </div>

        <section aria-labelledby="program-details" className="card space-y-4">
          <h2 id="program-details" className="text-lg font-semibold">
            Details
          </h2>
          <TextField label="Program name" maxLength={80} value={draft.name} error={errorAt("name")} onChange={(name) => edit((next) => void (next.name = name))} />
          <TextAreaField label="Description (optional)" rows={3} maxLength={2000} value={draft.description} error={errorAt("description")} onChange={(description) => edit((next) => void (next.description = description))} />
          <p className="text-sm text-slate-600">Weights are in {unit}.</p>
        </section>

        {errorAt("weeks") ? <Alert>{errorAt("weeks")}</Alert> : null}
        {draft.weeks.map((week, weekIndex) => (
          <section key={week.key} aria-labelledby={`week-${week.key}`} className="card space-y-4 p-3 sm:p-5">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id={`week-${week.key}`} className="text-lg font-semibold">
                Week {weekIndex + 1}
              </h2>
              <div className="flex flex-wrap gap-2">
                <ActionButton
                  context={String(weekIndex + 1)}
                  disabled={draft.weeks.length >= MAX_WEEKS}
                  onClick={() => edit((next) => void next.weeks.splice(weekIndex + 1, 0, cloneWeek(next.weeks[weekIndex])))}
                >
                  Duplicate week
                </ActionButton>
                {draft.weeks.length > 1 ? (
                  <ActionButton context={String(weekIndex + 1)} tone="danger" onClick={() => edit((next) => void next.weeks.splice(weekIndex, 1))}>
                    Remove week
                  </ActionButton>
                ) : null}
              </div>
            </div>
            {errorAt(`weeks.${weekIndex}.days`) ? <p className="field-error">{errorAt(`weeks.${weekIndex}.days`)}</p> : null}
            {week.days.map((day, dayIndex) => (
              <DayEditor
                key={day.key}
                day={day}
                dayIndex={dayIndex}
                weekIndex={weekIndex}
                names={names}
                unit={unit}
                errorAt={(key) => errorAt(`weeks.${weekIndex}.days.${dayIndex}.${key}`)}
                edit={(change: (day: DraftDay) => void) => edit((next) => change(next.weeks[weekIndex].days[dayIndex]))}
                onChooseExercise={(slot) => setPicker({ week: weekIndex, day: dayIndex, slot })}
                onRemove={week.days.length > 1 ? () => edit((next) => void next.weeks[weekIndex].days.splice(dayIndex, 1)) : undefined}
              />
            ))}
            {week.days.length < 7 ? (
              <ActionButton
                context={`to week ${weekIndex + 1}`}
                onClick={() =>
                  edit((next) => {
                    const days = next.weeks[weekIndex].days;
                    const taken = new Set(days.map((day) => day.weekday));
                    const weekday = [1, 2, 3, 4, 5, 6, 7].find((candidate) => !taken.has(candidate)) ?? 1;
                    days.push(newDay(weekday, days.length));
                    days.sort((a, b) => a.weekday - b.weekday);
                  })
                }
              >
                Add day
              </ActionButton>
            ) : null}
          </section>
        ))}
        <ActionButton
          disabled={draft.weeks.length >= MAX_WEEKS}
          onClick={() => edit((next) => void next.weeks.push({ key: newKey(), days: [newDay(1, 0)] }))}
        >
          Add week
        </ActionButton>

        <div ref={feedbackRef} tabIndex={-1} className="space-y-3 outline-none">
          <SaveFeedback issues={summary} serverError={serverError} conflictText="This program was changed elsewhere. Reload it to see the latest version, then make your edit again." status={status} />
        </div>

        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn-primary" disabled={saving}>
            {saving ? "Saving…" : program ? "Save changes" : "Create program"}
          </button>
          <Link href={basePath} className="btn-secondary">
            Cancel
          </Link>
        </div>
      </form>
      {picker ? <ExercisePicker title={pickerTitle} onPick={onPick} onClose={closePicker} /> : null}
    </>
  );
}
