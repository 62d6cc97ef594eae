"use client";

import { useMutation } from "@tanstack/react-query";
import type { TFoodView } from "@/lib/schemas/nutrition";
import { CustomFoodForm } from "@/components/eat/foods/custom-food-form";
import { Alert } from "@/components/ui/alert";
import { useTRPC } from "@/lib/trpc/react";

type Props = {
  /** A scanned barcode the new food will carry (found nowhere yet). */
  barcode: string | null;
  onCreated(food: TFoodView): void;
  onBack(): void;
};

/** "Create this food" in the add-food dialog: the same label form as My foods, then straight to logging it. */
export function FoodForm({ barcode, onCreated, onBack }: Props) {
  const trpc = useTRPC();
  const create = useMutation(trpc.foods.createCustom.mutationOptions());
  return (
    <div className="space-y-3">
      {barcode ? (
        <Alert tone="info">
          Barcode {barcode} is not in our foods yet. Add it from the label once and it will be found next time.
        </Alert>
      ) : null}
      <CustomFoodForm
        food={null}
        initialBarcode={barcode}
        focusName
        canShare={false}
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) => create.mutate(input, { onSuccess: onCreated })}
        onCancel={onBack}
      />
    </div>
  );
}
