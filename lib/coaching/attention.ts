import type { WellbeingTrend } from "@/lib/mind/wellbeing-trend";
import { type ClientCompliance, type DropWindow, percentOf } from "./compliance";

/**
 * "Needs attention": a list of signals, each looking at one client's snapshot and raising at most one
 * flag with a reason a trainer can read at a glance. The roster runs `defaultSignals`; later issues
 * (wellbeing check-ins, readiness) add their own signal to the list instead of changing this code.
 */

export type AttentionFlag = {
  /** Stable id of the signal that raised it ("workouts_drop", "habits_drop", "inactive", "wellbeing"…). */
  kind: string;
  reason: string;
};

export type AttentionSettings = {
  /** Days without any log before a client is flagged (trainer setting, 1–30). */
  inactivityDays: number;
  /** Points (0–100) a compliance rate must fall against the previous period of the same length. */
  dropPoints: number;
  /** Windows compared for drops, longest first: the first that trips is the one reported. */
  dropWindows: readonly DropWindow[];
};

export const DEFAULT_INACTIVITY_DAYS = 3;
export const defaultAttentionSettings: AttentionSettings = { inactivityDays: DEFAULT_INACTIVITY_DAYS, dropPoints: 20, dropWindows: [30, 7] };

export type ClientSnapshot = {
  compliance: ClientCompliance;
  /** Whole member-local days since the last log (workout, set or habit check-in); null: never logged. */
  daysSinceActivity: number | null;
  /** Whole days since the trainer started coaching them: a new client who has not logged yet is not "inactive" at once. */
  daysAsClient: number;
  /**
   * The wellbeing trend of the client's Mind check-ins (lib/mind/wellbeing-trend.ts), present only when
   * the client shares trends or scores with their trainer; absent or null when they share nothing.
   */
  wellbeingTrend?: WellbeingTrend | null;
};

export type AttentionSignal = (snapshot: ClientSnapshot, settings: AttentionSettings) => AttentionFlag | null;

const dropSignal =
  (kind: "workouts" | "habits", label: string): AttentionSignal =>
  (snapshot, settings) => {
    for (const days of settings.dropWindows) {
      const now = percentOf(snapshot.compliance[kind][`days${days}`]);
      const before = percentOf(snapshot.compliance.previous[kind][`days${days}`]);
      // Compared on the whole percentages the screen shows, so the reason always matches the flag.
      if (now !== null && before !== null && before - now >= settings.dropPoints) {
        return { kind: `${kind}_drop`, reason: `${label} ${before}% → ${now}% over ${days} days` };
      }
    }
    return null;
  };

export const inactivitySignal: AttentionSignal = (snapshot, settings) => {
  const days = snapshot.daysSinceActivity ?? snapshot.daysAsClient;
  if (days < settings.inactivityDays) return null;
  const unit = days === 1 ? "day" : "days";
  return { kind: "inactive", reason: snapshot.daysSinceActivity === null ? `No log yet, ${days} ${unit} as a client` : `No log for ${days} ${unit}` };
};

/** The client's own check-ins say their wellbeing is going down: raised only from a trend they chose to share. */
export const wellbeingFlag = (trend: WellbeingTrend | null | undefined): AttentionFlag | null => (trend === "down" ? { kind: "wellbeing", reason: "Wellbeing trending down" } : null);

export const wellbeingSignal: AttentionSignal = (snapshot) => wellbeingFlag(snapshot.wellbeingTrend);

export const defaultSignals: readonly AttentionSignal[] = [dropSignal("workouts", "Workouts"), dropSignal("habits", "Habits"), inactivitySignal, wellbeingSignal];

/** Every flag the signals raise for one client, in signal order. */
export function attentionFlags(snapshot: ClientSnapshot, settings: AttentionSettings = defaultAttentionSettings, signals: readonly AttentionSignal[] = defaultSignals): AttentionFlag[] {
  return signals.map((signal) => signal(snapshot, settings)).filter((flag): flag is AttentionFlag => flag !== null);
}
