import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  NotFoundException,
  RGBLuminanceSource,
} from "@zxing/library";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { normalizeBarcode } from "@/lib/nutrition/barcode";
import { barcodePng } from "../e2e/support-barcode";

/**
 * The scanner's fallback decoder (zxing) must read the images the end-to-end tests upload through
 * "Scan from a photo". This runs the same zxing reader, with the same EAN/UPC-only hints, in Node.
 */
function decodePng(png: Buffer): { text: string; format: BarcodeFormat } {
  const { width, height, data } = PNG.sync.read(png);
  // RGBLuminanceSource takes one luminance byte per pixel when given a Uint8ClampedArray.
  const luminance = new Uint8ClampedArray(width * height);
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    const [r, g, b] = [data[pixel * 4], data[pixel * 4 + 1], data[pixel * 4 + 2]];
    luminance[pixel] = (r * 299 + g * 587 + b * 114) / 1000;
  }
  const reader = new MultiFormatReader();
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A, BarcodeFormat.UPC_E]],
  ]);
  reader.setHints(hints);
  const result = reader.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height))));
  return { text: result.getText(), format: result.getBarcodeFormat() };
}

describe("decoding rendered barcodes with the zxing fallback", () => {
  it("reads an EAN-13 (Coca-Cola 330 ml) back digit for digit", async () => {
    const decoded = decodePng(await barcodePng("5449000000996"));
    expect(decoded).toEqual({ text: "5449000000996", format: BarcodeFormat.EAN_13 });
    expect(normalizeBarcode(decoded.text)).toBe("5449000000996");
  });

  it("reads an EAN-13 (Nutella 400 g) back digit for digit", async () => {
    const decoded = decodePng(await barcodePng("3017620422003"));
    expect(decoded).toEqual({ text: "3017620422003", format: BarcodeFormat.EAN_13 });
  });

  it("reads a UPC-A and an EAN-8, which normalise to GTIN-13 and GTIN-8", async () => {
    const upcA = decodePng(await barcodePng("036000291452"));
    expect(upcA).toEqual({ text: "036000291452", format: BarcodeFormat.UPC_A });
    expect(normalizeBarcode(upcA.text)).toBe("0036000291452");
    const ean8 = decodePng(await barcodePng("96385074"));
    expect(ean8).toEqual({ text: "96385074", format: BarcodeFormat.EAN_8 });
    expect(normalizeBarcode(ean8.text, "ean_8")).toBe("96385074");
  });

  it("finds nothing in an image without a barcode", () => {
    const blank = new PNG({ width: 200, height: 100 });
    blank.data.fill(255);
    expect(() => decodePng(PNG.sync.write(blank))).toThrow(NotFoundException);
  });
});
