"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { THabitView } from "@/lib/schemas/habit";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc/react";
import { Alert } from "@/components/ui/alert";
import { describedBy, FormField } from "@/components/ui/form-field";
import { weekdayLongNames } from "./habit-display";
import { definitionOf, draftOf, emptyDraft, validateDraft, type HabitDraft } from "./habit-form-state";

const MAX_REMINDERS = 5;

/**
 * Create or edit a habit. Checked with the server's zod schema before sending; the server's own field
 * errors are shown the same way, and the draft stays as typed whatever happens.
 */
export function HabitForm(props: { todayKey: string; groups: string[]; habit?: THabitView; onSaved?: (habit: THabitView) => void; onCancel?: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.habits.create.mutationOptions());
  const update = useMutation(trpc.habits.update.mutationOptions());
  const mutation = props.habit ? update : create;
  const [draft, setDraft] = useState<HabitDraft>(() => (props.habit ? draftOf(props.habit) : emptyDraft(props.todayKey)));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const baseId = useId();
  const id = (name: string) => `${baseId}-${name}`;
  const serverErrors = fieldErrorsOf(mutation.error);
  const errors: Record<string, string> = { ...serverErrors, ...clientErrors };
  const set = <K extends keyof HabitDraft>(key: K, value: HabitDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const errorOf = (...paths: string[]) => paths.map((path) => errors[path]).find(Boolean);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const found = validateDraft(draft);
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      window.requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
      return;
    }
    const definition = definitionOf(draft);
    const options = {
      onSuccess: (saved: THabitView) => {
        if (props.onSaved) return props.onSaved(saved);
        router.push("/habits");
        router.refresh();
      },
    };
    if (props.habit) update.mutate({ habitId: props.habit.id, definition }, options);
    else create.mutate(definition, options);
  }

  const text = (name: keyof HabitDraft, label: string, options: { error?: string; hint?: string; placeholder?: string; maxLength?: number; list?: string } = {}) => (
    <FormField id={id(name)} label={label} error={options.error} hint={options.hint}>
      <input
        id={id(name)}
        className="input"
        value={draft[name] as string}
        maxLength={options.maxLength}
        placeholder={options.placeholder}
        list={options.list}
        aria-invalid={options.error ? true : undefined}
        aria-describedby={describedBy(id(name), options.error, options.hint)}
        onChange={(event) => set(name, event.target.value as never)}
      />
    </FormField>
  );

  const remindersError = Object.entries(errors).find(([key]) => key.startsWith("reminders"))?.[1];
  const daysError = errorOf("schedule.days", "schedule");
  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label={props.habit ? "Edit habit" : "New habit"}>
      {mutation.error ? <Alert>{messageOf(mutation.error)}</Alert> : null}
      {Object.keys(clientErrors).length > 0 ? <Alert>Check the highlighted fields.</Alert> : null}

      {text("name", "Habit", { error: errorOf("name"), placeholder: "Drink water", maxLength: 80 })}

      <fieldset className="space-y-2">
        <legend className="label">How do you track it?</legend>
        <div className="grid grid-cols-2 gap-2">
          {(
            [
              ["boolean", "Yes / no", "Done or not done"],
              ["numeric", "A number", "Glasses, minutes, pages…"],
            ] as const
          ).map(([value, label, hint]) => (
            <label key={value} className={`flex min-h-11 cursor-pointer flex-col rounded-xl border px-3 py-2 ${draft.type === value ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}>
              <span className="flex items-center gap-2 font-medium">
                <input type="radio" name={id("type")} value={value} checked={draft.type === value} onChange={() => set("type", value)} />
                {label}
              </span>
              <span className="text-xs text-slate-600">{hint}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {draft.type === "numeric" ? (
        <div className="grid grid-cols-2 gap-3">
          <FormField id={id("target")} label="Daily target" error={errorOf("target")}>
            <input
              id={id("target")}
              className="input"
              inputMode="decimal"
              value={draft.target}
              placeholder="8"
              aria-invalid={errorOf("target") ? true : undefined}
              aria-describedby={describedBy(id("target"), errorOf("target"))}
              onChange={(event) => set("target", event.target.value)}
            />
          </FormField>
          {text("unit", "Unit", { error: errorOf("unit"), placeholder: "glasses", maxLength: 20 })}
        </div>
      ) : null}

      <fieldset className="space-y-2">
        <legend className="label">How often?</legend>
        <div className="space-y-2">
          {(
            [
              ["daily", "Every day"],
              ["weekdays", "On chosen weekdays"],
              ["per_period", "A number of times per period"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border px-3 py-2 ${draft.scheduleKind === value ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}>
              <input type="radio" name={id("schedule")} value={value} checked={draft.scheduleKind === value} onChange={() => set("scheduleKind", value)} />
              {label}
            </label>
          ))}
        </div>
        {draft.scheduleKind === "weekdays" ? (
          <fieldset aria-describedby={daysError ? id("days-error") : undefined}>
            <legend className="sr-only">Weekdays</legend>
            <div className="flex flex-wrap gap-1">
              {weekdayLongNames.map((name, index) => {
                const day = index + 1;
                const checked = draft.days.includes(day);
                return (
                  <label key={name} className={`flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-xl border px-2 text-sm font-medium ${checked ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800"}`}>
                    <input
                      type="checkbox"
                      className="sr-only"
                      checked={checked}
                      aria-label={name}
                      onChange={() => set("days", checked ? draft.days.filter((existing) => existing !== day) : [...draft.days, day])}
                    />
                    <span aria-hidden>{name.slice(0, 3)}</span>
                  </label>
                );
              })}
            </div>
            {daysError ? (
              <p id={id("days-error")} role="alert" className="field-error">
                {daysError}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {draft.scheduleKind === "per_period" ? (
          <div className="grid grid-cols-2 gap-3">
            <FormField id={id("times")} label="Times" error={errorOf("schedule.times")}>
              <input
                id={id("times")}
                className="input"
                inputMode="numeric"
                value={draft.times}
                aria-invalid={errorOf("schedule.times") ? true : undefined}
                aria-describedby={describedBy(id("times"), errorOf("schedule.times"))}
                onChange={(event) => set("times", event.target.value)}
              />
            </FormField>
            <FormField id={id("period")} label="Per how many days" error={errorOf("schedule.periodDays")}>
              <input
                id={id("period")}
                className="input"
                inputMode="numeric"
                value={draft.periodDays}
                aria-invalid={errorOf("schedule.periodDays") ? true : undefined}
                aria-describedby={describedBy(id("period"), errorOf("schedule.periodDays"))}
                onChange={(event) => set("periodDays", event.target.value)}
              />
            </FormField>
          </div>
        ) : null}
      </fieldset>

      <fieldset className="space-y-2 rounded-xl border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">Your plan (optional)</legend>
        <p className="text-sm text-slate-600">Linking a habit to something you already do makes it far more likely to stick.</p>
        {text("cueAfter", "After I…", { error: errorOf("cue.after", "cue"), placeholder: "pour my morning coffee", maxLength: 120 })}
        {text("cueWill", "I will…", { error: errorOf("cue.will"), placeholder: "drink a glass of water", maxLength: 120 })}
      </fieldset>

      <div className="grid grid-cols-2 gap-3">
        <FormField id={id("start")} label="Start date" error={errorOf("startDate")}>
          <input
            id={id("start")}
            type="date"
            className="input"
            value={draft.startDate}
            aria-invalid={errorOf("startDate") ? true : undefined}
            aria-describedby={describedBy(id("start"), errorOf("startDate"))}
            onChange={(event) => set("startDate", event.target.value)}
          />
        </FormField>
        <FormField id={id("end")} label="End date (optional)" error={errorOf("endDate")}>
          <input
            id={id("end")}
            type="date"
            className="input"
            value={draft.endDate}
            aria-invalid={errorOf("endDate") ? true : undefined}
            aria-describedby={describedBy(id("end"), errorOf("endDate"))}
            onChange={(event) => set("endDate", event.target.value)}
          />
        </FormField>
      </div>

      <fieldset className="space-y-2">
        <legend className="label">Reminders</legend>
        <p id={id("reminders-hint")} className="text-sm text-slate-600">
          Times are in your own time zone. Reminders reach this phone once notifications are turned on in{" "}
          <Link href="/settings" className="font-semibold text-brand-700 underline">
            Settings
          </Link>
          .
        </p>
        {draft.reminders.length > 0 ? (
          <ul className="space-y-2">
            {draft.reminders.map((time, index) => {
              const error = errors[`reminders.${index}`];
              return (
                <li key={index} className="flex items-center gap-2">
                  <label htmlFor={id(`reminder-${index}`)} className="sr-only">
                    Reminder {index + 1} time
                  </label>
                  <input
                    id={id(`reminder-${index}`)}
                    type="time"
                    className="input max-w-40"
                    value={time}
                    aria-invalid={error ? true : undefined}
                    onChange={(event) => set("reminders", draft.reminders.map((existing, at) => (at === index ? event.target.value : existing)))}
                  />
                  <button type="button" className="btn-secondary" aria-label={`Remove reminder ${index + 1}`} onClick={() => set("reminders", draft.reminders.filter((_, at) => at !== index))}>
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
        {remindersError ? (
          <p role="alert" className="field-error">
            {remindersError}
          </p>
        ) : null}
        {draft.reminders.length < MAX_REMINDERS ? (
          <button type="button" className="btn-secondary" onClick={() => set("reminders", [...draft.reminders, draft.reminders.length === 0 ? "08:00" : "20:00"])}>
            Add a reminder
          </button>
        ) : null}
      </fieldset>

      {text("group", "Routine (optional)", {
        error: errorOf("group"),
        hint: "Habits with the same routine, such as “Morning routine”, show together on Today.",
        placeholder: "Morning routine",
        maxLength: 40,
        list: id("groups"),
      })}
      <datalist id={id("groups")}>
        {props.groups.map((group) => (
          <option key={group} value={group} />
        ))}
      </datalist>

      <div className="flex gap-2">
        <button type="submit" className="btn-primary flex-1" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : props.habit ? "Save changes" : "Create habit"}
        </button>
        {props.onCancel ? (
          <button type="button" className="btn-secondary" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
