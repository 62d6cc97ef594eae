import "server-only";
import { Schema, model, models, type Model } from "mongoose";
import type { TrainingSessionSummary } from "@/lib/analytics/history";

/**
 * The training rollup: one document per member and member-local day with training (`_id` =
 * `<userId>:<dayKey>`), holding that day's session summaries (lib/analytics/history.ts) built from
 * workout_sessions and workout_sets. Analytics read a member's days as one `_id` range (the only index
 * FerretDB uses), never the sets. Rebuilt by refreshTrainingDays (server/analytics/training-days.ts).
 */
export type TrainingDayDoc = {
  _id: string;
  userId: string;
  dayKey: string;
  sessions: TrainingSessionSummary[];
  /** When this rollup was computed: sessions updated after it make it stale. */
  builtAt: Date;
};

const trainingDaySchema = new Schema<TrainingDayDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    dayKey: { type: String, required: true },
    sessions: { type: Schema.Types.Mixed, default: () => [] },
    builtAt: { type: Date, required: true },
  },
  { collection: "training_days", versionKey: false },
);

export const trainingDayId = (userId: string, dayKey: string) => `${userId}:${dayKey}`;
export const TrainingDayModel: Model<TrainingDayDoc> = (models.TrainingDay as Model<TrainingDayDoc>) ?? model<TrainingDayDoc>("TrainingDay", trainingDaySchema);

/**
 * Per member (`_id` = member id): whether their rollups were backfilled from the raw sessions, and when
 * the last read checked for sessions changed since (see loadMemberHistory's freshness rule).
 */
export type TrainingRollupStateDoc = { _id: string; backfilledAt: Date | null; checkedAt: Date | null };
const trainingRollupStateSchema = new Schema<TrainingRollupStateDoc>(
  { _id: { type: String, required: true }, backfilledAt: { type: Date, default: null }, checkedAt: { type: Date, default: null } },
  { collection: "training_rollup_states", versionKey: false },
);
export const TrainingRollupStateModel: Model<TrainingRollupStateDoc> =
  (models.TrainingRollupState as Model<TrainingRollupStateDoc>) ?? model<TrainingRollupStateDoc>("TrainingRollupState", trainingRollupStateSchema);
