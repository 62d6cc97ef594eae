import "server-only";
import { router } from "@/server/api/trpc";
import { addWaterProcedure } from "./add-water";
import { copyMealProcedure } from "./copy-meal";
import { diaryDayProcedure } from "./diary-day";
import { diaryWeekProcedure } from "./diary-week";
import { logFoodProcedure } from "./log-food";
import { quickAddProcedure } from "./quick-add";
import { removeEntryProcedure } from "./remove-entry";
import { removeWaterProcedure } from "./remove-water";
import { updateEntryProcedure } from "./update-entry";

export const diaryRouter = router({
  day: diaryDayProcedure,
  week: diaryWeekProcedure,
  logFood: logFoodProcedure,
  quickAdd: quickAddProcedure,
  updateEntry: updateEntryProcedure,
  removeEntry: removeEntryProcedure,
  copyMeal: copyMealProcedure,
  addWater: addWaterProcedure,
  removeWater: removeWaterProcedure,
});
