"use client";

import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { mealLabels, type Meal, type TAmount, type TFoodView } from "@/lib/schemas/nutrition";
import { messageOf, useTRPCClient } from "@/lib/trpc/react";
import { Alert } from "@/components/ui/alert";
import { useModalDialog } from "@/components/ui/use-modal-dialog";
import { AmountStep } from "./amount-step";
import { FoodForm } from "./food-form";
import { FoodSearchStep, type RecentFood } from "./food-search-step";
import { QuickAddForm, type QuickAddValues } from "./quick-add-form";

// The camera and zxing are only needed once someone scans: loaded on the first "Scan barcode".
const BarcodeScanner = dynamic(() => import("./barcode-scanner").then((module) => module.BarcodeScanner), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-600">Opening the scanner…</p>,
});

type Step =
  | { kind: "search" }
  | { kind: "amount"; food: TFoodView; amount: TAmount | null }
  | { kind: "scan" }
  | { kind: "create"; barcode: string | null }
  | { kind: "quick" };

const titles: Record<Step["kind"], string> = { search: "Add food", amount: "How much?", scan: "Scan barcode", create: "Create a food", quick: "Quick add" };

type Props = {
  meal: Meal;
  recent: RecentFood[];
  /** The latest confirmation ("Logged …"), shown inside the dialog while it is open. */
  toast: string | null;
  onLog(food: TFoodView, amount: TAmount, meal: Meal): void;
  onRelog(food: TFoodView, amount: TAmount, meal: Meal): void;
  onQuickAdd(values: QuickAddValues, meal: Meal): void;
  onClose(): void;
};

/** Search, recent foods, barcode, quick add and new foods, all in one sheet; Escape closes it. */
export function AddFoodDialog({ meal, recent, toast, onLog, onRelog, onQuickAdd, onClose }: Props) {
  const titleId = useId();
  const client = useTRPCClient();
  // Opening a modal dialog moves focus to its first button: put it back on the search box.
  const { dialogProps } = useModalDialog(onClose, () => document.querySelector<HTMLElement>("dialog [data-autofocus]")?.focus());
  const [step, setStep] = useState<Step>({ kind: "search" });
  const [query, setQuery] = useState("");
  const [lookup, setLookup] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const backToSearch = () => setStep({ kind: "search" });

  async function lookUpBarcode(gtin: string) {
    setLookup({ busy: true, error: null });
    try {
      const result = await client.foods.byBarcode.query({ code: gtin });
      setLookup({ busy: false, error: null });
      setStep(result.status === "found" ? { kind: "amount", food: result.food, amount: null } : { kind: "create", barcode: result.gtin });
    } catch (error) {
      setLookup({ busy: false, error: `Couldn't look up barcode ${gtin}: ${messageOf(error)}` });
    }
  }

  const title = step.kind === "create" && step.barcode ? "Create this food" : titles[step.kind];
  return (
    <dialog
      {...dialogProps}
      aria-labelledby={titleId}
      className="fixed inset-0 m-0 h-full max-h-none w-full max-w-none bg-transparent p-0 backdrop:bg-slate-900/50 sm:m-auto sm:h-fit sm:max-h-[90vh] sm:max-w-lg"
    >
      <div className="flex h-full flex-col bg-white text-slate-900 sm:max-h-[90vh] sm:rounded-2xl">
        <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3">
          <div>
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            <p className="text-sm text-slate-600">to {mealLabels[meal]}</p>
          </div>
          <button type="button" className="btn-secondary" onClick={onClose}>
            Close
          </button>
        </div>
        <div className="min-h-0 flex-1 space-y-3 overflow-y-auto px-4 py-3">
          <p role="status" className={toast ? "rounded-xl border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" : "sr-only"}>
            {toast ?? ""}
          </p>
          {step.kind === "search" ? (
            <>
              <div className="grid grid-cols-3 gap-2">
                <button type="button" className="btn-secondary px-2" onClick={() => setStep({ kind: "scan" })}>
                  Scan barcode
                </button>
                <button type="button" className="btn-secondary px-2" onClick={() => setStep({ kind: "quick" })}>
                  Quick add
                </button>
                <button type="button" className="btn-secondary px-2" onClick={() => setStep({ kind: "create", barcode: null })}>
                  Create a food
                </button>
              </div>
              <FoodSearchStep
                query={query}
                onQueryChange={setQuery}
                recent={recent}
                onPick={(food, amount) => setStep({ kind: "amount", food, amount })}
                onRelog={(food, amount) => onRelog(food, amount, meal)}
                onQuickAdd={() => setStep({ kind: "quick" })}
              />
            </>
          ) : null}
          {step.kind === "amount" ? <AmountStep food={step.food} initialAmount={step.amount} meal={meal} onLog={(amount, chosen) => onLog(step.food, amount, chosen)} onBack={backToSearch} /> : null}
          {step.kind === "scan" ? (
            <div className="space-y-3">
              {lookup.busy ? <p role="status" className="text-sm text-slate-700">Looking up the barcode…</p> : null}
              {lookup.error ? <Alert>{lookup.error}</Alert> : null}
              <BarcodeScanner onDetected={(gtin) => void lookUpBarcode(gtin)} onClose={backToSearch} />
            </div>
          ) : null}
          {step.kind === "create" ? (
            <FoodForm barcode={step.barcode} onCreated={(food) => setStep({ kind: "amount", food, amount: null })} onBack={backToSearch} />
          ) : null}
          {step.kind === "quick" ? <QuickAddForm meal={meal} onAdd={onQuickAdd} onBack={backToSearch} /> : null}
        </div>
      </div>
    </dialog>
  );
}
