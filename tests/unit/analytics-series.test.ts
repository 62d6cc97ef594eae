import { describe, expect, it } from "vitest";
import type { DaySummary, MemberHistory, TrainingSessionSummary } from "@/lib/analytics/history";
import { granularityOf, progressSeries, weekStartOf, weekStartOfWeekKey, weekStarts } from "@/lib/analytics/series";
import { summariseSession } from "@/lib/analytics/training-summary";
import { addDaysToKey } from "@/lib/dates/day-key";
import { muscleGroups } from "@/lib/schemas/progress";

const day = (dayKey: string, fields: Partial<DaySummary> = {}): DaySummary => ({ dayKey, sessions: [], nutrition: null, weightKg: null, measurementsCm: {}, checkIn: null, habits: [], ...fields });
const session = (fields: Partial<TrainingSessionSummary> = {}): TrainingSessionSummary => ({
  sessionId: `s-${Math.random()}`,
  name: "Workout",
  minutes: 60,
  rpe: 7,
  load: 420,
  workingSets: 6,
  volumeByMuscle: {},
  bestE1rmKg: {},
  records: [],
  fromProgram: true,
  ...fields,
});
const history = (days: DaySummary[], fields: Partial<MemberHistory> = {}): MemberHistory => ({
  memberId: "m1",
  timeZone: "UTC",
  fromDayKey: days[0]?.dayKey ?? "2026-11-15",
  toDayKey: "2026-11-15",
  days,
  habits: [],
  exercises: [],
  questionnaires: [],
  energyEstimates: [],
  plannedSessionsPerWeek: 3,
  goal: "get_stronger",
  mindAccess: "all",
  ...fields,
});
const nutrition = (energyKcal: number, macros: { proteinG: number; carbsG: number; fatG: number }, targetKcal: number | null = null) => ({
  energyKcal,
  ...macros,
  fibreG: 0,
  waterMl: 0,
  entries: 3,
  target: targetKcal === null ? null : { energyKcal: targetKcal, proteinG: 0, carbsG: 0, fatG: 0 },
});
const fourWeeks = { range: "4w" as const, fromDayKey: "2026-10-19", toDayKey: "2026-11-15" };
const group = (name: (typeof muscleGroups)[number]) => muscleGroups.indexOf(name);

describe("week keys", () => {
  it("finds the Monday of a day and of an ISO week key, across year ends", () => {
    expect(weekStartOf("2026-11-08")).toBe("2026-11-02");
    expect(weekStartOf("2026-11-02")).toBe("2026-11-02");
    expect(weekStartOfWeekKey("2026-W45")).toBe("2026-11-02");
    expect(weekStartOfWeekKey("2021-W01")).toBe("2021-01-04");
    expect(weekStartOfWeekKey("2020-W53")).toBe("2020-12-28");
    expect(weekStarts("2026-10-21", "2026-11-02")).toEqual(["2026-10-19", "2026-10-26", "2026-11-02"]);
    expect(granularityOf("12w")).toBe("day");
    expect(granularityOf("1y")).toBe("week");
  });
});

describe("progress series: training", () => {
  it("sums hard sets and volume per muscle group per week and counts workouts", () => {
    const days = [
      day("2026-11-02", {
        sessions: [session({ volumeByMuscle: { chest: { sets: 3, volumeKg: 1000 }, triceps: { sets: 1.5, volumeKg: 500 }, quads: { sets: 2, volumeKg: 800 } } })],
      }),
      day("2026-11-04", { sessions: [session({ volumeByMuscle: { chest: { sets: 2, volumeKg: 600 }, biceps: { sets: 1, volumeKg: 200 } } })] }),
      day("2026-11-10", { sessions: [session({ volumeByMuscle: { lats: { sets: 4, volumeKg: 1200 } } })] }),
    ];
    const { training } = progressSeries(history(days), fourWeeks);
    expect(training.sessions).toBe(3);
    expect(training.weeklyVolume.map((week) => week.weekStart)).toEqual(["2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09"]);
    const week = training.weeklyVolume[2];
    expect(week.sets[group("chest")]).toBe(5);
    expect(week.sets[group("arms")]).toBe(2.5);
    expect(week.sets[group("legs")]).toBe(2);
    expect(week.volumeKg[group("chest")]).toBe(1600);
    expect(training.weeklyVolume[3].sets[group("back")]).toBe(4);
    expect(training.muscleGroups).toEqual(["chest", "back", "arms", "legs"]);
    expect(training.workoutsPerWeek.map((row) => row.sessions)).toEqual([0, 0, 2, 1]);
    expect(training.workoutsPerWeek[0].planned).toBe(3);
  });

  it("keeps one record per day, exercise and kind (the best), names it, and drops records outside the range", () => {
    const days = [
      day("2026-10-01", { sessions: [session({ records: [{ exerciseId: "squat", kind: "heaviest", value: 90 }] })] }),
      day("2026-11-03", {
        sessions: [
          session({
            records: [
              { exerciseId: "squat", kind: "heaviest", value: 100 },
              { exerciseId: "squat", kind: "heaviest", value: 102.5 },
              { exerciseId: "squat", kind: "bestE1rm", value: 115.333 },
            ],
          }),
        ],
      }),
    ];
    const { training } = progressSeries(history(days, { exercises: [{ exerciseId: "squat", name: "Back squat", isMainLift: true }] }), fourWeeks);
    expect(training.records).toEqual([
      { dayKey: "2026-11-03", exerciseId: "squat", name: "Back squat", kind: "bestE1rm", value: 115.33 },
      { dayKey: "2026-11-03", exerciseId: "squat", name: "Back squat", kind: "heaviest", value: 102.5 },
    ]);
  });

  it("draws the e1RM trend per main lift by week, within the range", () => {
    const days = [
      day("2026-10-05", { sessions: [session({ bestE1rmKg: { squat: 100 } })] }),
      day("2026-10-20", { sessions: [session({ bestE1rmKg: { squat: 105, curl: 30 } })] }),
      day("2026-10-22", { sessions: [session({ bestE1rmKg: { squat: 107.5 } })] }),
      day("2026-11-03", { sessions: [session({ bestE1rmKg: { squat: 110 } })] }),
    ];
    const exercises = [
      { exerciseId: "squat", name: "Back squat", isMainLift: true },
      { exerciseId: "curl", name: "Curl", isMainLift: false },
    ];
    const { training } = progressSeries(history(days, { exercises }), fourWeeks);
    expect(training.e1rm).toEqual([
      {
        exerciseId: "squat",
        name: "Back squat",
        points: [
          { weekStart: "2026-10-19", e1rmKg: 107.5 },
          { weekStart: "2026-11-02", e1rmKg: 110 },
        ],
      },
    ]);
  });

  it("gives the daily load with the acute:chronic ratio only after 21 days of data, and weekly sums for long ranges", () => {
    // 420 a session every Monday, Wednesday and Friday from 2026-09-14 (a steady load), in the look-back too.
    const days: DaySummary[] = [];
    for (let offset = 0; offset < 63; offset += 1) {
      const dayKey = addDaysToKey("2026-09-14", offset);
      if ([0, 2, 4].includes(offset % 7)) days.push(day(dayKey, { sessions: [session()] }));
    }
    const { training } = progressSeries(history(days), fourWeeks);
    expect(training.load).toHaveLength(28);
    const monday = training.load.find((point) => point.key === "2026-10-19")!;
    // Three sessions in the 7 days to a Monday (Wed, Fri, Mon): 1260; 12 in 28 days ÷ 4 = 1260: ratio 1.
    expect(monday).toEqual({ key: "2026-10-19", load: 420, acute: 1260, chronicWeekly: 1260, ratio: 1 });

    const short = progressSeries(history(days.filter((row) => row.dayKey >= "2026-11-02")), fourWeeks).training;
    expect(short.load.every((point) => point.ratio === null)).toBe(true);

    const yearly = progressSeries(history(days), { range: "1y", fromDayKey: "2026-10-19", toDayKey: "2026-11-15" }).training;
    expect(yearly.load.map((point) => [point.key, point.load])).toEqual([
      ["2026-10-19", 1260],
      ["2026-10-26", 1260],
      ["2026-11-02", 1260],
      ["2026-11-09", 1260],
    ]);
    // A week's ratio is the one on its last day (Sunday 2026-10-25: Mon, Wed, Fri of that week and 12 in 28 days).
    expect(yearly.load[0].ratio).toBe(1);
  });

  it("says nothing for a member without training", () => {
    const { training } = progressSeries(history([], { plannedSessionsPerWeek: null }), fourWeeks);
    expect(training).toEqual({ sessions: 0, muscleGroups: [], weeklyVolume: [], e1rm: [], load: [], workoutsPerWeek: [], records: [] });
  });
});

describe("progress series: habits", () => {
  it("shares due habits done per day (partial counts half, skipped and not due do not count)", () => {
    const days = [
      day("2026-11-02", {
        habits: [
          { habitId: "a", status: "done", value: 1 },
          { habitId: "b", status: "partial", value: 4 },
          { habitId: "c", status: "skipped", value: 0 },
        ],
      }),
      day("2026-11-03", { habits: [{ habitId: "a", status: "missed", value: 0 }] }),
    ];
    const habits = [{ habitId: "a", name: "Walk", archived: false, strength: [{ dayKey: "2026-10-01", value: 10 }, { dayKey: "2026-11-02", value: 40 }, { dayKey: "2026-11-03", value: 37.26 }] }];
    const series = progressSeries(history(days, { habits }), fourWeeks).habits;
    expect(series.heatmap).toHaveLength(28);
    expect(series.heatmap.find((cell) => cell.key === "2026-11-02")).toEqual({ key: "2026-11-02", due: 2, done: 1.5, share: 0.75 });
    expect(series.heatmap.find((cell) => cell.key === "2026-11-03")).toEqual({ key: "2026-11-03", due: 1, done: 0, share: 0 });
    expect(series.heatmap.find((cell) => cell.key === "2026-11-04")).toEqual({ key: "2026-11-04", due: 0, done: 0, share: null });
    expect(series.strength).toEqual([{ habitId: "a", name: "Walk", archived: false, points: [{ key: "2026-11-02", value: 40 }, { key: "2026-11-03", value: 37.3 }] }]);

    const weekly = progressSeries(history(days, { habits }), { range: "all", fromDayKey: "2026-10-01", toDayKey: "2026-11-15" }).habits;
    expect(weekly.heatmap.find((cell) => cell.key === "2026-11-02")).toEqual({ key: "2026-11-02", due: 3, done: 1.5, share: 0.5 });
    // Weekly strength: the week's last value.
    expect(weekly.strength[0].points).toEqual([{ key: "2026-09-28", value: 10 }, { key: "2026-11-02", value: 37.3 }]);
  });
});

describe("progress series: nutrition", () => {
  it("compares intake with the target per day, averages weeks on long ranges, and splits energy by macro", () => {
    const days = [
      day("2026-10-10", { nutrition: nutrition(3000, { proteinG: 10, carbsG: 10, fatG: 10 }, 2000) }),
      day("2026-11-02", { nutrition: nutrition(2000, { proteinG: 100, carbsG: 200, fatG: 50 }, 2200) }),
      day("2026-11-03", { nutrition: nutrition(2400, { proteinG: 100, carbsG: 200, fatG: 50 }) }),
    ];
    const daily = progressSeries(history(days), fourWeeks).nutrition;
    expect(daily.intake).toEqual([
      { key: "2026-11-02", days: 1, energyKcal: 2000, targetKcal: 2200, proteinG: 100, carbsG: 200, fatG: 50 },
      { key: "2026-11-03", days: 1, energyKcal: 2400, targetKcal: null, proteinG: 100, carbsG: 200, fatG: 50 },
    ]);
    // 400 kcal protein, 800 carbs, 450 fat of 1650 (the look-back day outside the range is left out).
    expect(daily.macroSplit).toEqual({ proteinPct: 24.2, carbsPct: 48.5, fatPct: 27.3, days: 2 });
    const weekly = progressSeries(history(days), { range: "1y", fromDayKey: "2026-10-19", toDayKey: "2026-11-15" }).nutrition;
    expect(weekly.intake).toEqual([{ key: "2026-11-02", days: 2, energyKcal: 2200, targetKcal: 2200, proteinG: 100, carbsG: 200, fatG: 50 }]);
    expect(progressSeries(history([]), fourWeeks).nutrition).toEqual({ intake: [], macroSplit: null, energyEstimates: [] });
  });

  it("measures maintenance from four weeks of steady intake and weight, and lists the proposals' estimates", () => {
    // 28+ days eating 2500 kcal with a flat weight: maintenance ≈ 2500.
    const days: DaySummary[] = [];
    for (let offset = 0; offset < 56; offset += 1) {
      const dayKey = addDaysToKey("2026-09-21", offset);
      days.push(day(dayKey, { nutrition: nutrition(2500, { proteinG: 150, carbsG: 300, fatG: 78 }), weightKg: 70 }));
    }
    const series = progressSeries(history(days, { energyEstimates: [{ dayKey: "2026-11-05", maintenanceKcal: 2480, confidence: "high" }] }), fourWeeks).nutrition;
    const computed = series.energyEstimates.filter((estimate) => estimate.source === "computed");
    expect(computed.map((estimate) => estimate.key)).toEqual(["2026-10-25", "2026-11-01", "2026-11-08", "2026-11-15"]);
    for (const estimate of computed) expect(Math.abs(estimate.maintenanceKcal - 2500)).toBeLessThanOrEqual(10);
    expect(series.energyEstimates.filter((estimate) => estimate.source === "proposal")).toEqual([{ key: "2026-11-05", maintenanceKcal: 2480, confidence: "high", source: "proposal" }]);
  });
});

describe("progress series: mind", () => {
  it("lists check-ins by day, averages them by week on long ranges, and keeps WHO-5 results in the range", () => {
    const checkIn = (mood: number) => ({ mood, energy: 3, stress: 2, sleepHours: 7, sleepQuality: 4 });
    const days = [day("2026-11-02", { checkIn: checkIn(4) }), day("2026-11-03", { checkIn: checkIn(3) })];
    const questionnaires = [
      { instrument: "who5" as const, dayKey: "2026-09-01", score: 20, percent: 80, flagged: false },
      { instrument: "who5" as const, dayKey: "2026-11-01", score: 15, percent: 60, flagged: false },
      { instrument: "phq2" as const, dayKey: "2026-11-01", score: 1, percent: null, flagged: false },
    ];
    const daily = progressSeries(history(days, { questionnaires }), fourWeeks).mind;
    expect(daily.checkIns).toEqual([
      { key: "2026-11-02", days: 1, ...checkIn(4) },
      { key: "2026-11-03", days: 1, ...checkIn(3) },
    ]);
    expect(daily.who5).toEqual([{ dayKey: "2026-11-01", score: 15, percent: 60 }]);
    const weekly = progressSeries(history(days, { questionnaires }), { range: "1y", fromDayKey: "2026-10-19", toDayKey: "2026-11-15" }).mind;
    expect(weekly.checkIns).toEqual([{ key: "2026-11-02", days: 2, ...checkIn(3.5) }]);
  });
});

describe("training session summary", () => {
  it("counts working sets per muscle (secondary half), keeps the best e1RM and the records, and computes the load", () => {
    const summary = summariseSession({ _id: "s1", name: "Push", status: "finished", programId: null, startedAt: new Date("2026-11-02T18:00:00Z"), finishedAt: new Date("2026-11-02T19:05:00Z"), sessionRpe: 8, durationMinutes: null, sessionLoad: null }, [
      { sessionId: "s1", exerciseId: "bench", type: "warmup", weightKg: 40, reps: 10, volumeKg: 400, e1rmKg: 53.3, primaryMuscles: ["chest"], secondaryMuscles: ["triceps"], records: [] },
      { sessionId: "s1", exerciseId: "bench", type: "working", weightKg: 80, reps: 5, volumeKg: 400, e1rmKg: 93.3, primaryMuscles: ["chest"], secondaryMuscles: ["triceps"], records: ["heaviest", "bestE1rm"] },
      { sessionId: "s1", exerciseId: "bench", type: "working", weightKg: 75, reps: 8, volumeKg: 600, e1rmKg: 95, primaryMuscles: ["chest"], secondaryMuscles: ["triceps"], records: ["bestVolume"] },
    ]);
    expect(summary).toEqual({
      sessionId: "s1",
      name: "Push",
      minutes: 65,
      rpe: 8,
      load: 520,
      workingSets: 2,
      volumeByMuscle: { chest: { sets: 2, volumeKg: 1000 }, triceps: { sets: 1, volumeKg: 500 } },
      bestE1rmKg: { bench: 95 },
      records: [
        { exerciseId: "bench", kind: "heaviest", value: 80 },
        { exerciseId: "bench", kind: "bestE1rm", value: 93.3 },
        { exerciseId: "bench", kind: "bestVolume", value: 600 },
      ],
      fromProgram: false,
    });
  });
});
