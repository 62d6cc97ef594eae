import "server-only";
import mongoose from "mongoose";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { CoachingActiveModel } from "./coaching-active-model";
import { CoachingLinkModel } from "./coaching-link-model";

/** The `app_meta` row that says the one-time backfill below has completed on this database. */
export const COACHING_BACKFILL_MARKER = "coaching_active_backfill_v1";

const appMeta = () => mongoose.connection.collection<{ _id: string; at?: Date }>("app_meta");

/**
 * Links made before `coaching_active` existed get their claim. It runs ONCE per database (ensureIndexes
 * calls it on every connect): after that the claim is the truth and an "active" history row without a
 * claim means ending stopped half-way, which must not hand the former trainer their access back. The
 * marker is written only after the whole pass, so a pass that crashed runs again (it is idempotent).
 * Should two active links name one member (the old check-then-write could let that happen), the one
 * already claimed, else the oldest, keeps the member and the other link is ended.
 */
export async function backfillCoachingClaims(): Promise<{ ran: boolean; restored: number }> {
  if (await appMeta().findOne({ _id: COACHING_BACKFILL_MARKER })) return { ran: false, restored: 0 };
  let restored = 0;
  const links = await CoachingLinkModel.find({ status: "active" }).sort({ startedAt: 1 }).select({ trainerId: 1, clientId: 1, startedAt: 1 }).lean();
  for (const link of links) {
    try {
      await CoachingActiveModel.create({ _id: link.clientId, trainerId: link.trainerId, since: link.startedAt });
      // The link may have ended since we read it (a member ending coaching while another process
      // starts): then the claim just made would bring the trainer back, so it goes again.
      const now = await CoachingLinkModel.findById(link._id).select({ status: 1 }).lean();
      if (now?.status !== "active") {
        await CoachingActiveModel.deleteOne({ _id: link.clientId, trainerId: link.trainerId, since: link.startedAt });
        continue;
      }
      restored++;
      continue;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const claim = await CoachingActiveModel.findById(link.clientId).select({ trainerId: 1 }).lean();
    if (claim && !claim.trainerId.equals(link.trainerId)) {
      await CoachingLinkModel.updateOne({ _id: link._id, status: "active" }, { $set: { status: "ended", endedAt: new Date() } });
    }
  }
  try {
    await appMeta().insertOne({ _id: COACHING_BACKFILL_MARKER, at: new Date() });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error; // another process finished the same pass first
  }
  return { ran: true, restored };
}
