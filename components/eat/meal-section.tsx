"use client";

import { useState } from "react";
import { mealLabels, type Meal, type TAmount, type TDiaryEntryView } from "@/lib/schemas/nutrition";
import { amountLabel, totalsOf } from "./diary-display";
import { EntryEditor } from "./entry-editor";

type Props = {
  meal: Meal;
  entries: TDiaryEntryView[];
  pendingIds: Set<string>;
  /** Yesterday had this meal and today's is empty: offer to copy it. */
  canCopyYesterday: boolean;
  onAdd(meal: Meal): void;
  onCopyYesterday(meal: Meal): void;
  onUpdate(entry: TDiaryEntryView, change: { meal?: Meal; amount?: TAmount }): void;
  onRemove(entry: TDiaryEntryView): void;
};

/** One meal: its subtotal, its entries (tap one to change or remove it) and the ways to add to it. */
export function MealSection({ meal, entries, pendingIds, canCopyYesterday, onAdd, onCopyYesterday, onUpdate, onRemove }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const subtotal = totalsOf(entries).energyKcal;
  const titleId = `meal-${meal}`;
  return (
    <section aria-labelledby={titleId} className="card space-y-2 p-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={titleId} className="text-lg font-semibold">
          {mealLabels[meal]}
        </h2>
        <p className="text-sm font-semibold text-slate-700">{subtotal} kcal</p>
      </div>
      {entries.length > 0 ? (
        <ul className="divide-y divide-slate-100" aria-label={`${mealLabels[meal]} entries`}>
          {entries.map((entry) => (
            <li key={entry.id} className="py-1">
              {editing === entry.id ? (
                <EntryEditor
                  entry={entry}
                  onClose={() => setEditing(null)}
                  onSave={(change) => onUpdate(entry, change)}
                  onRemove={() => {
                    setEditing(null);
                    onRemove(entry);
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="flex min-h-11 w-full items-center justify-between gap-3 rounded-lg px-1 py-2 text-left hover:bg-slate-50"
                  onClick={() => setEditing(entry.id)}
                >
                  <span className="min-w-0">
                    <span className="block font-medium text-slate-900">{entry.name}</span>
                    <span className="block text-sm text-slate-600">
                      {[entry.brand, entry.kind === "quick" ? "Quick add" : amountLabel(entry)].filter(Boolean).join(" · ")}
                      {pendingIds.has(entry.id) ? " · waiting to sync" : ""}
                    </span>
                  </span>
                  <span className="shrink-0 text-sm font-semibold text-slate-800">{entry.nutrients.energyKcal} kcal</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        {entries.length === 0 ? <p className="mr-auto text-sm text-slate-600">Nothing logged yet.</p> : null}
        <button type="button" className="btn-primary" onClick={() => onAdd(meal)}>
          Add food<span className="sr-only"> to {mealLabels[meal]}</span>
        </button>
        {canCopyYesterday && entries.length === 0 ? (
          <button type="button" className="btn-secondary" onClick={() => onCopyYesterday(meal)}>
            Copy yesterday&apos;s {mealLabels[meal].toLowerCase()}
          </button>
        ) : null}
      </div>
    </section>
  );
}
