import { percentLabel } from "@/lib/coaching/format";

/**
 * A small bar with the number next to it. The bar is an SVG rect sized by attribute (the CSP forbids
 * inline styles); it is decoration, the number is what screen readers get.
 */
export function ComplianceBar({ rate, label }: { rate: number | null; label: string }) {
  const percent = rate === null ? 0 : Math.round(Math.min(1, Math.max(0, rate)) * 100);
  const tone = rate === null ? "fill-slate-300" : percent >= 80 ? "fill-emerald-500" : percent >= 50 ? "fill-amber-500" : "fill-red-500";
  return (
    <span className="inline-flex items-center gap-2" title={`${label}: ${percentLabel(rate)}`}>
      <svg aria-hidden="true" width="64" height="8" viewBox="0 0 100 8" preserveAspectRatio="none" className="rounded bg-slate-100">
        <rect x="0" y="0" height="8" width={percent} rx="2" className={tone} />
      </svg>
      <span className="w-10 text-right text-sm tabular-nums text-slate-800">
        <span className="sr-only">{label} </span>
        {percentLabel(rate)}
      </span>
    </span>
  );
}
