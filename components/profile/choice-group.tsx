type Option = { value: string; label: string; description?: string };

/** A radio group drawn as tappable cards (big targets on a phone), with its error announced. */
export function ChoiceGroup(props: { name: string; legend: string; hint?: string; options: Option[]; defaultValue?: string; error?: string }) {
  const errorId = `${props.name}-error`;
  return (
    <fieldset aria-describedby={props.error ? errorId : undefined}>
      <legend className="label">{props.legend}</legend>
      {props.hint ? <p className="-mt-1 mb-2 text-sm text-slate-500">{props.hint}</p> : null}
      <div className="grid gap-2 sm:grid-cols-2">
        {props.options.map((option) => (
          <label key={option.value} className="flex cursor-pointer items-start gap-3 rounded-xl border border-slate-200 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name={props.name} value={option.value} defaultChecked={props.defaultValue === option.value} className="mt-1 accent-brand-600" />
            <span>
              <span className="block text-sm font-semibold">{option.label}</span>
              {option.description ? <span className="block text-sm text-slate-600">{option.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {props.error ? <p id={errorId} className="field-error" role="alert">{props.error}</p> : null}
    </fieldset>
  );
}
