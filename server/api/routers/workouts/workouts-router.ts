import "server-only";
import { router } from "@/server/api/trpc";
import { deleteWorkoutProcedure } from "./delete-workout";
import { removeEntryProcedure } from "./remove-entry";
import { todayProcedure } from "./get-today";
import { startWorkoutProcedure } from "./start-workout";
import { getWorkoutProcedure } from "./get-workout";
import { activeWorkoutProcedure } from "./active-workout";
import { listWorkoutsProcedure } from "./list-workouts";
import { addExerciseProcedure } from "./add-exercise";
import { updateEntryProcedure } from "./update-entry";
import { reorderEntriesProcedure } from "./reorder-entries";
import { updateDetailsProcedure } from "./update-details";
import { finishWorkoutProcedure } from "./finish-workout";
import { logSetProcedure } from "./log-set";
import { updateSetProcedure } from "./update-set";
import { deleteSetProcedure } from "./delete-set";
import { reorderSetsProcedure } from "./reorder-sets";
import { exerciseHistoryProcedure } from "./exercise-history";
import { weeklyVolumeProcedure } from "./weekly-volume";

export const workoutsRouter = router({
  today: todayProcedure,
  start: startWorkoutProcedure,
  get: getWorkoutProcedure,
  active: activeWorkoutProcedure,
  history: listWorkoutsProcedure,
  addExercise: addExerciseProcedure,
  updateEntry: updateEntryProcedure,
  reorderEntries: reorderEntriesProcedure,
  updateDetails: updateDetailsProcedure,
  finish: finishWorkoutProcedure,
  logSet: logSetProcedure,
  updateSet: updateSetProcedure,
  deleteSet: deleteSetProcedure,
  reorderSets: reorderSetsProcedure,
  exerciseHistory: exerciseHistoryProcedure,
  weeklyVolume: weeklyVolumeProcedure,
  removeEntry: removeEntryProcedure,
  delete: deleteWorkoutProcedure,
});
