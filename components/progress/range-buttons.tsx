"use client";

import { progressRangeLabels, progressRanges, type ProgressRange } from "@/lib/schemas/progress";

/** 4 weeks / 12 weeks / 1 year / All: toggle buttons in a labelled group (as components/ui/period-buttons.tsx). */
export function RangeButtons({ value, onChange }: { value: ProgressRange; onChange: (range: ProgressRange) => void }) {
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label="Period">
      {progressRanges.map((range) => (
        <button key={range} type="button" aria-pressed={value === range} className={value === range ? "btn-primary" : "btn-secondary"} onClick={() => onChange(range)}>
          {progressRangeLabels[range]}
        </button>
      ))}
    </div>
  );
}
