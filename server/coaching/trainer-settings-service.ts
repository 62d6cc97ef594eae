import "server-only";
import { DEFAULT_INACTIVITY_DAYS } from "@/lib/coaching/attention";
import type { TTrainerSettings } from "@/lib/coaching/schemas";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { toObjectId } from "@/server/train/access";
import { TrainerSettingsModel } from "./trainer-settings-model";

/** The trainer's roster settings (defaults until they save). */
export async function trainerSettings(trainerId: string): Promise<TTrainerSettings> {
  const doc = await TrainerSettingsModel.findById(toObjectId(trainerId, "trainer")).lean();
  return { inactivityDays: doc?.inactivityDays ?? DEFAULT_INACTIVITY_DAYS };
}

export async function saveTrainerSettings(trainerId: string, auditActor: AuditActor, settings: TTrainerSettings): Promise<TTrainerSettings> {
  const filter = { _id: toObjectId(trainerId, "trainer") };
  const update = { $set: { inactivityDays: settings.inactivityDays } };
  try {
    await TrainerSettingsModel.updateOne(filter, update, { upsert: true });
  } catch (error) {
    // Two saves at once: FerretDB upserts are read-then-insert, so the loser hits the primary key.
    if (!isDuplicateKeyError(error)) throw error;
    await TrainerSettingsModel.updateOne(filter, update);
  }
  await recordAudit(auditActor, { action: "trainer_settings.update", subjectType: "trainer_settings", subjectId: trainerId, meta: { fields: ["inactivityDays"] } });
  return trainerSettings(trainerId);
}
