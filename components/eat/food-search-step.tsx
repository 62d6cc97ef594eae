"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useEffect, useId, useRef, useState } from "react";
import type { z } from "zod";
import { useOnline } from "@/components/pwa/use-online";
import { OPEN_FOOD_FACTS_ATTRIBUTION } from "@/lib/nutrition/barcode";
import type { TAmount, TFoodView, ZRecentFoodsView } from "@/lib/schemas/nutrition";
import { useTRPC } from "@/lib/trpc/react";
import { amountLabel, entryPreview, servingKcalLabel } from "./diary-display";

export type RecentFood = z.infer<typeof ZRecentFoodsView>[number];

const DEBOUNCE_MS = 150;

/** A request that never reached the server (no answer at all), as opposed to an answer that refused it. */
const isNetworkFailure = (error: unknown) => error instanceof TypeError || (error instanceof TRPCClientError && !error.data);

function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return debounced;
}

type Props = {
  query: string;
  onQueryChange(query: string): void;
  recent: RecentFood[];
  onPick(food: TFoodView, amount: TAmount | null): void;
  /** One tap on a recent food: logged again with its last amount. */
  onRelog(food: TFoodView, amount: TAmount): void;
  onQuickAdd(): void;
};

/** The search box and what it finds; before typing (and offline) the member's recent foods. */
export function FoodSearchStep({ query, onQueryChange, recent, onPick, onRelog, onQuickAdd }: Props) {
  const id = useId();
  const trpc = useTRPC();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const online = useOnline();
  const debounced = useDebounced(query.trim());
  const search = useQuery({
    ...trpc.foods.search.queryOptions({ query: debounced, limit: 20 }, { retry: false, placeholderData: keepPreviousData }),
    enabled: debounced.length > 0 && online,
  });
  const offline = !online || (search.isError && isNetworkFailure(search.error));
  const searching = debounced.length > 0 && !offline;
  const results = searching ? (search.data ?? []) : [];

  let status = "";
  if (offline) status = "You're offline: search needs a connection. Your recent foods and Quick add still work.";
  else if (searching && search.isPending) status = "Searching…";
  else if (searching && search.isError) status = "Search didn't work just now. Try again in a moment.";
  else if (searching && results.length === 0 && !search.isFetching) status = "No foods match. Try another word, or create the food.";
  else if (searching) status = `${results.length} ${results.length === 1 ? "food" : "foods"} found`;

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={`${id}-search`} className="label">
          Search foods
        </label>
        <input
          ref={inputRef}
          data-autofocus
          id={`${id}-search`}
          type="search"
          className="input"
          autoComplete="off"
          enterKeyHint="search"
          placeholder="Banana, oats, chicken…"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </div>
      <p className={offline ? "rounded-xl border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" : "text-sm text-slate-600"} role="status">
        {status}
      </p>
      {offline ? (
        <button type="button" className="btn-secondary w-full" onClick={onQuickAdd}>
          Quick add calories
        </button>
      ) : null}
      {searching ? (
        <ul className="divide-y divide-slate-100" aria-label="Search results">
          {results.map((food) => (
            <li key={food.id}>
              <button type="button" className="flex min-h-11 w-full flex-col items-start rounded-xl px-2 py-2 text-left hover:bg-slate-100" onClick={() => onPick(food, null)}>
                <span className="font-medium text-slate-900">{food.name}</span>
                <span className="text-sm text-slate-600">
                  {[food.brand, `${food.per100g.energyKcal} kcal per 100 g`, servingKcalLabel(food)].filter(Boolean).join(" · ")}
                </span>
                {food.source === "off" ? <span className="text-xs text-slate-500">{OPEN_FOOD_FACTS_ATTRIBUTION}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <RecentList recent={recent} onPick={onPick} onRelog={onRelog} />
      )}
    </div>
  );
}

function RecentList({ recent, onPick, onRelog }: Pick<Props, "recent" | "onPick" | "onRelog">) {
  if (recent.length === 0) return <p className="text-sm text-slate-600">Foods you log show up here, ready to log again in one tap.</p>;
  return (
    <section aria-labelledby="recent-foods-title" className="space-y-1">
      <h3 id="recent-foods-title" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
        Recent foods
      </h3>
      <ul className="divide-y divide-slate-100" aria-label="Recent foods">
        {recent.map(({ food, lastAmount }) => {
          const preview = entryPreview("recent", "snacks", food, lastAmount);
          return (
            <li key={food.id} className="flex items-center gap-2">
              <button
                type="button"
                className="flex min-h-11 min-w-0 flex-1 flex-col items-start rounded-xl px-2 py-2 text-left hover:bg-slate-100"
                disabled={!preview}
                onClick={() => onRelog(food, lastAmount)}
              >
                <span className="font-medium text-slate-900">
                  <span className="sr-only">Log </span>
                  {food.name}
                </span>
                <span className="text-sm text-slate-600">{preview ? `${amountLabel(preview)} · ${preview.nutrients.energyKcal} kcal` : food.brand}</span>
              </button>
              <button type="button" className="btn-secondary shrink-0 px-3" onClick={() => onPick(food, lastAmount)}>
                Amount<span className="sr-only"> of {food.name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
