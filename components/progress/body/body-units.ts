import { bodySiteLimitsCm, type BodySite, type LengthUnit } from "@/lib/schemas/body";
import { CM_PER_INCH } from "@/lib/units";

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A stored length (cm) in the member's unit, to 0.1. */
export function lengthFromCm(cm: number, unit: LengthUnit): number {
  return round1(unit === "cm" ? cm : cm / CM_PER_INCH);
}

/** A length typed in the member's unit, as centimetres kept to 0.1 cm (what the server stores). */
export function lengthToCm(value: number, unit: LengthUnit): number {
  return round1(unit === "cm" ? value : value * CM_PER_INCH);
}

export function formatLength(cm: number, unit: LengthUnit): string {
  return `${lengthFromCm(cm, unit)} ${unit}`;
}

/** A site's accepted range in the member's unit, for the form's messages (inclusive, rounded inwards). */
export function siteLimits(site: BodySite, unit: LengthUnit): { min: number; max: number } {
  const { min, max } = bodySiteLimitsCm[site];
  if (unit === "cm") return { min, max };
  return { min: Math.ceil((min / CM_PER_INCH) * 10) / 10, max: Math.floor((max / CM_PER_INCH) * 10) / 10 };
}

/**
 * Parses one typed length ("81,5" as well as "81.5"): null when left empty, an error message when it is
 * not a number or outside the site's range, else the value in cm.
 */
export function parseSiteInput(site: BodySite, text: string, unit: LengthUnit, label: string): { cm: number } | { error: string } | null {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || !/^\d+(\.\d+)?$/.test(trimmed)) return { error: `Enter the ${label.toLowerCase()} as a number` };
  const limits = siteLimits(site, unit);
  if (value < limits.min || value > limits.max) return { error: `${label}: enter ${limits.min}–${limits.max} ${unit}` };
  const cm = lengthToCm(value, unit);
  const cmLimits = bodySiteLimitsCm[site];
  return { cm: Math.min(cmLimits.max, Math.max(cmLimits.min, cm)) };
}
