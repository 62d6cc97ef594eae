import { describe, expect, it } from "vitest";
import { barcodeInputError, expandUpcE, gs1CheckDigit, isValidGtin, normalizeBarcode } from "@/lib/nutrition/barcode";

describe("gs1CheckDigit", () => {
  it("computes the mod-10 check digit with weights 3,1 from the right", () => {
    // 544900000099: from the right 9·3 + 9·1 + 0·3 … + 4·1 + 5·3 → sum 74 → check 6.
    expect(gs1CheckDigit("544900000099")).toBe(6);
    expect(gs1CheckDigit("301762042200")).toBe(3); // Nutella 400 g
    expect(gs1CheckDigit("03600029145")).toBe(2); // UPC-A
    expect(gs1CheckDigit("9638507")).toBe(4); // EAN-8
    // A sum that is already a multiple of 10 gives 0, not 10.
    expect(gs1CheckDigit("0000000")).toBe(0);
  });

  it("refuses anything but digits", () => {
    expect(() => gs1CheckDigit("12a4")).toThrow(RangeError);
  });
});

describe("isValidGtin", () => {
  it("accepts real codes of every length", () => {
    expect(isValidGtin("5449000000996")).toBe(true);
    expect(isValidGtin("3017620422003")).toBe(true);
    expect(isValidGtin("036000291452")).toBe(true);
    expect(isValidGtin("96385074")).toBe(true);
    expect(isValidGtin("05449000000996")).toBe(true);
  });

  it("rejects a wrong check digit, other lengths and non-digits", () => {
    expect(isValidGtin("5449000000997")).toBe(false);
    expect(isValidGtin("3017620422004")).toBe(false);
    expect(isValidGtin("036000291453")).toBe(false);
    expect(isValidGtin("96385075")).toBe(false);
    expect(isValidGtin("123456789")).toBe(false);
    expect(isValidGtin("544900000099x")).toBe(false);
    expect(isValidGtin("")).toBe(false);
  });
});

describe("expandUpcE", () => {
  it("puts the zeros back where the last compressed digit says", () => {
    expect(expandUpcE("0", "425261")).toBe("04210000526"); // 0–2: manufacturer ends in the digit + 00
    expect(expandUpcE("0", "123453")).toBe("01230000045"); // 3: manufacturer ends in 00
    expect(expandUpcE("0", "123454")).toBe("01234000005"); // 4: manufacturer ends in 0
    expect(expandUpcE("0", "123456")).toBe("01234500006"); // 5–9: product is 0000d6
    expect(expandUpcE("1", "987659")).toBe("19876500009");
  });
});

describe("normalizeBarcode", () => {
  it("keeps a valid EAN-13 as it is", () => {
    expect(normalizeBarcode("5449000000996")).toBe("5449000000996"); // Coca-Cola 330 ml
    expect(normalizeBarcode("3017620422003")).toBe("3017620422003"); // Nutella
  });

  it("pads a UPC-A to GTIN-13 with a leading zero", () => {
    expect(normalizeBarcode("036000291452")).toBe("0036000291452");
    expect(normalizeBarcode("036000291452", "upc_a")).toBe("0036000291452");
  });

  it("keeps an EAN-8 as eight digits", () => {
    expect(normalizeBarcode("96385074")).toBe("96385074");
    expect(normalizeBarcode("96385074", "ean_8")).toBe("96385074");
  });

  it("drops the leading zero of a GTIN-14 but refuses a case or pallet indicator", () => {
    expect(normalizeBarcode("05449000000996")).toBe("5449000000996");
    // 15449000000993 has a valid check digit (indicator 1 = a case) but is not a consumer unit.
    expect(isValidGtin("15449000000993")).toBe(true);
    expect(normalizeBarcode("15449000000993")).toBeNull();
  });

  it("expands a UPC-E to its UPC-A as GTIN-13", () => {
    // 0 425261 4 ↔ UPC-A 042100005264 (the textbook pair).
    expect(normalizeBarcode("04252614")).toBe("0042100005264");
    expect(normalizeBarcode("04252614", "upc_e")).toBe("0042100005264");
    // 0 123456 5 ↔ 012345000065.
    expect(normalizeBarcode("01234565")).toBe("0012345000065");
  });

  it("refuses a UPC-E whose check digit does not match its expansion", () => {
    // As UPC-E, 04252615 expands to 04210000526 whose check digit is 4, not 5; as EAN-8, 0425261
    // sums to 1·3 + 6 + 2·3 + 5 + 2·3 + 4 + 0 = 30, so its check digit is 0: neither reading holds.
    expect(gs1CheckDigit("0425261")).toBe(0);
    expect(normalizeBarcode("04252615")).toBeNull();
    expect(normalizeBarcode("04252615", "upc_e")).toBeNull();
    // 04252610 is a valid EAN-8 but no valid UPC-E: it stays an EAN-8 unless the scanner says UPC-E.
    expect(normalizeBarcode("04252610")).toBe("04252610");
    expect(normalizeBarcode("04252610", "upc_e")).toBeNull();
  });

  it("lets the scanner's format settle an 8-digit code that reads both ways", () => {
    // 01234565: the EAN-8 check of 0123456 is 5 as well, so without a format UPC-E wins.
    expect(normalizeBarcode("01234565")).toBe("0012345000065");
    expect(normalizeBarcode("01234565", "ean_8")).toBe("01234565");
    expect(normalizeBarcode("01234565", "upc_e")).toBe("0012345000065");
  });

  it("strips spaces and dashes", () => {
    expect(normalizeBarcode(" 5 449000 000996 ")).toBe("5449000000996");
    expect(normalizeBarcode("0-36000-29145-2")).toBe("0036000291452");
  });

  it("returns null for wrong check digits, other lengths and other characters", () => {
    expect(normalizeBarcode("5449000000997")).toBeNull();
    expect(normalizeBarcode("3017620422004")).toBeNull();
    expect(normalizeBarcode("036000291453")).toBeNull();
    expect(normalizeBarcode("96385075")).toBeNull();
    expect(normalizeBarcode("425261")).toBeNull(); // a bare UPC-E body has no check digit to verify
    expect(normalizeBarcode("1234567890")).toBeNull();
    expect(normalizeBarcode("544900000099O")).toBeNull();
    expect(normalizeBarcode("5449.000000996")).toBeNull();
    expect(normalizeBarcode("")).toBeNull();
  });
});

describe("barcodeInputError", () => {
  it("accepts what normalizeBarcode accepts", () => {
    expect(barcodeInputError("5449000000996")).toBeNull();
    expect(barcodeInputError("0 36000 29145 2")).toBeNull();
    expect(barcodeInputError("96385074")).toBeNull();
  });

  it("says which part is wrong", () => {
    expect(barcodeInputError("5449000000997")).toBe("That barcode's last digit doesn't match — check the number");
    expect(barcodeInputError("036000291453")).toBe("That barcode's last digit doesn't match — check the number");
    expect(barcodeInputError("15449000000993")).toBe("That is a case or pallet code: scan the barcode on a single pack");
    expect(gs1CheckDigit("5449000")).toBe(0);
    expect(barcodeInputError("54490001")).toBe("That barcode's last digit doesn't match — check the number");
    expect(barcodeInputError("544900")).toBe("A product barcode has 8, 12 or 13 digits — check the number");
    expect(barcodeInputError("5449O00000996")).toBe("A barcode number has digits only");
    expect(barcodeInputError("  ")).toBe("Enter the number printed under the barcode");
  });
});
