import type { TTargetsView } from "@/lib/schemas/nutrition";
import { Heading } from "./heading";
import { formatDate, formatNumber, sourceLabel, type Viewer } from "./targets-format";

/** The last few changes to the targets: when, where from, who, and the energy for each kind of day. */
export function HistoryList({ history, viewer, limit = 5, level }: { history: TTargetsView["history"]; viewer: Viewer; limit?: number; level?: 2 | 3 }) {
  if (history.length === 0) return null;
  return (
    <section className="card space-y-3" aria-labelledby="targets-history-heading">
      <Heading level={level} id="targets-history-heading">
        Recent changes
      </Heading>
      <ul className="divide-y divide-slate-100 text-sm">
        {history.slice(0, limit).map((row) => (
          <li key={row.at.toISOString()} className="py-2">
            <p className="flex flex-wrap justify-between gap-2">
              <span className="font-medium">{formatDate(row.at)}</span>
              <span className="text-slate-600">{sourceLabel(row.source, row.byRole, viewer)}</span>
            </p>
            <p className="tabular-nums text-slate-700">
              Training {formatNumber(row.targets.training.energyKcal)} kcal · rest {formatNumber(row.targets.rest.energyKcal)} kcal
            </p>
            {row.reason[0] ? <p className="text-slate-600">{row.reason[0]}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
