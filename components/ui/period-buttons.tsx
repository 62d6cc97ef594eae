/** The "14 days / 30 days / 90 days" choice above a chart: toggle buttons in a labelled group. */
export function PeriodButtons<T extends number>({ periods, value, onChange }: { periods: readonly T[]; value: T; onChange: (days: T) => void }) {
  return (
    <div className="flex gap-2" role="group" aria-label="Period">
      {periods.map((days) => (
        <button key={days} type="button" aria-pressed={value === days} className={value === days ? "btn-primary" : "btn-secondary"} onClick={() => onChange(days)}>
          {days} days
        </button>
      ))}
    </div>
  );
}
