import "server-only";
import { router } from "@/server/api/trpc";
import { listHabitsProcedure } from "./list-habits";
import { getHabitProcedure } from "./get-habit";
import { habitCalendarProcedure } from "./habit-calendar";
import { createHabitProcedure } from "./create-habit";
import { updateHabitProcedure } from "./update-habit";
import { archiveHabitProcedure } from "./archive-habit";
import { pauseHabitProcedure } from "./pause-habit";
import { checkInProcedure } from "./check-in";
import { skipDayProcedure } from "./skip-day";
import { undoDayProcedure } from "./undo-day";

export const habitsRouter = router({
  list: listHabitsProcedure,
  get: getHabitProcedure,
  calendar: habitCalendarProcedure,
  create: createHabitProcedure,
  update: updateHabitProcedure,
  archive: archiveHabitProcedure,
  pause: pauseHabitProcedure,
  checkIn: checkInProcedure,
  skip: skipDayProcedure,
  undo: undoDayProcedure,
});
