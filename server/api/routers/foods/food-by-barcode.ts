import "server-only";
import { ZBarcodeLookupResult, ZBarcodeRequestSchema } from "@/lib/schemas/nutrition";
import { protectedProcedure } from "@/server/api/trpc";
import { findFoodByBarcode } from "@/server/nutrition/barcode-service";

/** A scanned or typed barcode: our foods first, then (if enabled) Open Food Facts; not found → create it. */
export const foodByBarcodeProcedure = protectedProcedure
  .input(ZBarcodeRequestSchema)
  .output(ZBarcodeLookupResult)
  .query(({ ctx, input }) => findFoodByBarcode(ctx.user, input.code));
