import type { TEvidence } from "@/lib/schemas/insights";
import { kgToLb, type WeightUnit } from "@/lib/units";

const unitLabels: Record<TEvidence["unit"], string> = {
  kg: "kg",
  kcal: "kcal",
  g: "g",
  percent: "%",
  ratio: "",
  sessions: "sessions",
  days: "days",
  hours: "h",
  score: "",
  au: "AU",
  r: "",
  p: "",
  count: "",
};

/** One number as shown: kg in the member's unit, with the decimals the engine asked for. */
export function evidenceValue(evidence: TEvidence, weightUnit: WeightUnit): string {
  const isWeight = evidence.unit === "kg";
  const value = isWeight && weightUnit === "lb" ? kgToLb(evidence.value) : evidence.value;
  const text = value.toLocaleString("en", { minimumFractionDigits: evidence.decimals, maximumFractionDigits: evidence.decimals });
  const unit = isWeight ? weightUnit : unitLabels[evidence.unit];
  if (!unit) return text;
  return evidence.unit === "percent" ? `${text}${unit}` : `${text} ${unit}`;
}

/** The numbers behind an insight, as a table (what "Show the numbers" opens). */
export function EvidenceTable({ evidence, weightUnit, caption }: { evidence: TEvidence[]; weightUnit: WeightUnit; caption: string }) {
  if (evidence.length === 0) return <p className="text-sm text-slate-600">This insight has no numbers to show.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-slate-600">
          <th scope="col" className="py-1 pr-3 font-medium">
            Measure
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Value
          </th>
        </tr>
      </thead>
      <tbody>
        {evidence.map((row, index) => (
          <tr key={`${row.label}-${index}`} className="border-b border-slate-100 last:border-0">
            <th scope="row" className="py-1 pr-3 font-normal">
              {row.label}
            </th>
            <td className="py-1 text-right tabular-nums">{evidenceValue(row, weightUnit)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
