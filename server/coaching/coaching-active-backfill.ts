import "server-only";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { CoachingActiveModel } from "./coaching-active-model";
import { CoachingLinkModel } from "./coaching-link-model";

/**
 * Links made before `coaching_active` existed get their claim (idempotent; runs at start-up with the
 * indexes). Should two active links name one member (the old check-then-write could let that happen),
 * the one already claimed, else the oldest, keeps the member and the other link is ended.
 */
export async function backfillCoachingClaims(): Promise<void> {
  const links = await CoachingLinkModel.find({ status: "active" }).sort({ startedAt: 1 }).select({ trainerId: 1, clientId: 1, startedAt: 1 }).lean();
  for (const link of links) {
    try {
      await CoachingActiveModel.create({ _id: link.clientId, trainerId: link.trainerId, since: link.startedAt });
      continue;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const claim = await CoachingActiveModel.findById(link.clientId).select({ trainerId: 1 }).lean();
    if (claim && !claim.trainerId.equals(link.trainerId)) {
      await CoachingLinkModel.updateOne({ _id: link._id, status: "active" }, { $set: { status: "ended", endedAt: new Date() } });
    }
  }
}
