import "server-only";
import { Types } from "mongoose";
import { activeClientIds } from "@/server/coaching/coaching-service";
import { UserModel } from "@/server/users/user-model";
import { openProposalKey } from "./nutrition-plan-model";
import { NutritionProposalModel } from "./nutrition-plan-model";
import { latestProposal } from "./proposal-service";

/** Open proposals of the trainer's active clients, oldest first (they have waited longest). */
export async function pendingProposalsFor(trainerId: string) {
  const clientIds = await activeClientIds(trainerId);
  if (clientIds.length === 0) return [];
  const open = await NutritionProposalModel.find({ openKey: { $in: clientIds.map(openProposalKey) } }).select({ userId: 1, createdAt: 1 }).sort({ createdAt: 1 }).lean();
  const users = await UserModel.find({ _id: { $in: open.map((row) => new Types.ObjectId(String(row.userId))) } }).select({ name: 1, email: 1 }).lean();
  const names = new Map(users.map((user) => [String(user._id), user.name || user.email]));
  const rows = await Promise.all(open.map(async (row) => ({ clientId: String(row.userId), clientName: names.get(String(row.userId)) ?? "Client", proposal: await latestProposal(String(row.userId)) })));
  return rows.flatMap((row) => (row.proposal && row.proposal.status === "pending" ? [{ ...row, proposal: row.proposal }] : []));
}
