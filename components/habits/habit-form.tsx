"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import type { THabitView } from "@/lib/schemas/habit";
import { useTRPC } from "@/lib/trpc/react";
import { HabitEditor } from "./habit-editor";
import { draftOf, emptyDraft } from "./habit-form-state";

/** The member creates or edits one of their own habits. */
export function HabitForm(props: { todayKey: string; groups: string[]; habit?: THabitView; onSaved?: (habit: THabitView) => void; onCancel?: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.habits.create.mutationOptions());
  const update = useMutation(trpc.habits.update.mutationOptions());
  const mutation = props.habit ? update : create;
  const onSuccess = (saved: THabitView) => {
    if (props.onSaved) return props.onSaved(saved);
    router.push("/habits");
    router.refresh();
  };
  return (
    <HabitEditor
      initial={props.habit ? draftOf(props.habit) : emptyDraft(props.todayKey)}
      audience="member"
      groups={props.groups}
      ariaLabel={props.habit ? "Edit habit" : "New habit"}
      submitLabel={props.habit ? "Save changes" : "Create habit"}
      pending={mutation.isPending}
      error={mutation.error}
      onCancel={props.onCancel}
      onSubmit={(definition) => {
        if (props.habit) update.mutate({ habitId: props.habit.id, definition }, { onSuccess });
        else create.mutate(definition, { onSuccess });
      }}
    />
  );
}
