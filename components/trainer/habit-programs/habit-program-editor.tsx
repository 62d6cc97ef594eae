"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { ActionButton, TextAreaField, TextField } from "@/components/train/programs/fields";
import { Alert } from "@/components/ui/alert";
import { ZHabitProgramContentSchema, type THabitProgramContent } from "@/lib/schemas/habit-program";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { AssignHabitProgramSection } from "./assign-habit-program-section";
import { contentOf, draftOfContent, emptyProgramDraft, issuesOf, MAX_PHASES, newPhase, noIssues, type DraftPhase, type HabitProgramDraft } from "./habit-program-draft";
import { PhaseEditor, type OpenHabit } from "./phase-editor";
import { SaveFeedback } from "@/components/train/programs/save-feedback";

const BASE_PATH = "/trainer/habit-programs";

type Props = {
  /** The saved program; absent for a new one. */
  program?: { id: string; version: number; archived: boolean; content: THabitProgramContent };
  /** A message to show on arrival ("Habit program created."). */
  notice?: string;
};

/** Writes and edits a habit program: its phases, the week each starts in and the habits each adds. */
export function HabitProgramEditor({ program, notice }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const formId = useId();
  const [draft, setDraft] = useState<HabitProgramDraft>(() => (program ? draftOfContent(program.content) : emptyProgramDraft()));
  const [version, setVersion] = useState(program?.version ?? 0);
  const [archived, setArchived] = useState(program?.archived ?? false);
  const [savedName, setSavedName] = useState(program?.content.name ?? "");
  const [open, setOpen] = useState<OpenHabit | null>(null);
  // Once a save was refused, the issues follow every edit, so each disappears as it is fixed.
  const [checking, setChecking] = useState(false);
  const [habitOpenWarning, setHabitOpenWarning] = useState(false);
  const [status, setStatus] = useState<string | null>(notice ?? null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const create = useMutation(trpc.habitPrograms.create.mutationOptions());
  const update = useMutation(trpc.habitPrograms.update.mutationOptions());
  const archive = useMutation(trpc.habitPrograms.archive.mutationOptions());
  const saving = create.isPending || update.isPending;
  const serverError = create.error ?? update.error;

  const edit = useCallback((change: (draft: HabitProgramDraft) => void) => {
    setStatus(null);
    setDraft((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });
  }, []);

  const openHabit = useCallback((next: OpenHabit | null) => {
    setHabitOpenWarning(false);
    setOpen(next);
  }, []);

  const issues = useMemo(() => (checking ? issuesOf(draft) : noIssues), [checking, draft]);
  const groups = useMemo(() => [...new Set(draft.phases.flatMap((phase) => phase.habits.map((item) => item.habit.group)).filter(Boolean))], [draft]);

  function focusFeedback() {
    // After the re-render that shows the message.
    requestAnimationFrame(() => feedbackRef.current?.focus());
  }

  const invalidateList = () => queryClient.invalidateQueries({ queryKey: trpc.habitPrograms.list.queryKey() });

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setStatus(null);
    create.reset();
    update.reset();
    archive.reset();
    if (open) {
      // Its fields are not part of the program until "Add habit"/"Update habit": saving now would drop them.
      setHabitOpenWarning(true);
      focusFeedback();
      return;
    }
    const parsed = ZHabitProgramContentSchema.safeParse(contentOf(draft));
    if (!parsed.success || issuesOf(draft).summary.length > 0) {
      setChecking(true);
      focusFeedback();
      return;
    }
    setChecking(false);
    if (!program) {
      create.mutate(
        { content: parsed.data },
        {
          onSuccess: async (created) => {
            await invalidateList();
            router.replace(`${BASE_PATH}/${created.id}?created=1`);
          },
          onError: focusFeedback,
        },
      );
      return;
    }
    update.mutate(
      { programId: program.id, version, content: parsed.data },
      {
        onSuccess: async (saved) => {
          setVersion(saved.version);
          setSavedName(saved.name);
          setStatus("Saved. Clients already on this program keep the version they were given.");
          await invalidateList();
        },
        onError: focusFeedback,
      },
    );
  }

  function toggleArchived() {
    if (!program) return;
    setStatus(null);
    archive.mutate(
      { programId: program.id, archived: !archived },
      {
        onSuccess: async (saved) => {
          setArchived(saved.archived);
          // Archiving counts as a change. Take the new version only when nothing else changed in
          // between, so an edit made elsewhere still stops this page's next save.
          if (saved.version === version + 1) setVersion(saved.version);
          setStatus(saved.archived ? "Archived. Clients already on it keep going." : "Restored.");
          await invalidateList();
        },
      },
    );
  }

  const errorAt = (key: string) => issues.byPath[key];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link href={BASE_PATH} className="btn-secondary">
          All habit programs
        </Link>
        {program ? (
          <button type="button" className="btn-secondary" onClick={toggleArchived} disabled={archive.isPending}>
            {archived ? "Restore" : "Archive"}
          </button>
        ) : null}
      </div>
      {archive.isError ? <Alert>{messageOf(archive.error)}</Alert> : null}
      {program && archived ? <Alert tone="info">This program is archived: restore it to assign it to clients. Clients already on it keep going.</Alert> : null}
      {program && !archived ? <AssignHabitProgramSection programId={program.id} programName={savedName} /> : null}

      <form id={formId} onSubmit={save} noValidate aria-labelledby={`${formId}-details`} className="card space-y-4">
        <h2 id={`${formId}-details`} className="text-lg font-semibold">
          Details
        </h2>
        <TextField label="Program name" maxLength={80} value={draft.name} error={errorAt("name")} onChange={(name) => edit((next) => void (next.name = name))} />
        <TextAreaField
          label="Description (optional)"
          rows={3}
          maxLength={2000}
          value={draft.description}
          error={errorAt("description")}
          onChange={(description) => edit((next) => void (next.description = description))}
        />
        <p className="text-sm text-slate-600">
          Each phase starts in a week of the client&apos;s program (week 1 starts on the day you assign it from) and adds its habits then; habits from earlier phases carry on.
        </p>
      </form>

      {errorAt("phases") ? <Alert>{errorAt("phases")}</Alert> : null}
      {draft.phases.map((phase, index) => (
        <PhaseEditor
          key={phase.key}
          phase={phase}
          index={index}
          open={open}
          groups={groups}
          errorAt={(field) => errorAt(`phases.${index}.${field}`)}
          onChange={(change: (phase: DraftPhase) => void) => edit((next) => change(next.phases[index]))}
          onOpen={openHabit}
          onRemove={draft.phases.length > 1 ? () => edit((next) => void next.phases.splice(index, 1)) : undefined}
        />
      ))}
      <ActionButton disabled={draft.phases.length >= MAX_PHASES || open !== null} onClick={() => edit((next) => void next.phases.push(newPhase(next.phases.at(-1))))}>
        Add phase
      </ActionButton>

      <div ref={feedbackRef} tabIndex={-1} className="space-y-3 outline-none">
        {habitOpenWarning ? <Alert>A habit form is still open: add the habit or cancel it, then save.</Alert> : null}
        <SaveFeedback issues={issues.summary} serverError={serverError} conflictText="This habit program was changed elsewhere (another tab or session). Reload to see the latest version, then make your edit again." status={status} />
      </div>

      <div className="flex flex-wrap gap-2">
        <button type="submit" form={formId} className="btn-primary" disabled={saving}>
          {saving ? "Saving…" : program ? "Save changes" : "Create habit program"}
        </button>
        <Link href={BASE_PATH} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </div>
  );
}
