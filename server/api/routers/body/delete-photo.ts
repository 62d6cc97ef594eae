import "server-only";
import { ZDeletePhotoView, ZPhotoIdRequestSchema } from "@/lib/schemas/body";
import { protectedProcedure } from "@/server/api/trpc";
import { deletePhoto } from "@/server/body/progress-photo-service";

/** Deletes one of the caller's photos (image and metadata); anyone else's id is NOT_FOUND. Audited. */
export const deletePhotoProcedure = protectedProcedure
  .input(ZPhotoIdRequestSchema)
  .output(ZDeletePhotoView)
  .mutation(({ ctx, input }) => deletePhoto(ctx.actor, ctx.user, input.id));
