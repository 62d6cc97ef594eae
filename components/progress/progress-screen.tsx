"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { BodySection } from "@/components/progress/body/body-section";
import { InsightsCard } from "@/components/progress/insights/insights-card";
import { Alert } from "@/components/ui/alert";
import { formatDayKey } from "@/lib/dates/day-key";
import { defaultProgressRange, progressRangeLabels, type ProgressRange, type TProgressOverview } from "@/lib/schemas/progress";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import type { WeightUnit } from "@/lib/units";
import { HabitsSection } from "./habits-section";
import { MindSection } from "./mind-section";
import { NutritionSection } from "./nutrition-section";
import { RangeButtons } from "./range-buttons";
import { TrainingSection } from "./training-section";

const INITIAL_PROGRESS_RANGE: ProgressRange = defaultProgressRange;

/** /progress: insights on top, a range picker, then Body, Training, Habits, Nutrition and Mind charts. */
export function ProgressScreen({ userId, weightUnit, initial }: { userId: string; weightUnit: WeightUnit; initial: TProgressOverview }) {
  const trpc = useTRPC();
  // `range` is the pressed button; `shown` is the last overview that loaded, and the only one ever drawn.
  const [range, setRange] = useState<ProgressRange>(INITIAL_PROGRESS_RANGE);
  const [shown, setShown] = useState<TProgressOverview>(initial);
  const [failure, setFailure] = useState<string | null>(null);
  const overview = useQuery({ ...trpc.progress.overview.queryOptions({ range }), initialData: range === INITIAL_PROGRESS_RANGE ? initial : undefined, placeholderData: keepPreviousData });
  const fresh = overview.data && !overview.isPlaceholderData && overview.data.range === range ? overview.data : null;
  if (fresh && fresh !== shown) setShown(fresh);
  const view = fresh ?? shown;
  const loading = view.range !== range && !overview.isError;
  const failed = overview.isError && view.range !== range;
  const failedRange = failed ? range : null;
  const failedMessage = failed ? messageOf(overview.error) : null;

  // The new range did not load: the buttons go back to the period still on screen, and say why.
  useEffect(() => {
    if (failedRange === null) return;
    setFailure(`${progressRangeLabels[failedRange]} could not be loaded: ${failedMessage ?? "try again"}. Still showing ${progressRangeLabels[shown.range].toLowerCase()}.`);
    setRange(shown.range);
  }, [failedRange, failedMessage, shown.range]);

  function choose(next: ProgressRange) {
    setFailure(null);
    setRange(next);
  }

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Progress</h1>
      <InsightsCard weightUnit={weightUnit} />
      <div className="space-y-2">
        <RangeButtons value={range} onChange={choose} />
        <p className="text-sm text-slate-600" aria-live="polite">
          {loading
            ? `Loading ${progressRangeLabels[range].toLowerCase()}…`
            : `${formatDayKey(view.fromDayKey, { day: "numeric", month: "short", year: "numeric" })} to ${formatDayKey(view.toDayKey, { day: "numeric", month: "short", year: "numeric" })}${view.granularity === "week" ? ", week by week" : ", day by day"}.`}
        </p>
        {failure ? <Alert tone="error">{failure}</Alert> : overview.error && !failed ? <Alert tone="error">{messageOf(overview.error)}</Alert> : null}
      </div>
      {/* Busy while another range loads: until then the charts still show the period named above. */}
      <div className="space-y-5" aria-busy={loading || undefined}>
        <BodySection userId={userId} range={range} weightUnit={weightUnit} />
        <TrainingSection training={view.training} granularity={view.granularity} unit={weightUnit} />
        <HabitsSection habits={view.habits} granularity={view.granularity} />
        <NutritionSection nutrition={view.nutrition} granularity={view.granularity} />
        <MindSection mind={view.mind} granularity={view.granularity} fromDayKey={view.fromDayKey} toDayKey={view.toDayKey} />
      </div>
    </div>
  );
}
