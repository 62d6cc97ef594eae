"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import {
  coachPersonas,
  experienceLabels,
  experienceLevels,
  goalLabels,
  goals,
  personaLabels,
  sexes,
  sexLabels,
  type TProfile,
  type TProfileInput,
} from "@/lib/schemas/profile";
import { cmToFeetInches, feetInchesToCm, weightFromKg, weightToKg, type HeightUnit, type WeightUnit } from "@/lib/units";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc/react";
import { Alert } from "@/components/ui/alert";
import { describedBy, FormField } from "@/components/ui/form-field";
import { ChoiceGroup } from "./choice-group";

type Props = { mode: "onboarding" | "settings"; initial: TProfile | null; defaultName?: string | null };

function detectedTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

const toNumber = (value: FormDataEntryValue | null) => {
  const text = String(value ?? "").trim().replace(",", ".");
  return text === "" ? Number.NaN : Number(text);
};

/** Onboarding and Settings share this form; it shows and accepts the member's own units. */
export function ProfileForm({ mode, initial, defaultName }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.profile.save.mutationOptions());
  const [weightUnit, setWeightUnit] = useState<WeightUnit>(initial?.units.weight ?? "kg");
  const [heightUnit, setHeightUnit] = useState<HeightUnit>(initial?.units.height ?? "cm");
  const [saved, setSaved] = useState(false);
  const timeZones = useMemo(() => {
    const list = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    const current = initial?.timeZone ?? detectedTimeZone();
    return list.includes(current) ? list : [current, ...list];
  }, [initial?.timeZone]);

  const errors = fieldErrorsOf(save.error);
  const formError = save.error ? messageOf(save.error) : null;
  const feetInches = initial ? cmToFeetInches(initial.heightCm) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const heightCm =
      heightUnit === "cm"
        ? toNumber(form.get("heightCm"))
        : feetInchesToCm(toNumber(form.get("heightFeet")), Number.isNaN(toNumber(form.get("heightInches"))) ? 0 : toNumber(form.get("heightInches")));
    const weight = toNumber(form.get("weight"));
    const input: TProfileInput = {
      name: String(form.get("name") ?? ""),
      dateOfBirth: String(form.get("dateOfBirth") ?? ""),
      sex: String(form.get("sex") ?? "") as TProfileInput["sex"],
      heightCm,
      weightKg: Number.isNaN(weight) ? weight : weightToKg(weight, weightUnit),
      units: { weight: weightUnit, height: heightUnit },
      timeZone: String(form.get("timeZone") ?? ""),
      goal: String(form.get("goal") ?? "") as TProfileInput["goal"],
      experience: String(form.get("experience") ?? "") as TProfileInput["experience"],
      coachPersona: String(form.get("coachPersona") ?? "") as TProfileInput["coachPersona"],
      healthNotes: String(form.get("healthNotes") ?? ""),
    };
    save.mutate(input, {
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        if (mode === "onboarding") {
          router.replace("/today");
        } else {
          setSaved(true);
        }
        router.refresh();
      },
    });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-8" noValidate>
      {formError ? <Alert>{formError}</Alert> : null}

      <section className="card space-y-4" aria-labelledby="about-you">
        <h2 id="about-you" className="text-lg font-semibold">About you</h2>
        <FormField id="name" label="What should your coach call you?" error={errors.name}>
          <input id="name" name="name" className="input" autoComplete="given-name" defaultValue={initial?.name ?? defaultName ?? ""} aria-invalid={Boolean(errors.name)} aria-describedby={describedBy("name", errors.name)} />
        </FormField>
        <FormField id="dateOfBirth" label="Date of birth" error={errors.dateOfBirth}>
          <input id="dateOfBirth" name="dateOfBirth" type="date" className="input" autoComplete="bday" defaultValue={initial?.dateOfBirth ?? ""} aria-invalid={Boolean(errors.dateOfBirth)} aria-describedby={describedBy("dateOfBirth", errors.dateOfBirth)} />
        </FormField>
        <ChoiceGroup
          name="sex"
          legend="Sex"
          hint="Used only for energy formulas (for example Mifflin–St Jeor)."
          options={sexes.map((value) => ({ value, label: sexLabels[value] }))}
          defaultValue={initial?.sex}
          error={errors.sex}
        />
      </section>

      <section className="card space-y-4" aria-labelledby="body">
        <h2 id="body" className="text-lg font-semibold">Body and units</h2>
        <UnitToggle legend="Weight unit" name="weightUnit" value={weightUnit} onChange={(v) => setWeightUnit(v as WeightUnit)} options={[{ value: "kg", label: "kg" }, { value: "lb", label: "lb" }]} />
        <FormField id="weight" label={`Weight (${weightUnit})`} error={errors.weightKg}>
          <input key={weightUnit} id="weight" name="weight" inputMode="decimal" className="input" defaultValue={initial ? weightFromKg(initial.weightKg, weightUnit) : ""} aria-invalid={Boolean(errors.weightKg)} aria-describedby={describedBy("weight", errors.weightKg)} />
        </FormField>
        <UnitToggle legend="Height unit" name="heightUnit" value={heightUnit} onChange={(v) => setHeightUnit(v as HeightUnit)} options={[{ value: "cm", label: "cm" }, { value: "ft_in", label: "ft + in" }]} />
        {heightUnit === "cm" ? (
          <FormField id="heightCm" label="Height (cm)" error={errors.heightCm}>
            <input id="heightCm" name="heightCm" inputMode="decimal" className="input" defaultValue={initial?.heightCm ?? ""} aria-invalid={Boolean(errors.heightCm)} aria-describedby={describedBy("heightCm", errors.heightCm)} />
          </FormField>
        ) : (
          <fieldset>
            <legend className="label">Height</legend>
            <div className="grid grid-cols-2 gap-3">
              <FormField id="heightFeet" label="Feet">
                <input id="heightFeet" name="heightFeet" inputMode="numeric" className="input" defaultValue={feetInches?.feet ?? ""} aria-invalid={Boolean(errors.heightCm)} />
              </FormField>
              <FormField id="heightInches" label="Inches">
                <input id="heightInches" name="heightInches" inputMode="decimal" className="input" defaultValue={feetInches?.inches ?? ""} aria-invalid={Boolean(errors.heightCm)} />
              </FormField>
            </div>
            {errors.heightCm ? <p className="field-error" role="alert">{errors.heightCm}</p> : null}
          </fieldset>
        )}
        <FormField id="timeZone" label="Time zone" hint="Detected from this device; reminders and days follow it." error={errors.timeZone}>
          <select id="timeZone" name="timeZone" className="input" defaultValue={initial?.timeZone ?? detectedTimeZone()} aria-invalid={Boolean(errors.timeZone)}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>{zone.replaceAll("_", " ")}</option>
            ))}
          </select>
        </FormField>
      </section>

      <section className="card space-y-4" aria-labelledby="goals">
        <h2 id="goals" className="text-lg font-semibold">Goal and experience</h2>
        <ChoiceGroup name="goal" legend="Main goal" options={goals.map((value) => ({ value, label: goalLabels[value] }))} defaultValue={initial?.goal} error={errors.goal} />
        <ChoiceGroup name="experience" legend="Training experience" options={experienceLevels.map((value) => ({ value, label: experienceLabels[value] }))} defaultValue={initial?.experience} error={errors.experience} />
      </section>

      <section className="card space-y-4" aria-labelledby="coach">
        <h2 id="coach" className="text-lg font-semibold">Your coach</h2>
        <ChoiceGroup
          name="coachPersona"
          legend="How should your coach talk to you?"
          options={coachPersonas.map((value) => ({ value, label: personaLabels[value].name, description: personaLabels[value].blurb }))}
          defaultValue={initial?.coachPersona}
          error={errors.coachPersona}
        />
        <FormField id="healthNotes" label="Injuries or health conditions (optional)" hint="Encrypted. Shared only with a trainer you choose, later." error={errors.healthNotes}>
          <textarea id="healthNotes" name="healthNotes" rows={3} maxLength={2000} className="input" defaultValue={initial?.healthNotes ?? ""} aria-describedby={describedBy("healthNotes", errors.healthNotes, "hint")} />
        </FormField>
      </section>

      {saved ? <Alert tone="success">Saved.</Alert> : null}
      <button type="submit" className="btn-primary w-full" disabled={save.isPending}>
        {save.isPending ? "Saving…" : mode === "onboarding" ? "Start coaching" : "Save changes"}
      </button>
    </form>
  );
}

function UnitToggle(props: { legend: string; name: string; value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  return (
    <fieldset>
      <legend className="label">{props.legend}</legend>
      <div className="inline-flex rounded-xl border border-slate-300 bg-white p-1">
        {props.options.map((option) => (
          <label key={option.value} className={`cursor-pointer rounded-lg px-4 py-2 text-sm font-semibold ${props.value === option.value ? "bg-brand-600 text-white" : "text-slate-700"}`}>
            <input type="radio" className="sr-only" name={props.name} value={option.value} checked={props.value === option.value} onChange={() => props.onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
