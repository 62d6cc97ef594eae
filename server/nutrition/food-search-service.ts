import "server-only";
import { Types } from "mongoose";
import { addDaysToKey, daysBetween } from "@/lib/dates/day-key";
import { rankFoods, type FoodUsage, type SearchCandidate } from "@/lib/nutrition/food-search";
import type { TAmount, TFoodView } from "@/lib/schemas/nutrition";
import type { SessionUser } from "@/server/users/user-service";
import { foodOwnersFor, isVisibleTo, type StoredFood } from "./food-access";
import { FoodModel } from "./food-model";
import { toFoodView } from "./food-view";
import { memberToday } from "./member-day";
import { NutritionDayModel, nutritionDayId } from "./nutrition-day-model";

type Viewer = Pick<SessionUser, "id">;

/**
 * The global foods (catalog, imports, cached Open Food Facts products) as search candidates, held in
 * memory: FerretDB has no usable text index, and ranking typos needs every name anyway. Reloaded after
 * a few minutes so another instance's import shows up, or at once when this process changed foods.
 */
const GLOBAL_TTL_MS = 5 * 60_000;
type UsageEntry = FoodUsage & { lastAmount: TAmount };
/**
 * On globalThis, not in module scope: Next.js loads this module once for page rendering and once for the
 * API route, and a write through one must clear what the other cached.
 */
const caches = ((globalThis as { __characterCoachFoodSearch?: FoodSearchCaches }).__characterCoachFoodSearch ??= { global: null, usage: new Map() });
type FoodSearchCaches = { global: { at: number; rows: Promise<SearchCandidate[]> } | null; usage: Map<string, { at: number; usage: Promise<Map<string, UsageEntry>> }> };

function globalFoods(): Promise<SearchCandidate[]> {
  if (!caches.global || Date.now() - caches.global.at > GLOBAL_TTL_MS) {
    const rows = FoodModel.find({ visibility: "global", archivedAt: null })
      .select({ name: 1, searchText: 1 })
      .lean()
      .then((foods) => foods.map((food) => ({ id: String(food._id), name: food.name, searchText: food.searchText })));
    rows.catch(() => {
      caches.global = null;
    });
    caches.global = { at: Date.now(), rows };
  }
  return caches.global.rows;
}

/** How often and how recently each food was logged, from the last 60 days of the member's diary. */
const USAGE_DAYS = 60;
const USAGE_TTL_MS = 60_000;
const usageCache = caches.usage;

/** Forgets cached search data after a write: global foods when `memberId` is null, else that member's usage. */
export function invalidateFoodSearch(memberId: string | null): void {
  if (memberId === null) caches.global = null;
  else usageCache.delete(memberId);
}

async function loadUsage(memberId: string): Promise<Map<string, UsageEntry>> {
  const { todayKey } = await memberToday(memberId);
  const ids = Array.from({ length: USAGE_DAYS }, (_, back) => nutritionDayId(memberId, addDaysToKey(todayKey, -back)));
  const days = await NutritionDayModel.find({ _id: { $in: ids } }).select({ dayKey: 1, entries: 1 }).lean();
  const usage = new Map<string, UsageEntry>();
  // Oldest first, so the last amount seen is the most recent one.
  for (const day of days.sort((a, b) => a.dayKey.localeCompare(b.dayKey))) {
    for (const entry of day.entries ?? []) {
      if (!entry.foodId) continue;
      const id = String(entry.foodId);
      const lastAmount: TAmount = entry.serving ? { unit: "serving", label: entry.serving.label!, count: entry.serving.count! } : { unit: "g", grams: entry.grams ?? 100 };
      const daysAgo = Math.max(0, daysBetween(day.dayKey, todayKey));
      const seen = usage.get(id);
      usage.set(id, { count: (seen?.count ?? 0) + 1, daysAgo: Math.min(seen?.daysAgo ?? daysAgo, daysAgo), lastAmount });
    }
  }
  return usage;
}

function usageOf(memberId: string): Promise<Map<string, UsageEntry>> {
  const cached = usageCache.get(memberId);
  if (cached && Date.now() - cached.at < USAGE_TTL_MS) return cached.usage;
  const usage = loadUsage(memberId);
  usage.catch(() => usageCache.delete(memberId));
  usageCache.set(memberId, { at: Date.now(), usage });
  return usage;
}

async function ownCandidates(viewer: Viewer): Promise<SearchCandidate[]> {
  const owners = await foodOwnersFor(viewer);
  const filters = [{ ownerId: owners.own }, ...(owners.trainer ? [{ ownerId: owners.trainer, visibility: "clients" as const }] : [])];
  const foods = await FoodModel.find({ $or: filters, archivedAt: null }).select({ name: 1, searchText: 1 }).lean();
  return foods.map((food) => ({ id: String(food._id), name: food.name, searchText: food.searchText }));
}

async function viewsInOrder(viewer: Viewer, ids: string[]): Promise<TFoodView[]> {
  const foods = (await FoodModel.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }).lean()) as StoredFood[];
  const byId = new Map(foods.map((food) => [String(food._id), food]));
  return ids.flatMap((id) => (byId.has(id) ? [toFoodView(byId.get(id)!, viewer.id)] : []));
}

/** Typo-tolerant search over every food the member may log; their recent and frequent foods first. */
export async function searchFoods(viewer: Viewer, query: string, limit: number): Promise<TFoodView[]> {
  const [global, own, usage] = await Promise.all([globalFoods(), ownCandidates(viewer), usageOf(viewer.id)]);
  const ranked = rankFoods(query, [...own, ...global], usage, limit);
  return viewsInOrder(viewer, ranked.map((candidate) => candidate.id));
}

/** The foods logged most recently and often, with the amount last used: one tap logs them again. */
export async function recentFoods(viewer: Viewer, limit = 20): Promise<{ food: TFoodView; lastAmount: TAmount; count: number }[]> {
  const usage = await usageOf(viewer.id);
  const ids = [...usage.entries()]
    .sort(([, a], [, b]) => a.daysAgo - b.daysAgo || b.count - a.count)
    .slice(0, limit)
    .map(([id]) => id);
  const views = await viewsInOrder(viewer, ids);
  const owners = await foodOwnersFor(viewer);
  // A food since archived or no longer shared with the member drops out.
  const loggable = new Set(
    (await FoodModel.find({ _id: { $in: views.map((view) => new Types.ObjectId(view.id)) }, archivedAt: null }).select({ visibility: 1, ownerId: 1 }).lean())
      .filter((food) => isVisibleTo(food, owners))
      .map((food) => String(food._id)),
  );
  return views.filter((view) => loggable.has(view.id)).map((food) => ({ food, lastAmount: usage.get(food.id)!.lastAmount, count: usage.get(food.id)!.count }));
}
