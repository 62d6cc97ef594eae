import { formatDayKey, weeklyChangeWords } from "@/components/eat/targets/targets-format";
import type { TWeightHistoryView } from "@/lib/schemas/nutrition";
import { formatWeight, type WeightUnit } from "@/lib/units";

/** The client's latest weigh-in, smoothed trend and its weekly change, in the client's own unit. */
export function ClientWeight({ weight, unit }: { weight: TWeightHistoryView; unit: WeightUnit }) {
  return (
    <section className="card space-y-2" aria-labelledby="client-weight-heading">
      <h3 id="client-weight-heading" className="text-lg font-semibold">
        Weight
      </h3>
      {weight.latest ? (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">Latest weigh-in</dt>
          <dd>
            {formatWeight(weight.latest.kg, unit)} on {formatDayKey(weight.latest.dayKey)}
          </dd>
          <dt className="text-slate-600">Trend</dt>
          <dd>{formatWeight(weight.latest.trendKg, unit)}</dd>
          <dt className="text-slate-600">Weekly change</dt>
          <dd>{weight.weeklyChangeKg === null ? "Not enough weigh-ins yet" : weeklyChangeWords(weight.weeklyChangeKg, unit)}</dd>
          <dt className="text-slate-600">Weigh-ins, 90 days</dt>
          <dd>{weight.entries.length}</dd>
        </dl>
      ) : (
        <p className="text-sm text-slate-600">No weigh-ins logged yet.</p>
      )}
    </section>
  );
}
