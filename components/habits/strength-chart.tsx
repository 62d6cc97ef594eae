import { formatDayKey, percent } from "./habit-display";

/** A small line of strength over the calendar's days (SVG: no chart library, readable in text too). */
export function StrengthChart({ points }: { points: { dayKey: string; score: number }[] }) {
  if (points.length < 2) return null;
  const width = 300;
  const height = 80;
  const x = (index: number) => (index / (points.length - 1)) * width;
  const y = (score: number) => height - score * height;
  const line = points.map((point, index) => `${x(index).toFixed(1)},${y(point.score).toFixed(1)}`).join(" ");
  const first = points[0];
  const last = points[points.length - 1];
  const summary = `Strength from ${formatDayKey(first.dayKey)} to ${formatDayKey(last.dayKey)}: ${percent(first.score)}% to ${percent(last.score)}%, highest ${percent(Math.max(...points.map((point) => point.score)))}%`;
  return (
    <figure className="space-y-1">
      <p className="text-xs font-semibold text-slate-600" aria-hidden>
        Strength over time
      </p>
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" className="h-20 w-full" role="img" aria-label={summary}>
        {[0.25, 0.5, 0.75].map((level) => (
          <line key={level} x1="0" x2={width} y1={y(level)} y2={y(level)} className="stroke-slate-200" strokeWidth="1" vectorEffect="non-scaling-stroke" />
        ))}
        <polygon points={`0,${height} ${line} ${width},${height}`} className="fill-brand-100" />
        <polyline points={line} fill="none" className="stroke-brand-600" strokeWidth="2" vectorEffect="non-scaling-stroke" />
      </svg>
      <figcaption className="flex justify-between text-xs text-slate-600">
        <span>{formatDayKey(first.dayKey)}</span>
        <span>{formatDayKey(last.dayKey)}</span>
      </figcaption>
    </figure>
  );
}
