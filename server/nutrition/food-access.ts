import "server-only";
import { Types } from "mongoose";
import { activeTrainerIdOf } from "@/server/coaching/coaching-service";
import { AppError } from "@/server/errors/app-error";
import type { SessionUser } from "@/server/users/user-service";
import { FoodModel, type FoodDoc } from "./food-model";

export type StoredFood = FoodDoc & { _id: Types.ObjectId; createdAt?: Date };
type Viewer = Pick<SessionUser, "id">;

/** Whose own foods `viewer` sees besides the global ones: their own, and their active trainer's shared ones. */
export async function foodOwnersFor(viewer: Viewer): Promise<{ own: Types.ObjectId; trainer: Types.ObjectId | null }> {
  const trainerId = await activeTrainerIdOf(viewer.id);
  return { own: new Types.ObjectId(viewer.id), trainer: trainerId ? new Types.ObjectId(trainerId) : null };
}

export function isVisibleTo(food: Pick<StoredFood, "visibility" | "ownerId">, owners: { own: Types.ObjectId; trainer: Types.ObjectId | null }): boolean {
  if (food.visibility === "global") return true;
  if (food.ownerId && food.ownerId.equals(owners.own)) return true;
  return food.visibility === "clients" && owners.trainer !== null && Boolean(food.ownerId?.equals(owners.trainer));
}

/** A food `viewer` may log or use in a recipe; anything else reads as missing (no probing others' foods). */
export async function loadVisibleFood(viewer: Viewer, foodId: string, options: { allowArchived?: boolean } = {}): Promise<StoredFood> {
  const food = Types.ObjectId.isValid(foodId) ? ((await FoodModel.findById(foodId).lean()) as StoredFood | null) : null;
  if (!food || !isVisibleTo(food, await foodOwnersFor(viewer)) || (food.archivedAt && !options.allowArchived)) throw new AppError("NOT_FOUND", "No such food.");
  return food;
}

/** A food `viewer` made (custom food or recipe), for editing. */
export async function loadOwnFood(viewer: Viewer, foodId: string): Promise<StoredFood> {
  const food = Types.ObjectId.isValid(foodId) ? ((await FoodModel.findById(foodId).lean()) as StoredFood | null) : null;
  if (!food || !food.ownerId || String(food.ownerId) !== viewer.id) throw new AppError("NOT_FOUND", "No such food of yours.");
  return food;
}
