import "server-only";
import { dayKeyOf } from "@/lib/dates/day-key";
import type { LengthUnit } from "@/lib/schemas/body";
import { AppError } from "@/server/errors/app-error";
import { toObjectId } from "@/server/train/access";
import { UserModel } from "@/server/users/user-model";

export type BodyContext = { memberId: string; todayKey: string; timeZone: string; lengthUnit: LengthUnit };

/** The member's today (their zone) and the unit they read lengths in (inches with a height in ft/in). */
export async function bodyContext(memberId: string, now = new Date()): Promise<BodyContext> {
  const user = await UserModel.findById(toObjectId(memberId, "member")).select({ profile: 1 }).lean();
  if (!user) throw new AppError("NOT_FOUND", "No such member.");
  const timeZone = user.profile?.timeZone ?? "UTC";
  return { memberId, timeZone, todayKey: dayKeyOf(now, timeZone), lengthUnit: user.profile?.units?.height === "ft_in" ? "in" : "cm" };
}

/** `_id` bounds of one member's day-keyed documents (`<userId>:<dayKey>`) between two days, inclusive. */
export function dayIdRange(memberId: string, fromDayKey: string, toDayKey: string) {
  return { $gte: `${memberId}:${fromDayKey}`, $lte: `${memberId}:${toDayKey}` };
}

/** `_id` bounds of all of one member's day-keyed documents (";" sorts right after ":"). */
export function allDayIds(memberId: string) {
  return { $gte: `${memberId}:`, $lt: `${memberId};` };
}
