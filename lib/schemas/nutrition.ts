import { z } from "zod";
import { activityLevels } from "@/lib/nutrition/energy";
import { ZNutrients } from "@/lib/nutrition/nutrients";
import { ZClientId, ZObjectId } from "@/lib/schemas/program";

export const ZDayKey = z.iso.date("Use a date like 2026-11-25");

export const meals = ["breakfast", "lunch", "dinner", "snacks"] as const;
export type Meal = (typeof meals)[number];
export const mealLabels: Record<Meal, string> = { breakfast: "Breakfast", lunch: "Lunch", dinner: "Dinner", snacks: "Snacks" };
export const ZMeal = z.enum(meals, "Choose breakfast, lunch, dinner or snacks");

// ── Foods ────────────────────────────────────────────────────────────────────────────────────────────

export const ZServing = z.object({ label: z.string().trim().min(1, "Name the serving").max(60), grams: z.number().positive("A serving weighs more than 0 g").max(5_000) });
export type TServing = z.infer<typeof ZServing>;

/**
 * What the server answers with: stored values as they are. Input limits (ZNutrients, ZServing) keep bad
 * input out; applying them to answers would turn one odd stored value (an imported label, a huge day)
 * into a page that can never load again.
 */
const ZNutrientsView = z.object({ energyKcal: z.number(), proteinG: z.number(), carbsG: z.number(), fatG: z.number(), fiberG: z.number() });
const ZServingView = z.object({ label: z.string(), grams: z.number() });

export const ZFoodView = z.object({
  id: z.string(),
  name: z.string(),
  brand: z.string(),
  category: z.string(),
  source: z.enum(["catalog", "usda", "off", "custom"]),
  kind: z.enum(["food", "recipe"]),
  per100g: ZNutrientsView,
  servings: z.array(ZServingView),
  barcodes: z.array(z.string()),
  /** The caller made it (may edit it). */
  mine: z.boolean(),
  /** A trainer's food their clients see. */
  sharedWithClients: z.boolean(),
  archived: z.boolean(),
  /** Recipes: ingredients and how many servings the recipe makes. */
  recipe: z
    .object({ servings: z.number(), cookedWeightG: z.number().nullable(), ingredients: z.array(z.object({ foodId: z.string(), name: z.string(), grams: z.number() })) })
    .nullable(),
});
export type TFoodView = z.infer<typeof ZFoodView>;

export const ZSearchFoodsRequestSchema = z.object({ query: z.string().max(80, "Search with fewer words").default(""), limit: z.int().min(1).max(50).default(20) });
export const ZFoodIdRequestSchema = z.object({ foodId: ZObjectId });
export const ZBarcodeRequestSchema = z.object({ code: z.string().trim().min(1, "Enter a barcode").max(20, "A barcode has at most 14 digits") });
export const ZBarcodeLookupResult = z.discriminatedUnion("status", [
  z.object({ status: z.literal("found"), gtin: z.string(), food: ZFoodView }),
  z.object({ status: z.literal("not_found"), gtin: z.string() }),
]);

/** How a member enters a label: per 100 g (most of the world) or per serving (US-style labels). */
export const ZNutritionBasis = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("per100g") }),
  z.object({ kind: z.literal("perServing"), grams: z.number().positive("A serving weighs more than 0 g").max(5_000) }),
]);

export const ZCustomFoodInputSchema = z.object({
  name: z.string().trim().min(1, "Name the food").max(100),
  brand: z.string().trim().max(60).default(""),
  nutrients: ZNutrients,
  basis: ZNutritionBasis,
  servings: z.array(ZServing).max(5).default([]),
  barcode: z.string().trim().max(20).nullable().default(null),
  /** Trainers only: their clients see it too. */
  shareWithClients: z.boolean().default(false),
});
export const ZUpdateCustomFoodRequestSchema = z.object({ foodId: ZObjectId, food: ZCustomFoodInputSchema });

export const ZRecipeInputSchema = z.object({
  name: z.string().trim().min(1, "Name the recipe").max(100),
  servings: z.number().positive("A recipe makes at least part of a serving").max(100),
  cookedWeightG: z.number().positive("The cooked weight is above 0 g").max(50_000).nullable().default(null),
  ingredients: z.array(z.object({ foodId: ZObjectId, grams: z.number().positive("Each ingredient weighs more than 0 g").max(20_000) })).min(1, "Add at least one ingredient").max(60),
  shareWithClients: z.boolean().default(false),
});
export const ZUpdateRecipeRequestSchema = z.object({ foodId: ZObjectId, recipe: ZRecipeInputSchema });

// ── Diary ────────────────────────────────────────────────────────────────────────────────────────────

export const ZAmount = z.discriminatedUnion("unit", [
  z.object({ unit: z.literal("g"), grams: z.number().min(0.1, "Enter an amount above 0").max(5_000, "At most 5 kg at a time") }),
  z.object({ unit: z.literal("serving"), label: z.string().min(1).max(60), count: z.number().positive("Enter an amount above 0").max(100) }),
]);
export type TAmount = z.infer<typeof ZAmount>;

export const ZLogFoodRequestSchema = z.object({ entryId: ZClientId, dayKey: ZDayKey, meal: ZMeal, foodId: ZObjectId, amount: ZAmount });
export const ZQuickAddRequestSchema = z.object({
  entryId: ZClientId,
  dayKey: ZDayKey,
  meal: ZMeal,
  name: z.string().trim().max(60).default(""),
  energyKcal: z.number().min(0).max(10_000, "At most 10,000 kcal at a time"),
  proteinG: z.number().min(0).max(1_000).default(0),
  carbsG: z.number().min(0).max(1_000).default(0),
  fatG: z.number().min(0).max(1_000).default(0),
});
export const ZUpdateEntryRequestSchema = z.object({ dayKey: ZDayKey, entryId: ZClientId, meal: ZMeal.optional(), amount: ZAmount.optional() });
export const ZRemoveEntryRequestSchema = z.object({ dayKey: ZDayKey, entryId: ZClientId });
export const ZCopyMealRequestSchema = z.object({ requestId: ZClientId, fromDayKey: ZDayKey, fromMeal: ZMeal, toDayKey: ZDayKey, toMeal: ZMeal });
export const ZAddWaterRequestSchema = z.object({ waterId: ZClientId, dayKey: ZDayKey, ml: z.number().positive("Enter an amount above 0").max(5_000, "At most 5 litres at a time") });
export const ZRemoveWaterRequestSchema = z.object({ dayKey: ZDayKey, waterId: ZClientId });
export const ZDayRequestSchema = z.object({ dayKey: ZDayKey });

export const ZDiaryEntryView = z.object({
  id: z.string(),
  meal: ZMeal,
  kind: z.enum(["food", "quick"]),
  foodId: z.string().nullable(),
  name: z.string(),
  brand: z.string(),
  grams: z.number().nullable(),
  serving: z.object({ label: z.string(), grams: z.number(), count: z.number() }).nullable(),
  nutrients: ZNutrientsView,
});
export type TDiaryEntryView = z.infer<typeof ZDiaryEntryView>;

export const ZDayType = z.enum(["training", "rest"]);

export const ZDiaryDayView = z.object({
  dayKey: z.string(),
  entries: z.array(ZDiaryEntryView),
  totals: ZNutrientsView,
  water: z.array(z.object({ id: z.string(), ml: z.number() })),
  waterMl: z.number(),
  waterTargetMl: z.number(),
  /** The day's target (training or rest day), null until the member's targets can be worked out. */
  target: ZNutrientsView.nullable(),
  dayType: ZDayType,
  dayTypeReason: z.string(),
  /** Server time the view was made (ms): a page rendered before a queued write landed must not replace its answer. */
  readAt: z.number(),
});
export type TDiaryDayView = z.infer<typeof ZDiaryDayView>;

export const ZDiaryWeekView = z.object({
  days: z.array(z.object({ dayKey: z.string(), totals: ZNutrientsView, target: ZNutrientsView.nullable(), dayType: ZDayType, logged: z.boolean() })),
  /** Averages over the days with anything logged (an empty day is not a zero-calorie day). */
  average: ZNutrientsView.nullable(),
  targetAverage: ZNutrientsView.nullable(),
  loggedDays: z.int(),
});
export type TDiaryWeekView = z.infer<typeof ZDiaryWeekView>;

const ZAmountView = z.discriminatedUnion("unit", [z.object({ unit: z.literal("g"), grams: z.number() }), z.object({ unit: z.literal("serving"), label: z.string(), count: z.number() })]);
export const ZRecentFoodsView = z.array(z.object({ food: ZFoodView, lastAmount: ZAmountView, count: z.int() }));

// ── Body weight ──────────────────────────────────────────────────────────────────────────────────────

/** Canonical kilograms: the form converts from the member's unit. */
export const ZLogWeightRequestSchema = z.object({ dayKey: ZDayKey, kg: z.number("Enter your weight").min(30, "Weight must be at least 30 kg (66 lb)").max(350, "Weight must be at most 350 kg (772 lb)") });
export const ZWeightHistoryRequestSchema = z.object({ days: z.int().min(7).max(3_660).default(90) });
export const ZWeightHistoryView = z.object({
  entries: z.array(z.object({ dayKey: z.string(), kg: z.number(), trendKg: z.number() })),
  latest: z.object({ dayKey: z.string(), kg: z.number(), trendKg: z.number() }).nullable(),
  /** Change of the smoothed trend over the last 7 days (kg), null with too little data. */
  weeklyChangeKg: z.number().nullable(),
});
export type TWeightHistoryView = z.infer<typeof ZWeightHistoryView>;

// ── Targets and proposals ────────────────────────────────────────────────────────────────────────────

export const ZDayTargets = z
  .object({ training: ZNutrients, rest: ZNutrients })
  .refine((targets) => targets.training.energyKcal >= 800 && targets.rest.energyKcal >= 800, { message: "Targets under 800 kcal a day need medical supervision", path: ["rest", "energyKcal"] });
export type TDayTargets = z.infer<typeof ZDayTargets>;
/** Targets as stored or calculated (the formula may go under the 800 kcal an input must respect). */
const ZDayTargetsView = z.object({ training: ZNutrientsView, rest: ZNutrientsView });

export const ZTargetsSetupRequestSchema = z.object({
  activity: z.enum(activityLevels, "Choose an activity level"),
  trainingDaysPerWeek: z.int().min(0).max(7),
  waterMl: z.int().min(500, "At least 500 ml").max(8_000, "At most 8 litres").default(2_500),
});
export const ZSetTargetsRequestSchema = z.object({ targets: ZDayTargets, waterMl: z.int().min(500).max(8_000).optional(), note: z.string().trim().max(300).default("") });
export const ZDecideProposalRequestSchema = z.object({
  proposalId: ZObjectId,
  decision: z.enum(["accept", "decline"]),
  /** Accept with changes: the targets that take effect instead of the proposed ones. */
  targets: ZDayTargets.optional(),
  note: z.string().trim().max(300).default(""),
});

export const ZAdaptiveEstimateView = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("estimate"),
    maintenanceKcal: z.number(),
    confidence: z.enum(["low", "medium", "high"]),
    uncertaintyKcal: z.number(),
    averageIntakeKcal: z.number(),
    weightTrendKgPerWeek: z.number(),
    intakeDays: z.int(),
    weighIns: z.int(),
    fromDayKey: z.string(),
    toDayKey: z.string(),
    reasoning: z.array(z.string()),
  }),
  z.object({ kind: z.literal("insufficient"), reason: z.string(), intakeDays: z.int(), weighIns: z.int(), fromDayKey: z.string(), toDayKey: z.string() }),
]);

export const ZProposalView = z.object({
  id: z.string(),
  status: z.enum(["pending", "accepted", "declined", "superseded"]),
  createdAt: z.date(),
  estimate: ZAdaptiveEstimateView,
  current: ZDayTargetsView.nullable(),
  proposed: ZDayTargetsView,
  reasoning: z.array(z.string()),
  /** Who decides: the member's trainer when they have one, otherwise the member. */
  approver: z.enum(["trainer", "member"]),
  decidedAt: z.date().nullable(),
  decidedByRole: z.enum(["trainer", "member"]).nullable(),
  appliedTargets: ZDayTargetsView.nullable(),
  note: z.string(),
});
export type TProposalView = z.infer<typeof ZProposalView>;

export const ZTargetsView = z.object({
  plan: z
    .object({
      activity: z.enum(activityLevels),
      trainingDaysPerWeek: z.int(),
      targets: ZDayTargetsView,
      waterMl: z.number(),
      source: z.enum(["calculated", "adaptive", "manual"]),
      setByRole: z.enum(["member", "trainer"]),
      updatedAt: z.date(),
      reason: z.array(z.string()),
    })
    .nullable(),
  /** Mifflin–St Jeor from the profile (null if the profile lacks what it needs). */
  calculated: z.object({ bmrKcal: z.number(), maintenanceKcal: z.number(), explanation: z.array(z.string()), suggested: ZDayTargetsView, activity: z.enum(activityLevels), trainingDaysPerWeek: z.int() }).nullable(),
  estimate: ZAdaptiveEstimateView,
  proposal: ZProposalView.nullable(),
  /** Whether the caller may change these targets (a coached member's are their trainer's). */
  canEdit: z.boolean(),
  managedByTrainer: z.boolean(),
  history: z.array(z.object({ at: z.date(), byRole: z.enum(["member", "trainer"]), source: z.enum(["calculated", "adaptive", "manual"]), targets: ZDayTargetsView, reason: z.array(z.string()) })),
});
export type TTargetsView = z.infer<typeof ZTargetsView>;

export const ZMemberRequestSchema = z.object({ memberId: ZObjectId });

// ── Trainer side ─────────────────────────────────────────────────────────────────────────────────────

export const ZClientNutritionRequestSchema = z.object({ clientId: ZObjectId });
export const ZClientDayRequestSchema = z.object({ clientId: ZObjectId, dayKey: ZDayKey });
export const ZClientTargetsSetupRequestSchema = ZTargetsSetupRequestSchema.extend({ clientId: ZObjectId });
export const ZClientSetTargetsRequestSchema = ZSetTargetsRequestSchema.extend({ clientId: ZObjectId });
export const ZClientDecideProposalRequestSchema = ZDecideProposalRequestSchema.extend({ clientId: ZObjectId });
export const ZClientNutritionOverview = z.object({ todayKey: z.string(), targets: ZTargetsView, week: ZDiaryWeekView, weight: ZWeightHistoryView });
export const ZPendingProposalsView = z.array(z.object({ clientId: z.string(), clientName: z.string(), proposal: ZProposalView }));
