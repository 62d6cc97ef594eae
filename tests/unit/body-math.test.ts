import { describe, expect, it } from "vitest";
import { lengthFromCm, lengthToCm, parseSiteInput, siteLimits } from "@/components/progress/body/body-units";
import { fitWithin } from "@/components/progress/body/resize-photo";
import { rangeStartDay, sniffImageType, trailingAverage } from "@/server/body/body-math";

describe("trailingAverage", () => {
  it("averages the weigh-ins of the 7 calendar days ending each day, skipping missed days", () => {
    const result = trailingAverage([
      { dayKey: "2026-03-01", kg: 80 },
      { dayKey: "2026-03-02", kg: 82 },
      { dayKey: "2026-03-04", kg: 81 },
      { dayKey: "2026-03-07", kg: 79 },
      { dayKey: "2026-03-08", kg: 78 }, // 03-01 leaves the window (7 days before)
      { dayKey: "2026-03-20", kg: 76 }, // after a gap only itself
    ]);
    expect(result).toEqual([
      { dayKey: "2026-03-01", kg: 80, avg7Kg: 80 },
      { dayKey: "2026-03-02", kg: 82, avg7Kg: 81 },
      { dayKey: "2026-03-04", kg: 81, avg7Kg: 81 },
      { dayKey: "2026-03-07", kg: 79, avg7Kg: 80.5 },
      { dayKey: "2026-03-08", kg: 78, avg7Kg: 80 }, // (82 + 81 + 79 + 78) / 4
      { dayKey: "2026-03-20", kg: 76, avg7Kg: 76 },
    ]);
  });

  it("sorts its input, keeps the last reading of a day, and rounds to 0.01 kg", () => {
    expect(
      trailingAverage([
        { dayKey: "2026-03-03", kg: 70 },
        { dayKey: "2026-03-01", kg: 71 },
        { dayKey: "2026-03-01", kg: 72 },
        { dayKey: "2026-03-02", kg: 70 },
      ]),
    ).toEqual([
      { dayKey: "2026-03-01", kg: 72, avg7Kg: 72 },
      { dayKey: "2026-03-02", kg: 70, avg7Kg: 71 },
      { dayKey: "2026-03-03", kg: 70, avg7Kg: 70.67 },
    ]);
    expect(trailingAverage([])).toEqual([]);
  });

  it("crosses month and year ends by calendar days", () => {
    const result = trailingAverage([
      { dayKey: "2025-12-26", kg: 90 },
      { dayKey: "2026-01-01", kg: 88 }, // 6 days later: still in the window
      { dayKey: "2026-01-02", kg: 86 }, // 7 days after 12-26: out
    ]);
    expect(result.map((row) => row.avg7Kg)).toEqual([90, 89, 87]);
  });
});

describe("rangeStartDay", () => {
  it("counts the range's days ending today, inclusive", () => {
    expect(rangeStartDay("4w", "2026-03-28", null)).toBe("2026-03-01");
    expect(rangeStartDay("12w", "2026-03-28", "2020-01-01")).toBe("2026-01-04");
    expect(rangeStartDay("1y", "2026-12-31", null)).toBe("2026-01-01");
  });
  it('starts "all" at the first record, or today without one (never in the future)', () => {
    expect(rangeStartDay("all", "2026-03-28", "2023-05-02")).toBe("2023-05-02");
    expect(rangeStartDay("all", "2026-03-28", null)).toBe("2026-03-28");
    expect(rangeStartDay("all", "2026-03-28", "2026-04-02")).toBe("2026-03-28");
  });
});

describe("sniffImageType", () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  it("names JPEG, PNG and WebP by their first bytes", () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("image/jpeg");
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toBe("image/png");
    expect(sniffImageType(Uint8Array.from(Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x24, 0, 0, 0]), Buffer.from("WEBPVP8 ")])))).toBe("image/webp");
  });
  it("refuses anything else, including truncated signatures and RIFF that is not WebP", () => {
    expect(sniffImageType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(sniffImageType(Uint8Array.from(Buffer.from("RIFF\x24\0\0\0WAVEfmt ", "latin1")))).toBeNull();
    expect(sniffImageType(Uint8Array.from(Buffer.from("GIF89a")))).toBeNull();
    expect(sniffImageType(Uint8Array.from(Buffer.from("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")))).toBeNull();
    expect(sniffImageType(new Uint8Array(0))).toBeNull();
  });
});

describe("length units", () => {
  it("converts between cm and inches to 0.1", () => {
    expect(lengthFromCm(81.3, "cm")).toBe(81.3);
    expect(lengthFromCm(81.3, "in")).toBe(32);
    expect(lengthFromCm(2.54 * 13.5, "in")).toBe(13.5);
    expect(lengthToCm(32, "in")).toBe(81.3);
    expect(lengthToCm(13.5, "in")).toBe(34.3);
    expect(lengthToCm(80.25, "cm")).toBe(80.3);
  });

  it("gives each site's limits in the member's unit, rounded inwards", () => {
    expect(siteLimits("waist", "cm")).toEqual({ min: 40, max: 250 });
    expect(siteLimits("waist", "in")).toEqual({ min: 15.8, max: 98.4 });
    expect(siteLimits("neck", "in")).toEqual({ min: 7.9, max: 31.4 });
  });

  it("parses typed lengths into cm, with messages for bad ones", () => {
    expect(parseSiteInput("waist", "", "cm", "Waist")).toBeNull();
    expect(parseSiteInput("waist", " 81,5 ", "cm", "Waist")).toEqual({ cm: 81.5 });
    expect(parseSiteInput("waist", "32", "in", "Waist")).toEqual({ cm: 81.3 });
    expect(parseSiteInput("waist", "abc", "cm", "Waist")).toEqual({ error: "Enter the waist as a number" });
    expect(parseSiteInput("waist", "-3", "cm", "Waist")).toEqual({ error: "Enter the waist as a number" });
    expect(parseSiteInput("waist", "12", "cm", "Waist")).toEqual({ error: "Waist: enter 40–250 cm" });
    expect(parseSiteInput("neck", "40", "in", "Neck")).toEqual({ error: "Neck: enter 7.9–31.4 in" });
    // The lowest inch value accepted still lands inside the server's cm bounds.
    expect(parseSiteInput("waist", "15.8", "in", "Waist")).toEqual({ cm: 40.1 });
  });
});

describe("fitWithin", () => {
  it("scales the longer side down to 1280 px, keeping the aspect ratio, and never enlarges", () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 960, height: 1280 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(10_000, 3)).toEqual({ width: 1280, height: 1 });
    expect(fitWithin(0, 600)).toEqual({ width: 0, height: 0 });
  });
});
