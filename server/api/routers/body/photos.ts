import "server-only";
import { ZBodyRangeRequestSchema, ZPhotosView } from "@/lib/schemas/body";
import { protectedProcedure } from "@/server/api/trpc";
import { listPhotos } from "@/server/body/progress-photo-service";

/**
 * The caller's own progress photos over a range: ids and metadata only (the images are served by
 * GET /api/progress-photos/<id> to their owner). Audited in the service. No trainer can call this for a
 * client: photos are the member's only.
 */
export const photosProcedure = protectedProcedure
  .input(ZBodyRangeRequestSchema)
  .output(ZPhotosView)
  .query(({ ctx, input }) => listPhotos(ctx.actor, ctx.user, input.range));
