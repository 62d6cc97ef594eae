/**
 * Typo-tolerant food search, ranked for logging: pure and isomorphic, so the server ranks the
 * database's foods and a phone could rank a cached list the same way.
 *
 * Every query word must match a word of the food (exactly, as a plural/singular, as a prefix, or
 * within a small edit distance); the better the matches and the more the food looks like the generic
 * thing the member typed, the higher it ranks; foods the member logs often and recently come first.
 */

/** Lower case, accents removed (NFD), punctuation turned into spaces, single spaces. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** What a food is searched by: its name, then its brand. */
export function foodSearchText(food: { name: string; brand?: string | null }): string {
  return normalizeSearchText([food.name, food.brand ?? ""].join(" "));
}

export type SearchCandidate = { id: string; name: string; searchText: string };
/** How often (logged entries) and how recently (days since the last one) the member logged a food. */
export type FoodUsage = { count: number; daysAgo: number };

const DEFAULT_LIMIT = 25;
/** Query words that may be missing from a name ("rice and beans" still finds "Beans, with rice"). */
const OPTIONAL_WORDS = new Set(["and", "with", "of", "the", "a", "in", "on", "or"]);

// Scores of one query word against one food word, best first.
const EXACT = 10;
const PLURAL = 9;
const PREFIX = 6; // plus up to 3 for how much of the word was typed
const TYPO = [0, 5, 3.5]; // by edit distance
const TYPO_PREFIX = 3; // a typo in the part typed so far ("brocol" → broccoli), from 6 letters

/** "eggs" → "egg", "berries" → "berry", "tomatoes" → "tomato", "peaches" → "peach"; "glass" stays. */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(?:oes|ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Typos allowed in a query word: none for short words, where one edit makes another word. */
function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), or `max + 1` as soon
 * as it must exceed `max`: only small distances matter, so a row's minimum above `max` ends it early.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

type QueryWord = { text: string; singular: string; typos: number; optional: boolean };

/** The first letters agree, or the first two are swapped: a cheap gate before any edit distance. */
function startsClose(query: string, word: string): boolean {
  return query[0] === word[0] || (query[0] === word[1] && query[1] === word[0]);
}

function wordScore(query: QueryWord, word: string, wordSingular: string): number {
  // Most words start with another letter: rejected before any string work.
  if (word.charCodeAt(0) !== query.text.charCodeAt(0) && (query.typos === 0 || !startsClose(query.text, word))) return 0;
  if (word === query.text) return EXACT;
  if (wordSingular === query.singular) return PLURAL;
  if (word.startsWith(query.text)) return PREFIX + (3 * query.text.length) / word.length;
  if (query.typos === 0) return 0;
  let best = 0;
  if (Math.abs(word.length - query.text.length) <= query.typos) {
    let distance = editDistance(query.text, word, query.typos);
    if (distance > 0 && (query.singular !== query.text || wordSingular !== word)) distance = Math.min(distance, editDistance(query.singular, wordSingular, query.typos));
    if (distance <= query.typos) best = TYPO[distance];
  }
  // Only for longer words: a typo in a short prefix matches too much ("bread" would find "breast").
  // The typed part may be one letter shorter or longer than the word's start it means ("brocol" → "broccol").
  if (best === 0 && query.text.length >= 6 && word.length > query.text.length) {
    for (let length = query.text.length - 1; length <= Math.min(query.text.length + 1, word.length - 1); length++) {
      if (editDistance(query.text, word.slice(0, length), 1) <= 1) return TYPO_PREFIX;
    }
  }
  return best;
}

/** A candidate's words, worked out once per candidate object (the global list is reused across searches). */
type Prepared = { searchText: string; words: string[]; singulars: string[]; nameWords: number; headWords: number; nameLength: number };
const prepared = new WeakMap<object, Prepared>();

function prepare(candidate: SearchCandidate): Prepared {
  const cached = prepared.get(candidate);
  if (cached && cached.searchText === candidate.searchText) return cached;
  const words = candidate.searchText.split(" ").filter(Boolean);
  const name = normalizeSearchText(candidate.name);
  // The part before the first comma is what the food is ("Banana" in "Banana, raw").
  const head = normalizeSearchText(candidate.name.split(",")[0] ?? "");
  const value: Prepared = {
    searchText: candidate.searchText,
    words,
    singulars: words.map(singular),
    nameWords: name ? name.split(" ").length : words.length,
    headWords: head ? head.split(" ").length : 0,
    nameLength: name.length,
  };
  prepared.set(candidate, value);
  return value;
}

/** How strongly the member's own history lifts a food: more logs and more recent logs lift it more. */
function usageBoost(usage: FoodUsage | undefined): number {
  if (!usage || usage.count <= 0) return 0;
  return 8 + 2 * Math.log2(1 + usage.count) + 4 * Math.max(0, 1 - usage.daysAgo / 60);
}

/** The match score of a candidate, or null when some required query word matches none of its words. */
function matchScore(words: readonly QueryWord[], food: Prepared): number | null {
  let total = 0;
  const positions: number[] = [];
  let covered = 0; // bit i: name word i was matched (names have far fewer than 31 words)
  for (const query of words) {
    let best = 0;
    let at = -1;
    for (let i = 0; i < food.words.length; i++) {
      const score = wordScore(query, food.words[i], food.singulars[i]);
      if (score > best) [best, at] = [score, i];
      if (best === EXACT) break;
    }
    if (best === 0) {
      if (query.optional) continue;
      return null;
    }
    total += best;
    positions.push(at);
    if (at < 31) covered |= 1 << at;
  }
  if (positions.length === 0) return null;
  if (positions[0] === 0) total += 3; // the name starts with what was typed first
  if (positions.every((position, i) => i === 0 || position > positions[i - 1])) total += 1; // typed in the name's order
  // Generic first: the whole "what it is" part of the name was typed ("Banana, raw" over "Banana bread").
  const isCovered = (i: number) => i < 31 && (covered & (1 << i)) !== 0;
  let headCovered = food.headWords > 0;
  for (let i = 0; i < food.headWords && headCovered; i++) headCovered = isCovered(i);
  if (headCovered) total += 3;
  let unmatchedNameWords = 0;
  for (let i = 0; i < food.nameWords; i++) if (!isCovered(i)) unmatchedNameWords++;
  return total - 0.3 * unmatchedNameWords - 0.01 * food.nameLength;
}

/**
 * The candidates matching `query`, best first, at most `limit`. An empty query lists the member's
 * own foods (those in `usage`) by how much they use them.
 */
export function rankFoods<T extends SearchCandidate>(query: string, candidates: readonly T[], usage: ReadonlyMap<string, FoodUsage>, limit = DEFAULT_LIMIT): T[] {
  if (limit <= 0) return [];
  const texts = normalizeSearchText(query).split(" ").filter(Boolean).slice(0, 8);
  const optionalOnly = texts.every((text) => OPTIONAL_WORDS.has(text));
  const words: QueryWord[] = texts.map((text) => ({ text, singular: singular(text), typos: allowedTypos(text.length), optional: !optionalOnly && OPTIONAL_WORDS.has(text) }));
  const scored: { candidate: T; score: number; nameLength: number }[] = [];
  for (const candidate of candidates) {
    const food = prepare(candidate);
    const boost = usageBoost(usage.get(candidate.id));
    if (words.length === 0) {
      if (boost > 0) scored.push({ candidate, score: boost, nameLength: food.nameLength });
      continue;
    }
    const match = matchScore(words, food);
    if (match !== null) scored.push({ candidate, score: match + boost, nameLength: food.nameLength });
  }
  scored.sort((a, b) => b.score - a.score || a.nameLength - b.nameLength || a.candidate.name.localeCompare(b.candidate.name));
  return scored.slice(0, limit).map(({ candidate }) => candidate);
}
