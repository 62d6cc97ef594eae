/** One household measure as FDC gives it (food_portion.csv joined with measure_unit.csv, or JSON foodPortions). */
export type FdcPortion = {
  amount: number | null;
  /** measure_unit name: "cup", "tablespoon"… "undetermined" for SR Legacy and Survey portions. */
  unitName: string | null;
  modifier: string | null;
  portionDescription: string | null;
  gramWeight: number | null;
  /** FDC's display order when given. */
  sequence?: number | null;
};

export type Serving = { label: string; grams: number };

export const MAX_SERVINGS = 5;

/**
 * Units that are not something a person measures food with: cooking-yield weights that pair a raw and
 * a cooked sample ("paired raw w", "orig ckd g"), drippings. "undetermined" is FDC's filler unit for
 * SR Legacy (the measure is then in `modifier`, "cup, chopped") and Survey foods (in `portionDescription`, "1 cup").
 */
const notHouseholdUnits = new Set(["paired cooked w", "paired raw w", "dripping w", "orig ckd g", "orig rw g"]);
const UNDETERMINED = "undetermined";

const clean = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/** 1 → "1", 0.5 → "0.5", 0.333333 → "0.33": no trailing zeros. */
function formatAmount(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

/** "1 cup, chopped", "2 tablespoon", "1 cup" (Survey), or null for a portion that says nothing usable. */
export function portionLabel(portion: FdcPortion): string | null {
  const unit = clean(portion.unitName).toLowerCase();
  if (notHouseholdUnits.has(unit)) return null;
  const modifier = clean(portion.modifier);
  const description = clean(portion.portionDescription);
  const amount = portion.amount !== null && Number.isFinite(portion.amount) && portion.amount > 0 ? formatAmount(portion.amount) : null;
  if (unit !== "" && unit !== UNDETERMINED) {
    const detail = modifier || description;
    return `${amount ?? "1"} ${clean(portion.unitName)}${detail ? `, ${detail}` : ""}`;
  }
  // SR Legacy: the measure is the modifier ("cup, chopped") counted by amount.
  if (modifier !== "") return amount ? `${amount} ${modifier}` : modifier;
  // Survey (FNDDS): the description holds the whole measure ("1 cup", "1 slice"); its "Quantity not
  // specified" is FNDDS's default weight for an unknown amount, not a measure anyone would pick.
  if (description !== "" && description.toLowerCase() !== "quantity not specified") return description;
  return null;
}

/**
 * A food's FDC portions as servings: labelled, in FDC's order, with a usable gram weight, duplicates
 * (same label, case aside) dropped, at most five so the serving picker stays short.
 */
export function portionsToServings(portions: readonly FdcPortion[]): Serving[] {
  const ordered = portions
    .map((portion, index) => ({ portion, index }))
    .sort((a, b) => (a.portion.sequence ?? Number.MAX_SAFE_INTEGER) - (b.portion.sequence ?? Number.MAX_SAFE_INTEGER) || a.index - b.index);
  const servings: Serving[] = [];
  const seen = new Set<string>();
  for (const { portion } of ordered) {
    if (servings.length === MAX_SERVINGS) break;
    const grams = portion.gramWeight;
    if (grams === null || !Number.isFinite(grams) || grams <= 0) continue;
    const label = portionLabel(portion);
    if (label === null || seen.has(label.toLowerCase())) continue;
    seen.add(label.toLowerCase());
    servings.push({ label, grams: Math.round(grams * 10) / 10 });
  }
  return servings;
}
