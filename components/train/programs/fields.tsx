"use client";

import { useId, type ReactNode } from "react";

/**
 * Small labelled controls for the program editor. `label` is what people see; `context` is read to
 * screen readers only (which set, which exercise), so every control has a unique, complete name.
 */
type Common = { label: string; context?: string; error?: string; className?: string };

function Label({ id, label, context }: { id: string; label: string; context?: string }) {
  return (
    <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
      {context ? <span className="sr-only">{context} </span> : null}
      {label}
    </label>
  );
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="field-error text-xs">
      {error}
    </p>
  ) : null;
}

export function TextField(props: Common & { value: string; onChange(value: string): void; inputMode?: "decimal" | "numeric" | "text"; maxLength?: number }) {
  const id = useId();
  return (
    <div className={props.className}>
      <Label id={id} label={props.label} context={props.context} />
      <input
        id={id}
        className="input"
        value={props.value}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        autoComplete="off"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <ErrorText id={id} error={props.error} />
    </div>
  );
}

export function SelectField<T extends string | number>(
  props: Common & { value: T; options: readonly { value: T; label: string }[]; onChange(value: T): void },
) {
  const id = useId();
  return (
    <div className={props.className}>
      <Label id={id} label={props.label} context={props.context} />
      <select
        id={id}
        className="input"
        value={String(props.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(event) => {
          const option = props.options.find((candidate) => String(candidate.value) === event.target.value);
          if (option) props.onChange(option.value);
        }}
      >
        {props.options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
      <ErrorText id={id} error={props.error} />
    </div>
  );
}

export function TextAreaField(props: Common & { value: string; onChange(value: string): void; rows?: number; maxLength?: number }) {
  const id = useId();
  return (
    <div className={props.className}>
      <Label id={id} label={props.label} context={props.context} />
      <textarea
        id={id}
        className="input"
        rows={props.rows ?? 2}
        maxLength={props.maxLength}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <ErrorText id={id} error={props.error} />
    </div>
  );
}

/** A small secondary button whose visible text is completed for screen readers by `context`. */
export function ActionButton({ children, context, onClick, disabled, tone = "secondary" }: { children: ReactNode; context?: string; onClick(): void; disabled?: boolean; tone?: "secondary" | "danger" }) {
  const className =
    tone === "danger"
      ? "btn border border-red-200 bg-white px-3 text-red-700 hover:bg-red-50"
      : "btn-secondary px-3";
  return (
    <button type="button" className={className} onClick={onClick} disabled={disabled}>
      {children}
      {context ? <span className="sr-only"> {context}</span> : null}
    </button>
  );
}
