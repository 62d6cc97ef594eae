import "server-only";
import { defaultTrainingSetup, ZTrainingSetup, type TTrainingSetup } from "@/lib/schemas/training-setup";
import type { WeightUnit } from "@/lib/units";
import { AppError } from "@/server/errors/app-error";
import { UserModel } from "@/server/users/user-model";
import { toObjectId } from "./access";

export type MemberTrainingContext = { memberId: string; timeZone: string; weightUnit: WeightUnit; setup: TTrainingSetup };

/** What training code needs to know about a member: their zone (for day keys), unit and equipment. */
export async function memberTrainingContext(memberId: string): Promise<MemberTrainingContext> {
  const user = await UserModel.findById(toObjectId(memberId, "member")).select({ profile: 1, training: 1 }).lean();
  if (!user) throw new AppError("NOT_FOUND", "No such member.");
  const weightUnit = user.profile?.units?.weight ?? "kg";
  const stored = ZTrainingSetup.safeParse(user.training?.setup);
  return {
    memberId,
    timeZone: user.profile?.timeZone ?? "UTC",
    weightUnit,
    setup: stored.success ? stored.data : defaultTrainingSetup[weightUnit],
  };
}

export async function saveTrainingSetup(memberId: string, setup: TTrainingSetup): Promise<void> {
  await UserModel.updateOne({ _id: toObjectId(memberId, "member") }, { $set: { "training.setup": setup } });
}
