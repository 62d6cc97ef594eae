import { describe, expect, it } from "vitest";
import { editDistance, foodSearchText, normalizeSearchText, rankFoods, type FoodUsage, type SearchCandidate } from "@/lib/nutrition/food-search";

const food = (id: string, name: string, brand?: string): SearchCandidate => ({ id, name, searchText: foodSearchText({ name, brand }) });

const foods: SearchCandidate[] = [
  food("banana", "Banana, raw"),
  food("banana-bread", "Banana bread"),
  food("bread-white", "Bread, white"),
  food("chicken-breast", "Chicken breast, roasted, skinless"),
  food("chicken-thigh", "Chicken thigh, roasted, skinless"),
  food("chickpeas", "Chickpeas, boiled"),
  food("broccoli", "Broccoli, boiled"),
  food("yogurt", "Yogurt, plain, whole milk"),
  food("greek-yogurt", "Greek yogurt, plain, nonfat"),
  food("egg", "Egg, whole, raw"),
  food("creme-fraiche", "Crème fraîche"),
  food("cream", "Cream, heavy whipping"),
  food("oats", "Oats, rolled, dry"),
  food("strawberries", "Strawberries, raw"),
  food("protein-bar", "Protein bar, chocolate", "Quokka Foods"),
];
const none = new Map<string, FoodUsage>();
const ids = (query: string, usage: ReadonlyMap<string, FoodUsage> = none, limit?: number) => rankFoods(query, foods, usage, limit).map((candidate) => candidate.id);

describe("normalizeSearchText", () => {
  it("lower-cases, strips accents and punctuation and collapses spaces", () => {
    expect(normalizeSearchText("Crème Fraîche — 30%!")).toBe("creme fraiche 30");
    expect(normalizeSearchText("  Jalapeño,   PEPPER (raw) ")).toBe("jalapeno pepper raw");
    expect(normalizeSearchText("Caffè latte")).toBe("caffe latte");
    expect(normalizeSearchText("...")).toBe("");
  });

  it("builds a food's search text from its name and brand", () => {
    expect(foodSearchText({ name: "Protein bar, chocolate", brand: "Quokka Foods" })).toBe("protein bar chocolate quokka foods");
    expect(foodSearchText({ name: "Oats, rolled", brand: null })).toBe("oats rolled");
    expect(foodSearchText({ name: "Oats, rolled" })).toBe("oats rolled");
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swapped neighbours", () => {
    expect(editDistance("chiken", "chicken", 2)).toBe(1);
    expect(editDistance("yoghurt", "yogurt", 2)).toBe(1);
    expect(editDistance("teh", "the", 2)).toBe(1); // one swap, not two substitutions
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("same", "same", 1)).toBe(0);
  });

  it("stops at max + 1 once the words are further apart", () => {
    expect(editDistance("abcdef", "uvwxyz", 1)).toBe(2);
    expect(editDistance("ab", "abcdef", 2)).toBe(3);
  });
});

describe("rankFoods", () => {
  it("tolerates typos in longer words", () => {
    expect(ids("chiken brest")[0]).toBe("chicken-breast");
    expect(ids("brocoli")).toEqual(["broccoli"]);
    expect(ids("strawbery")).toEqual(["strawberries"]);
    expect(ids("protien")).toEqual(["protein-bar"]);
  });

  it("treats yoghurt and yogurt alike", () => {
    expect(ids("yoghurt")).toEqual(["yogurt", "greek-yogurt"]);
    expect(ids("yogurt")).toEqual(["yogurt", "greek-yogurt"]);
  });

  it("allows no typo in words of three letters or fewer", () => {
    expect(ids("egs")).toEqual([]);
    expect(ids("oaf")).toEqual([]);
  });

  it("matches what has been typed so far", () => {
    expect(ids("banan")[0]).toBe("banana");
    expect(ids("chick").sort()).toEqual(["chicken-breast", "chicken-thigh", "chickpeas"]);
    expect(ids("chicken br")).toEqual(["chicken-breast"]);
  });

  it("matches plurals and singulars", () => {
    expect(ids("eggs")).toEqual(["egg"]);
    expect(ids("strawberry")).toEqual(["strawberries"]);
    expect(ids("oat")).toEqual(["oats"]);
    // Eight letters allow two edits, so "chicken" matches too ("chickpea" minus p, a → n), but lower.
    expect(ids("chickpea")[0]).toBe("chickpeas");
    expect(ids("tomatoes", none)).toEqual([]);
    expect(rankFoods("tomatoes", [food("tomato", "Tomato, red, raw")], none).map((c) => c.id)).toEqual(["tomato"]);
  });

  it("ignores accents in names and queries", () => {
    expect(ids("creme fraiche")).toEqual(["creme-fraiche"]);
    expect(ids("Crème")[0]).toBe("creme-fraiche");
  });

  it("finds foods by brand", () => {
    expect(ids("quokka")).toEqual(["protein-bar"]);
  });

  it("needs every word to match, except small joining words", () => {
    expect(ids("chicken thigh")).toEqual(["chicken-thigh"]);
    expect(ids("breast of chicken")).toEqual(["chicken-breast"]);
    expect(ids("banana with walnuts")).toEqual([]);
  });

  it("ranks the generic food before specific ones", () => {
    expect(ids("banana")).toEqual(["banana", "banana-bread"]);
    expect(ids("bread")).toEqual(["bread-white", "banana-bread"]);
    expect(ids("yogurt")[0]).toBe("yogurt");
  });

  it("ranks an exact word above a prefix and a prefix above a typo", () => {
    const milks = [food("typo", "Mild cheddar"), food("prefix", "Milkshake, vanilla"), food("exact", "Milk, whole")];
    // milk = milk (exact), milk… (prefix of milkshake), mild (one substitution).
    expect(rankFoods("milk", milks, none).map((c) => c.id)).toEqual(["exact", "prefix", "typo"]);
    // "cream" is two edits from "creme": too many for five letters.
    expect(ids("cream")).toEqual(["cream"]);
  });

  it("does not guess at typos in a short prefix", () => {
    expect(ids("bread")).not.toContain("chicken-breast");
    expect(ids("brocol")).toEqual(["broccoli"]);
  });

  it("puts the member's foods first among those that match", () => {
    // Unused, the shorter name wins; logged once, the breast moves ahead.
    expect(ids("chicken").slice(0, 2)).toEqual(["chicken-thigh", "chicken-breast"]);
    const breastLogged = new Map([["chicken-breast", { count: 1, daysAgo: 3 }]]);
    expect(ids("chicken", breastLogged).slice(0, 2)).toEqual(["chicken-breast", "chicken-thigh"]);
    // A food the member logs never shows up for a query it does not match.
    expect(ids("chicken", new Map([["banana", { count: 50, daysAgo: 0 }]]))).not.toContain("banana");
  });

  it("ranks frequent before occasional, and recent before long ago", () => {
    const frequent = new Map([
      ["chicken-breast", { count: 1, daysAgo: 2 }],
      ["chicken-thigh", { count: 12, daysAgo: 2 }],
    ]);
    expect(ids("chicken", frequent).slice(0, 2)).toEqual(["chicken-thigh", "chicken-breast"]);
    const recent = new Map([
      ["chicken-breast", { count: 2, daysAgo: 45 }],
      ["chicken-thigh", { count: 2, daysAgo: 0 }],
    ]);
    expect(ids("chicken", recent).slice(0, 2)).toEqual(["chicken-thigh", "chicken-breast"]);
  });

  it("lists the member's own foods by use for an empty query", () => {
    const usage = new Map([
      ["oats", { count: 20, daysAgo: 0 }],
      ["banana", { count: 2, daysAgo: 30 }],
      ["egg", { count: 6, daysAgo: 1 }],
      ["unknown-food", { count: 99, daysAgo: 0 }],
    ]);
    expect(ids("", usage)).toEqual(["oats", "egg", "banana"]);
    expect(ids("   ", usage, 2)).toEqual(["oats", "egg"]);
    expect(ids("", none)).toEqual([]);
  });

  it("returns nothing when nothing matches", () => {
    expect(ids("zzzzzz")).toEqual([]);
    expect(ids("pizza")).toEqual([]);
  });

  it("returns at most `limit` results", () => {
    expect(ids("r").length).toBeGreaterThan(2);
    expect(ids("r", none, 2)).toHaveLength(2);
    expect(ids("banana", none, 0)).toEqual([]);
    const many = Array.from({ length: 60 }, (_, i) => food(`rice-${i}`, `Rice, variety ${i}`));
    expect(rankFoods("rice", many, none)).toHaveLength(25);
  });

  it("finds the right food among 10,000 candidates", () => {
    const words = ["apple", "bean", "carrot", "dumpling", "endive", "fennel", "garlic", "hazelnut", "iceberg", "jelly"];
    const crowd = Array.from({ length: 10_000 }, (_, i) => food(`f${i}`, `${words[i % 10]} ${words[(i * 7) % 10]} mix ${i}`));
    const target = food("target", "Chicken breast, roasted, skinless");
    const ranked = rankFoods("chiken brest", [...crowd, target], none, 10);
    expect(ranked.map((candidate) => candidate.id)).toEqual(["target"]);
    // The prepared words are cached per candidate object; a changed search text is prepared again.
    const renamed = { ...target, name: "Turkey breast", searchText: "turkey breast" };
    expect(rankFoods("turkey", [renamed], none)).toEqual([renamed]);
  });
});
