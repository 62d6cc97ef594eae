"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import { copiedEntryId } from "@/lib/nutrition/copied-entry-id";
import { newClientId } from "@/lib/client-id";
import { mealLabels, meals, type Meal, type TAmount, type TDiaryDayView, type TDiaryEntryView, type TDiaryWeekView, type TFoodView } from "@/lib/schemas/nutrition";
import { useTRPC } from "@/lib/trpc/react";
import { AddFoodDialog } from "./add-food-dialog";
import { DayHeader } from "./day-header";
import { amountLabel, entryPreview, rescaledEntry, weekWithDay, type WaterUnit } from "./diary-display";
import { EatSyncStatus } from "./eat-sync-status";
import type { RecentFood } from "./food-search-step";
import { MealSection } from "./meal-section";
import type { QuickAddValues } from "./quick-add-form";
import { TotalsCard } from "./totals-card";
import { useDiaryWrites } from "./use-diary-writes";
import { useNewDay } from "./use-new-day";
import { WaterCard } from "./water-card";
import { WeekCard } from "./week-card";

type Props = {
  userId: string;
  timeZone: string;
  todayKey: string;
  initial: TDiaryDayView;
  /** The day before the shown one, for "Copy yesterday's …". */
  previousDay: TDiaryDayView;
  week: TDiaryWeekView;
  recent: RecentFood[];
  waterUnit: WaterUnit;
};

const TOAST_MS = 4_000;

/** A short confirmation that fades: what was logged, and how much. */
function useToast() {
  const [toast, setToast] = useState<{ text: string; at: number } | null>(null);
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast(null), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast]);
  return { toast: toast?.text ?? null, show: useCallback((text: string) => setToast({ text, at: Date.now() }), []) };
}

/** /eat: the day's diary, totals against target, water and the week, every change through the offline outbox. */
export function EatScreen({ userId, timeZone, week, recent: initialRecent, waterUnit, ...served }: Props) {
  const { todayKey, initial, previousDay } = useNewDay({ timeZone, ...served });
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const recentOptions = trpc.foods.recent.queryOptions({ limit: 20 });
  // The page's list at first (and offline), then the API's: the page's copy can be a minute stale (the
  // server caches usage per module instance), and a write's landing refreshes it.
  const recentQuery = useQuery({ ...recentOptions, initialData: initialRecent, initialDataUpdatedAt: 0, staleTime: 60_000, retry: false });
  const recentKey = recentOptions.queryKey;
  const onSent = useCallback(() => void queryClient.invalidateQueries({ queryKey: recentKey }), [queryClient, recentKey]);
  const { outbox, day, queue, pendingIds } = useDiaryWrites({ userId, initial, onSent });
  const { toast, show } = useToast();
  const [adding, setAdding] = useState<Meal | null>(null);
  const dayKey = day.dayKey;

  const logFood = (food: TFoodView, amount: TAmount, meal: Meal) => {
    const entryId = newClientId();
    const preview = entryPreview(entryId, meal, food, amount);
    if (!preview) return;
    queue("diary.logFood", { entryId, dayKey, meal, foodId: food.id, amount, preview }, entryId);
    show(`Logged ${amountLabel(preview)} ${food.name} (${preview.nutrients.energyKcal} kcal) to ${mealLabels[meal]}.`);
  };

  const quickAdd = (values: QuickAddValues, meal: Meal) => {
    const entryId = newClientId();
    const preview: TDiaryEntryView = {
      id: entryId,
      meal,
      kind: "quick",
      foodId: null,
      name: values.name || "Quick add",
      brand: "",
      grams: null,
      serving: null,
      nutrients: { energyKcal: Math.round(values.energyKcal), proteinG: values.proteinG, carbsG: values.carbsG, fatG: values.fatG, fiberG: 0 },
    };
    queue("diary.quickAdd", { entryId, dayKey, meal, ...values, preview }, entryId);
    show(`Added ${preview.nutrients.energyKcal} kcal to ${mealLabels[meal]}.`);
    setAdding(null);
  };

  const updateEntry = (entry: TDiaryEntryView, change: { meal?: Meal; amount?: TAmount }) => {
    const updated = { ...(change.amount ? rescaledEntry(entry, change.amount) : entry), meal: change.meal ?? entry.meal };
    queue("diary.updateEntry", { dayKey, entryId: entry.id, ...change, preview: updated }, entry.id);
  };

  const removeEntry = (entry: TDiaryEntryView) => {
    queue("diary.removeEntry", { dayKey, entryId: entry.id }, entry.id);
    show(`Removed ${entry.name}.`);
  };

  const yesterdayMeals = useMemo(() => new Set(previousDay.entries.map((entry) => entry.meal)), [previousDay]);
  const copyYesterday = (meal: Meal) => {
    const requestId = newClientId();
    // The server derives the copies' ids from the request id the same way, so its answer replaces these.
    const preview = previousDay.entries.filter((entry) => entry.meal === meal).map((entry, index) => ({ ...entry, id: copiedEntryId(requestId, index), meal }));
    queue("diary.copyMeal", { requestId, fromDayKey: previousDay.dayKey, fromMeal: meal, toDayKey: dayKey, toMeal: meal, preview }, requestId);
    show(`Copied ${preview.length} ${preview.length === 1 ? "item" : "items"} from yesterday's ${mealLabels[meal].toLowerCase()}.`);
  };

  const addWater = (ml: number) => {
    const waterId = newClientId();
    queue("diary.addWater", { waterId, dayKey, ml }, waterId);
  };
  const removeLastWater = () => {
    const last = day.water.at(-1);
    if (last) queue("diary.removeWater", { dayKey, waterId: last.id }, last.id);
  };

  const shownWeek = useMemo(() => weekWithDay(week, day), [week, day]);

  return (
    <div className="space-y-4">
      <DayHeader day={day} todayKey={todayKey} />
      <EatSyncStatus outbox={outbox} />
      {/* Always in the page, so screen readers announce each confirmation; the dialog has its own while open. */}
      <p role="status" className={toast && adding === null ? "rounded-xl border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" : "sr-only"}>
        {adding === null ? (toast ?? "") : ""}
      </p>
      <TotalsCard totals={day.totals} target={day.target} />
      {meals.map((meal) => (
        <MealSection
          key={meal}
          meal={meal}
          entries={day.entries.filter((entry) => entry.meal === meal)}
          pendingIds={pendingIds}
          canCopyYesterday={yesterdayMeals.has(meal)}
          onAdd={setAdding}
          onCopyYesterday={copyYesterday}
          onUpdate={updateEntry}
          onRemove={removeEntry}
        />
      ))}
      <WaterCard day={day} unit={waterUnit} onAdd={addWater} onRemoveLast={removeLastWater} />
      <WeekCard week={shownWeek} />
      {adding !== null ? (
        <AddFoodDialog
          meal={adding}
          recent={recentQuery.data ?? initialRecent}
          toast={toast}
          onLog={(food, amount, meal) => {
            logFood(food, amount, meal);
            setAdding(null);
          }}
          onRelog={logFood}
          onQuickAdd={quickAdd}
          onClose={() => setAdding(null)}
        />
      ) : null}
    </div>
  );
}
