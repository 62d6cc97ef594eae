"use client";

import Link from "next/link";
import { useId, useState } from "react";
import type { z } from "zod";
import { ZHabitDefinitionSchema } from "@/lib/schemas/habit";
import { fieldErrorsOf, messageOf } from "@/lib/trpc/react";
import { Alert } from "@/components/ui/alert";
import { describedBy, FormField } from "@/components/ui/form-field";
import { weekdayLongNames } from "./habit-display";
import { definitionOf, validateDraft, type HabitDefinition, type HabitDraft } from "./habit-form-state";

const MAX_REMINDERS = 5;

export type HabitEditorProps = {
  initial: HabitDraft;
  /** Who fills it in: the wording speaks to the member, or to their trainer about the client. */
  audience: "member" | "trainer";
  /** False for a habit in a habit program, whose phase gives the start (no date fields). */
  withDates?: boolean;
  /** The schema the server checks the definition with (a program habit's has no dates). */
  schema?: z.ZodType;
  /**
   * Only what the habit asks for (name, tracking, schedule, dates): a trainer editing a habit they
   * assigned; its cue, reminders and routine are the client's own.
   */
  planOnly?: boolean;
  groups: string[];
  submitLabel: string;
  ariaLabel: string;
  pending: boolean;
  /** The mutation's error, if any: its message and field errors are shown. */
  error?: unknown;
  onSubmit: (definition: HabitDefinition) => void;
  onCancel?: () => void;
};

/**
 * The habit fields, checked with the server's zod schema before sending; the server's own field errors
 * are shown the same way, and the draft stays as typed whatever happens. Saving is the caller's: the
 * member's own habits, a trainer assigning one to a client, or a habit inside a habit program.
 */
export function HabitEditor(props: HabitEditorProps) {
  const withDates = props.withDates ?? true;
  const forTrainer = props.audience === "trainer";
  const [draft, setDraft] = useState<HabitDraft>(props.initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const baseId = useId();
  const id = (name: string) => `${baseId}-${name}`;
  const serverErrors = fieldErrorsOf(props.error);
  const errors: Record<string, string> = { ...serverErrors, ...clientErrors };
  const set = <K extends keyof HabitDraft>(key: K, value: HabitDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const errorOf = (...paths: string[]) => paths.map((path) => errors[path]).find(Boolean);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // This form's first flagged field: the page around it (a habit program's phases) may have its own.
    const form = event.currentTarget;
    const found = validateDraft(draft, props.schema ?? ZHabitDefinitionSchema);
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      window.requestAnimationFrame(() => form.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
      return;
    }
    props.onSubmit(definitionOf(draft));
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
    <form onSubmit={submit} noValidate className="space-y-5" aria-label={props.ariaLabel}>
      {props.error ? <Alert>{messageOf(props.error)}</Alert> : null}
      {Object.keys(clientErrors).length > 0 ? <Alert>Check the highlighted fields.</Alert> : null}

      {text("name", "Habit", { error: errorOf("name"), placeholder: "Drink water", maxLength: 80 })}

      <fieldset className="space-y-2">
        <legend className="label">{forTrainer ? "How is it tracked?" : "How do you track it?"}</legend>
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

      {props.planOnly ? null : (
        <fieldset className="space-y-2 rounded-xl border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-700">{forTrainer ? "The plan (optional)" : "Your plan (optional)"}</legend>
          <p className="text-sm text-slate-600">
            {forTrainer ? "Linking a habit to something your client already does makes it far more likely to stick." : "Linking a habit to something you already do makes it far more likely to stick."}
          </p>
          {text("cueAfter", "After I…", { error: errorOf("cue.after", "cue"), placeholder: "pour my morning coffee", maxLength: 120 })}
          {text("cueWill", "I will…", { error: errorOf("cue.will"), placeholder: "drink a glass of water", maxLength: 120 })}
        </fieldset>
      )}

      {withDates ? (
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
      ) : null}

      {props.planOnly ? null : (
        <>
          <fieldset className="space-y-2">
            <legend className="label">Reminders</legend>
            {forTrainer ? (
              <p id={id("reminders-hint")} className="text-sm text-slate-600">
                Times are in your client&apos;s own time zone. They reach the devices where your client has turned notifications on.
              </p>
            ) : (
              <p id={id("reminders-hint")} className="text-sm text-slate-600">
                Times are in your own time zone. Reminders reach this phone once notifications are turned on in{" "}
                <Link href="/settings" className="font-semibold text-brand-700 underline">
                  Settings
                </Link>
                .
              </p>
            )}
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
        </>
      )}

      <div className="flex gap-2">
        <button type="submit" className="btn-primary flex-1" disabled={props.pending}>
          {props.pending ? "Saving…" : props.submitLabel}
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
