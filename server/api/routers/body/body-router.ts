import "server-only";
import { router } from "@/server/api/trpc";
import { deleteMeasurementsProcedure } from "./delete-measurements";
import { deletePhotoProcedure } from "./delete-photo";
import { measurementsProcedure } from "./measurements";
import { photosProcedure } from "./photos";
import { saveMeasurementsProcedure } from "./save-measurements";
import { weightProcedure } from "./weight";

/**
 * Body measurements, weight with a 7-day average and private progress photos of the signed-in member:
 * every procedure reads and writes the caller's own data only. Photo uploads and views are route
 * handlers (app/api/progress-photos) because they carry image bytes.
 */
export const bodyRouter = router({
  weight: weightProcedure,
  measurements: measurementsProcedure,
  saveMeasurements: saveMeasurementsProcedure,
  deleteMeasurements: deleteMeasurementsProcedure,
  photos: photosProcedure,
  deletePhoto: deletePhotoProcedure,
});
