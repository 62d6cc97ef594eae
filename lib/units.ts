/**
 * Unit conversions. The database stores kilograms and centimetres; people see and type their own units.
 * Exact factors (international avoirdupois pound and inch).
 */
export const KG_PER_LB = 0.45359237;
export const CM_PER_INCH = 2.54;
const INCHES_PER_FOOT = 12;

export type WeightUnit = "kg" | "lb";
export type HeightUnit = "cm" | "ft_in";

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function kgToLb(kg: number): number {
  return kg / KG_PER_LB;
}

export function lbToKg(lb: number): number {
  return lb * KG_PER_LB;
}

/** A weight in the member's unit, rounded for display (one decimal). */
export function weightFromKg(kg: number, unit: WeightUnit): number {
  return round(unit === "kg" ? kg : kgToLb(kg), 1);
}

/** A weight typed in the member's unit, as kilograms kept to 0.01 kg. */
export function weightToKg(value: number, unit: WeightUnit): number {
  return round(unit === "kg" ? value : lbToKg(value), 2);
}

export function cmToFeetInches(cm: number): { feet: number; inches: number } {
  const totalInches = round(cm / CM_PER_INCH, 1);
  let feet = Math.floor(totalInches / INCHES_PER_FOOT);
  let inches = round(totalInches - feet * INCHES_PER_FOOT, 1);
  if (inches >= INCHES_PER_FOOT) {
    feet += 1;
    inches = round(inches - INCHES_PER_FOOT, 1);
  }
  return { feet, inches };
}

export function feetInchesToCm(feet: number, inches: number): number {
  return round((feet * INCHES_PER_FOOT + inches) * CM_PER_INCH, 1);
}

export function formatWeight(kg: number, unit: WeightUnit): string {
  return `${weightFromKg(kg, unit)} ${unit}`;
}

export function formatHeight(cm: number, unit: HeightUnit): string {
  if (unit === "cm") return `${round(cm, 1)} cm`;
  const { feet, inches } = cmToFeetInches(cm);
  return `${feet} ft ${inches} in`;
}

/**
 * A stored weight as the member typed it, for an input field: one decimal unless the value really has
 * two (11.25 kg dumbbells), ignoring the 0.01 kg storage rounding (135 lb is stored as 61.23 kg,
 * which reads back as 134.99 lb).
 */
export function weightForInput(kg: number, unit: WeightUnit): number {
  const value = unit === "kg" ? kg : kgToLb(kg);
  const oneDecimal = round(value, 1);
  const storageNoise = unit === "kg" ? 0.001 : 0.011;
  return Math.abs(value - oneDecimal) <= storageNoise ? oneDecimal : round(value, 2);
}
