import "server-only";
import { router } from "@/server/api/trpc";
import { archiveFoodProcedure } from "./archive-food";
import { createCustomFoodProcedure } from "./create-custom-food";
import { createRecipeProcedure } from "./create-recipe";
import { foodByBarcodeProcedure } from "./food-by-barcode";
import { getFoodProcedure } from "./get-food";
import { myFoodsProcedure } from "./my-foods";
import { recentFoodsProcedure } from "./recent-foods";
import { searchFoodsProcedure } from "./search-foods";
import { updateCustomFoodProcedure } from "./update-custom-food";
import { updateRecipeProcedure } from "./update-recipe";

export const foodsRouter = router({
  search: searchFoodsProcedure,
  recent: recentFoodsProcedure,
  get: getFoodProcedure,
  byBarcode: foodByBarcodeProcedure,
  mine: myFoodsProcedure,
  createCustom: createCustomFoodProcedure,
  updateCustom: updateCustomFoodProcedure,
  archive: archiveFoodProcedure,
  createRecipe: createRecipeProcedure,
  updateRecipe: updateRecipeProcedure,
});
