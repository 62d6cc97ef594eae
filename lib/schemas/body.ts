import { z } from "zod";
import { ZDayKey } from "@/lib/schemas/nutrition";
import { ZProgressRangeSchema } from "@/lib/schemas/progress";

// ── Body measurements ────────────────────────────────────────────────────────────────────────────────

/** The body sites a member can measure, in display order. Stored in centimetres. */
export const bodySites = ["waist", "hips", "chest", "neck", "upper_arm", "thigh", "calf"] as const;
export type BodySite = (typeof bodySites)[number];
export const bodySiteLabels: Record<BodySite, string> = {
  waist: "Waist",
  hips: "Hips",
  chest: "Chest",
  neck: "Neck",
  upper_arm: "Upper arm",
  thigh: "Thigh",
  calf: "Calf",
};

/** Plausible adult circumferences in cm (wide on purpose: they catch typos and unit mix-ups, not bodies). */
export const bodySiteLimitsCm: Record<BodySite, { min: number; max: number }> = {
  waist: { min: 40, max: 250 },
  hips: { min: 50, max: 250 },
  chest: { min: 50, max: 250 },
  neck: { min: 20, max: 80 },
  upper_arm: { min: 15, max: 80 },
  thigh: { min: 25, max: 120 },
  calf: { min: 15, max: 80 },
};

const siteCm = (site: BodySite) => {
  const { min, max } = bodySiteLimitsCm[site];
  const label = bodySiteLabels[site];
  return z
    .number(`Enter the ${label.toLowerCase()} measurement as a number`)
    .min(min, `${label} must be at least ${min} cm (${Math.ceil(min / 2.54)} in)`)
    .max(max, `${label} must be at most ${max} cm (${Math.floor(max / 2.54)} in)`)
    .optional();
};

/** One day's measurements in cm: each site optional, at least one present. */
export const ZBodySitesCm = z
  .strictObject(
    {
      waist: siteCm("waist"),
      hips: siteCm("hips"),
      chest: siteCm("chest"),
      neck: siteCm("neck"),
      upper_arm: siteCm("upper_arm"),
      thigh: siteCm("thigh"),
      calf: siteCm("calf"),
    },
    "Measure the waist, hips, chest, neck, upper arm, thigh or calf",
  )
  .refine((sites) => bodySites.some((site) => sites[site] !== undefined), "Enter at least one measurement");
export type TBodySitesCm = z.infer<typeof ZBodySitesCm>;

export const ZBodyRangeRequestSchema = z.object({ range: ZProgressRangeSchema });
export const ZSaveMeasurementsRequestSchema = z.object({ dayKey: ZDayKey, sites: ZBodySitesCm });
export const ZDeleteMeasurementsRequestSchema = z.object({ dayKey: ZDayKey });

/** The unit members see lengths in: inches when their profile's height is in feet and inches. */
export const lengthUnits = ["cm", "in"] as const;
export type LengthUnit = (typeof lengthUnits)[number];

const ZSitesView = z.object(Object.fromEntries(bodySites.map((site) => [site, z.number().optional()])) as Record<BodySite, z.ZodOptional<z.ZodNumber>>);

export const ZMeasurementEntryView = z.object({ dayKey: z.string(), sites: ZSitesView, updatedAt: z.string() });
export type TMeasurementEntryView = z.infer<typeof ZMeasurementEntryView>;

export const ZMeasurementsView = z.object({
  todayKey: z.string(),
  fromDayKey: z.string(),
  lengthUnit: z.enum(lengthUnits),
  /** Oldest first. */
  entries: z.array(ZMeasurementEntryView),
});
export type TMeasurementsView = z.infer<typeof ZMeasurementsView>;

export const ZSaveMeasurementsView = z.object({ entry: ZMeasurementEntryView });
export const ZDeleteMeasurementsView = z.object({ dayKey: z.string(), deleted: z.boolean() });

// ── Weight with a 7-day trend ────────────────────────────────────────────────────────────────────────

export const ZBodyWeightView = z.object({
  todayKey: z.string(),
  fromDayKey: z.string(),
  /** Oldest first; avg7Kg is the mean of the weigh-ins in the 7 days ending that day. */
  entries: z.array(z.object({ dayKey: z.string(), kg: z.number(), avg7Kg: z.number() })),
  /** Change of the 7-day average from the first to the last weigh-in in the range (kg), null below two. */
  changeKg: z.number().nullable(),
});
export type TBodyWeightView = z.infer<typeof ZBodyWeightView>;

// ── Progress photos ──────────────────────────────────────────────────────────────────────────────────

export const photoPoses = ["front", "side", "back"] as const;
export type PhotoPose = (typeof photoPoses)[number];
export const photoPoseLabels: Record<PhotoPose, string> = { front: "Front", side: "Side", back: "Back" };
export const ZPhotoPose = z.enum(photoPoses, "Choose front, side or back");

export const photoContentTypes = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoContentType = (typeof photoContentTypes)[number];

/** At most 2 MB per photo (the phone resizes to ~1280 px JPEG first, usually 150–400 kB). */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
/** The longest side the browser resizes a photo to before upload. */
export const PHOTO_MAX_SIDE_PX = 1280;

/** The upload's query string (the body is the image itself). */
export const ZPhotoUploadQuerySchema = z.object({ dayKey: ZDayKey, pose: ZPhotoPose });

/** A photo id: `<userId>:<dayKey>:<16 hex>` (only its owner can use it). */
export const ZPhotoId = z.string().regex(/^[a-f0-9]{24}:\d{4}-\d{2}-\d{2}:[a-f0-9]{16}$/, "Unknown photo");
export const ZPhotoIdRequestSchema = z.object({ id: ZPhotoId });

export const ZPhotoView = z.object({ id: z.string(), dayKey: z.string(), pose: z.enum(photoPoses), contentType: z.enum(photoContentTypes), bytes: z.int(), createdAt: z.string() });
export type TPhotoView = z.infer<typeof ZPhotoView>;
export const ZPhotosView = z.object({ todayKey: z.string(), fromDayKey: z.string(), photos: z.array(ZPhotoView) });
export type TPhotosView = z.infer<typeof ZPhotosView>;
export const ZDeletePhotoView = z.object({ id: z.string(), deleted: z.boolean() });
