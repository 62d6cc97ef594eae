import { normalizeBarcode } from "@/lib/nutrition/barcode";

export type UsdaGtinResult = { ok: true; gtin: string } | { ok: false; problem: "not a retail GTIN" | "check digit wrong" };

/**
 * A branded food's gtin_upc as the foods collection stores barcodes (lib/nutrition/barcode: GTIN-13,
 * a 12-digit UPC-A gains a leading 0, GTIN-8 kept), so the scanner finds it. Codes of another length,
 * GTIN-14s for cases, and codes whose check digit is wrong (FDC has typos) give no barcode: a wrong
 * barcode would match someone else's product at the scanner. Null when there is no code at all.
 */
export function normaliseUsdaGtin(raw: string | null | undefined): UsdaGtinResult | null {
  const code = (raw ?? "").trim();
  if (code === "") return null;
  const gtin = normalizeBarcode(code);
  if (gtin !== null) return { ok: true, gtin };
  const digits = code.replace(/[\s-]+/g, "");
  const retailLength = /^\d+$/.test(digits) && ([8, 12, 13].includes(digits.length) || (digits.length === 14 && digits.startsWith("0")));
  return { ok: false, problem: retailLength ? "check digit wrong" : "not a retail GTIN" };
}
