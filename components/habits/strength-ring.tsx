import { percent } from "./habit-display";

// Sizes are classes, not a style attribute: the Content-Security-Policy (proxy.ts) blocks inline styles
// in server-rendered HTML.
const sizes = { small: { box: "h-14 w-14", text: "text-xs" }, large: { box: "h-24 w-24", text: "text-xl" } };

/** Habit strength as a ring with its percentage written inside (the number, not only the colour). */
export function StrengthRing({ score, size = "small", label }: { score: number; size?: keyof typeof sizes; label?: string }) {
  const value = percent(score);
  const radius = 20;
  const circumference = 2 * Math.PI * radius;
  return (
    <span className={`relative inline-flex shrink-0 items-center justify-center ${sizes[size].box}`} role="img" aria-label={`${label ?? "Strength"} ${value}%`}>
      <svg viewBox="0 0 48 48" className="absolute inset-0 h-full w-full -rotate-90" aria-hidden>
        <circle cx="24" cy="24" r={radius} fill="none" strokeWidth="5" className="stroke-slate-200" />
        {value > 0 ? (
          <circle
            cx="24"
            cy="24"
            r={radius}
            fill="none"
            strokeWidth="5"
            strokeLinecap="round"
            className="stroke-brand-600"
            strokeDasharray={`${(circumference * value) / 100} ${circumference}`}
          />
        ) : null}
      </svg>
      <span aria-hidden data-testid="habit-strength" className={`relative font-semibold text-slate-900 ${sizes[size].text}`}>
        {value}%
      </span>
    </span>
  );
}
