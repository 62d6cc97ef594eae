import "server-only";
import type mongoose from "mongoose";
import { AuditEventModel } from "@/server/audit/audit-model";
import { RATE_LIMIT_COLLECTION } from "@/server/auth/throttles";
import { backfillCoachingClaims } from "@/server/coaching/coaching-active-backfill";
import { CoachingActiveModel } from "@/server/coaching/coaching-active-model";
import { CoachingInvitationModel, CoachingInvitationUseModel } from "@/server/coaching/coaching-invitation-model";
import { CoachingLinkModel } from "@/server/coaching/coaching-link-model";
import { TrainerNoteModel } from "@/server/coaching/trainer-note-model";
import { MailOutboxClaimModel, MailOutboxModel } from "@/server/mail/mail-outbox-model";
import { HabitCheckInModel, HabitModel } from "@/server/habits/habit-model";
import { HabitProgramEnrollmentModel, HabitProgramModel } from "@/server/habits/habit-program-model";
import { ConversationModel, MessageModel, WorkoutCommentModel } from "@/server/messaging/messaging-models";
import { backfillHabitSourceKeys } from "@/server/habits/habit-source-key-backfill";
import { ExerciseModel } from "@/server/train/exercise-model";
import { syncExerciseCatalog } from "@/server/train/exercise-service";
import { PushSubscriptionModel } from "@/server/push/push-subscription-model";
import { ReminderJobClaimModel, ReminderJobModel } from "@/server/reminders/reminder-job-model";
import { PersonalRecordModel } from "@/server/train/personal-record-model";
import { ProgramModel } from "@/server/train/program-model";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { WorkoutSetModel } from "@/server/train/workout-set-model";
import { UserModel } from "@/server/users/user-model";
import { BarcodeLookupModel } from "@/server/nutrition/barcode-lookup-model";
import { BodyWeightModel } from "@/server/nutrition/body-weight-model";
import { syncFoodCatalog } from "@/server/nutrition/catalog/food-catalog-sync";
import { FoodModel } from "@/server/nutrition/food-model";
import { invalidateFoodSearch } from "@/server/nutrition/food-search-service";
import { NutritionDayModel } from "@/server/nutrition/nutrition-day-model";
import { NutritionPlanModel, NutritionProposalModel } from "@/server/nutrition/nutrition-plan-model";
import { MindCheckInModel } from "@/server/mind/mind-checkin-model";
import { MindJournalModel } from "@/server/mind/journal-model";
import { MindQuestionnaireModel } from "@/server/mind/questionnaire-model";
import { MindSettingsModel } from "@/server/mind/screener-settings-model";
import { InsightJobClaimModel, InsightJobModel } from "@/server/insights/insight-jobs-model";

/**
 * Creates every index the app relies on (idempotent). Plain indexes only: FerretDB 1.24 has no TTL or
 * partial indexes, so expiry is done by jobs (server/jobs).
 */
export async function ensureIndexes(connection: mongoose.Connection): Promise<void> {
  await backfillHabitSourceKeys(); // before habits' unique sourceKey index is built
  await Promise.all(
    [UserModel, AuditEventModel, HabitModel, HabitCheckInModel, ExerciseModel, ProgramModel, WorkoutSessionModel, WorkoutSetModel, PersonalRecordModel, PushSubscriptionModel, ReminderJobModel, ReminderJobClaimModel, CoachingLinkModel, CoachingActiveModel, CoachingInvitationModel, CoachingInvitationUseModel, HabitProgramModel, HabitProgramEnrollmentModel, ConversationModel, MessageModel, WorkoutCommentModel, TrainerNoteModel, MailOutboxModel, MailOutboxClaimModel, FoodModel, NutritionDayModel, BodyWeightModel, NutritionPlanModel, NutritionProposalModel, BarcodeLookupModel, MindCheckInModel, MindQuestionnaireModel, MindSettingsModel, MindJournalModel, InsightJobModel, InsightJobClaimModel].map((model) => model.createIndexes()),
  );
  await backfillCoachingClaims(); // links made before the one-trainer claim existed
  await connection.collection(RATE_LIMIT_COLLECTION).createIndex({ key: 1 }, { unique: true, name: "key_unique" });
  await connection.collection(RATE_LIMIT_COLLECTION).createIndex({ expire: 1 }, { name: "expire" });
  // The shipped exercise catalog is data the app relies on, like an index: written when it changed.
  await syncExerciseCatalog();
  // Likewise the shipped food database (server/nutrition/catalog): new and corrected foods reach every install.
  const foods = await syncFoodCatalog();
  if (foods.created + foods.updated > 0) invalidateFoodSearch(null);
}
