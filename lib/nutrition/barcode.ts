/**
 * Product barcodes (GTINs) in one canonical form, so a code scanned from a UPC-A label, typed from an
 * EAN-13 one or read from a case's GTIN-14 finds the same food: GTIN-13 for everything 12–14 digits
 * long, GTIN-8 kept as it is (that is how Open Food Facts and the foods collection store them).
 */

/** The barcode symbologies a scanner reports; passing one settles the 8-digit UPC-E / EAN-8 ambiguity. */
export type BarcodeFormat = "ean_13" | "ean_8" | "upc_a" | "upc_e";

const digitsOnly = /^\d+$/;

/**
 * The GS1 mod-10 check digit for `body` (the code without its check digit): weights 3 and 1 alternate
 * starting with 3 on the rightmost digit, so the same rule serves GTIN-8, -12, -13 and -14.
 */
export function gs1CheckDigit(body: string): number {
  if (!digitsOnly.test(body)) throw new RangeError("A GTIN body is digits only");
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const fromRight = body.length - 1 - i;
    sum += Number(body[i]) * (fromRight % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** A GTIN-8, -12, -13 or -14 whose last digit is the right check digit. */
export function isValidGtin(code: string): boolean {
  if (!digitsOnly.test(code) || ![8, 12, 13, 14].includes(code.length)) return false;
  return gs1CheckDigit(code.slice(0, -1)) === Number(code[code.length - 1]);
}

/**
 * The 11-digit UPC-A body a UPC-E code stands for (number system + six compressed digits); the
 * compression drops runs of zeros from the manufacturer or product part, and the last compressed digit
 * says which.
 */
export function expandUpcE(numberSystem: string, six: string): string {
  const [d1, d2, d3, d4, d5, d6] = six;
  switch (d6) {
    case "0":
    case "1":
    case "2":
      return `${numberSystem}${d1}${d2}${d6}0000${d3}${d4}${d5}`;
    case "3":
      return `${numberSystem}${d1}${d2}${d3}00000${d4}${d5}`;
    case "4":
      return `${numberSystem}${d1}${d2}${d3}${d4}00000${d5}`;
    default:
      return `${numberSystem}${d1}${d2}${d3}${d4}${d5}0000${d6}`;
  }
}

/** An 8-digit UPC-E (number system 0 or 1) as GTIN-13, or null when its check digit is wrong. */
function upcEToGtin13(code: string): string | null {
  if (code[0] !== "0" && code[0] !== "1") return null;
  const upcABody = expandUpcE(code[0], code.slice(1, 7));
  if (gs1CheckDigit(upcABody) !== Number(code[7])) return null;
  return `0${upcABody}${code[7]}`;
}

/**
 * The canonical GTIN for what a member typed or a scanner read, or null when it is not a valid product
 * barcode. Spaces and dashes are ignored. 12 digits (UPC-A) gain a leading 0; 14 digits (GTIN-14) lose
 * one, but only when it is 0 (another first digit is a case or pallet, not something a member eats);
 * 8 digits are an EAN-8 or, starting with 0 or 1, possibly a UPC-E: `format` (from the scanner) decides,
 * and without it a valid UPC-E reading wins because UPC-E is what 8-digit retail codes starting 0/1 are
 * in practice (GS1 reserves EAN-8 prefix 0 for in-store numbers). A bare 6-digit UPC-E body carries no
 * check digit, so it cannot be verified and is refused: typing all 8 digits printed on the label works.
 */
export function normalizeBarcode(raw: string, format?: BarcodeFormat): string | null {
  const code = raw.replace(/[\s-]+/g, "");
  if (!digitsOnly.test(code)) return null;
  switch (code.length) {
    case 8: {
      if (format === "upc_e") return upcEToGtin13(code);
      if (format !== "ean_8") {
        const upcE = upcEToGtin13(code);
        if (upcE) return upcE;
      }
      return isValidGtin(code) ? code : null;
    }
    case 12:
      return isValidGtin(code) ? `0${code}` : null;
    case 13:
      return isValidGtin(code) ? code : null;
    case 14:
      return code[0] === "0" && isValidGtin(code) ? code.slice(1) : null;
    default:
      return null;
  }
}

/** What to tell a member whose typed barcode is refused, or null when it is a valid product barcode. */
export function barcodeInputError(raw: string): string | null {
  const code = raw.replace(/[\s-]+/g, "");
  if (code === "") return "Enter the number printed under the barcode";
  if (!digitsOnly.test(code)) return "A barcode number has digits only";
  if (normalizeBarcode(code)) return null;
  if (code.length === 14 && code[0] !== "0" && isValidGtin(code)) return "That is a case or pallet code: scan the barcode on a single pack";
  if ([8, 12, 13, 14].includes(code.length)) return "That barcode's last digit doesn't match — check the number";
  return "A product barcode has 8, 12 or 13 digits — check the number";
}

/**
 * Open Food Facts data is under the Open Database License, which requires this notice wherever its
 * products are shown (here because client components show it; server/nutrition/open-food-facts
 * re-exports it).
 */
export const OPEN_FOOD_FACTS_ATTRIBUTION =
  "Contains information from Open Food Facts (openfoodfacts.org), made available under the Open Database License (ODbL).";
export const OPEN_FOOD_FACTS_LICENSE_URL = "https://opendatacommons.org/licenses/odbl/1-0/";
