"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import type { TFoodView } from "@/lib/schemas/nutrition";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { CustomFoodForm } from "./custom-food-form";
import { FoodRow } from "./food-row";
import { RecipeForm } from "./recipe-form";

type Open = { kind: "food" | "recipe"; food: TFoodView | null } | { kind: "archive"; food: TFoodView } | null;

/**
 * Custom foods and recipes: the member's own and their trainer's shared ones (/eat/foods), or a
 * trainer's library, shared with their clients by default (/trainer/foods).
 */
export function FoodsScreen({ initial, audience }: { initial: TFoodView[]; audience: "member" | "trainer" }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const foods = useQuery({ ...trpc.foods.mine.queryOptions(), initialData: initial });
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const finish = async (message: string) => {
    setOpen(null);
    setDone(message);
    await queryClient.invalidateQueries({ queryKey: trpc.foods.mine.queryKey() });
  };
  const createFood = useMutation(trpc.foods.createCustom.mutationOptions({ onSuccess: (food) => finish(`“${food.name}” saved.`) }));
  const updateFood = useMutation(trpc.foods.updateCustom.mutationOptions({ onSuccess: (food) => finish(`“${food.name}” saved.`) }));
  const createRecipe = useMutation(trpc.foods.createRecipe.mutationOptions({ onSuccess: (food) => finish(`Recipe “${food.name}” saved.`) }));
  const updateRecipe = useMutation(trpc.foods.updateRecipe.mutationOptions({ onSuccess: (food) => finish(`Recipe “${food.name}” saved.`) }));
  const archive = useMutation(trpc.foods.archive.mutationOptions());
  const show = (next: Open) => {
    for (const mutation of [createFood, updateFood, createRecipe, updateRecipe, archive]) mutation.reset();
    setDone(null);
    setOpen(next);
  };

  const list = foods.data ?? [];
  const groups = [
    { id: "custom-foods", title: audience === "trainer" ? "Your foods" : "Custom foods", items: list.filter((food) => food.kind === "food"), empty: "No custom foods yet: add one from a label." },
    { id: "recipes", title: "Recipes", items: list.filter((food) => food.kind === "recipe"), empty: "No recipes yet." },
  ];
  const canShare = audience === "trainer";
  const editing = open && open.kind !== "archive" ? open : null;

  return (
    <div className="space-y-5">
      <div>
        {audience === "member" ? (
          <p className="text-sm">
            <Link href="/eat" className="text-brand-700 underline-offset-2 hover:underline">
              ← Eat
            </Link>
          </p>
        ) : null}
        <h1 className="mt-1 text-2xl font-bold">{audience === "trainer" ? "Foods" : "My foods"}</h1>
        {audience === "trainer" ? <p className="text-slate-600">Foods and recipes you share appear in your clients&apos; food search.</p> : null}
      </div>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {foods.isError ? <Alert>{messageOf(foods.error)}</Alert> : null}

      {editing ? (
        <section className="card space-y-3" aria-labelledby="food-editor-heading">
          <h2 id="food-editor-heading" className="text-lg font-semibold">
            {editing.food ? `Edit ${editing.food.name}` : editing.kind === "food" ? "New food" : "New recipe"}
          </h2>
          {editing.kind === "food" ? (
            <CustomFoodForm
              food={editing.food}
              canShare={canShare}
              pending={createFood.isPending || updateFood.isPending}
              error={createFood.error ?? updateFood.error}
              onSubmit={(input) => (editing.food ? updateFood.mutate({ foodId: editing.food.id, food: input }) : createFood.mutate(input))}
              onCancel={() => show(null)}
            />
          ) : (
            <RecipeForm
              recipe={editing.food}
              canShare={canShare}
              pending={createRecipe.isPending || updateRecipe.isPending}
              error={createRecipe.error ?? updateRecipe.error}
              onSubmit={(input) => (editing.food ? updateRecipe.mutate({ foodId: editing.food.id, recipe: input }) : createRecipe.mutate(input))}
              onCancel={() => show(null)}
            />
          )}
        </section>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-primary" onClick={() => show({ kind: "food", food: null })}>
            New food
          </button>
          <button type="button" className="btn-secondary" onClick={() => show({ kind: "recipe", food: null })}>
            New recipe
          </button>
        </div>
      )}

      {groups.map((group) => (
        <section key={group.id} className="space-y-2" aria-labelledby={`${group.id}-heading`}>
          <h2 id={`${group.id}-heading`} className="text-sm font-semibold uppercase tracking-wide text-slate-600">
            {group.title}
          </h2>
          {group.items.length === 0 ? <p className="text-sm text-slate-600">{group.empty}</p> : null}
          <ul className="space-y-2" aria-label={group.title}>
            {group.items.map((food) => (
              <li key={food.id} className="card space-y-2 p-4">
                <FoodRow food={food} audience={audience} onEdit={() => show({ kind: food.kind, food })} onArchive={() => show({ kind: "archive", food })} />
                {open?.kind === "archive" && open.food.id === food.id ? (
                  <ConfirmPanel
                    label={`Archive ${food.name}`}
                    error={archive.error}
                    pending={archive.isPending}
                    confirm={["Archive", "Archiving…"]}
                    onConfirm={() => archive.mutate({ foodId: food.id }, { onSuccess: () => finish(`“${food.name}” archived.`) })}
                    onCancel={() => show(null)}
                  >
                    Archive “{food.name}”? It leaves search and your lists; diary entries that used it stay as logged.
                  </ConfirmPanel>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
