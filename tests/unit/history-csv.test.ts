import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectHistoryFormat } from "@/lib/train/imports/detect-format";
import { parseHevyCsv } from "@/lib/train/imports/hevy-csv";
import { parseStrongCsv, parseStrongDuration } from "@/lib/train/imports/strong-csv";
import type { ParsedHistory } from "@/lib/train/imports/workout-history";

const STRONG_HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
const HEVY_HEADER =
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"';

const lines = (...rows: string[]) => rows.join("\n");
const allSets = (history: ParsedHistory) => history.workouts.flatMap((w) => w.exercises.flatMap((e) => e.sets));

const strongPush = lines(
  STRONG_HEADER,
  '2024-03-05 18:00:00,"Push, heavy",1h 5m,"Bench Press (Barbell)",W,95,10,0,0,"","Felt good",',
  '2024-03-05 18:00:00,"Push, heavy",1h 5m,"Bench Press (Barbell)",1,185,5,0,0,"Paused, then ""touch and go""',
  'second line",,8.5',
  '2024-03-05 18:00:00,"Push, heavy",1h 5m,"Bench Press (Barbell)",D,135,12,0,0,,,',
  '2024-03-05 18:00:00,"Push, heavy",1h 5m,"Plank",F,0,0,0,60,,,',
  '2024-03-05 18:00:00,"Push, heavy",1h 5m,"Bench Press (Barbell)",2,185,5,0,0,,,',
  '2024-03-07 07:30:00,"Run",30m,"Running",1,0,0,5.2,1800,,,',
);

describe("parseStrongCsv", () => {
  it("groups sets into workouts and exercises in file order, converting pounds to kilograms", () => {
    const history = parseStrongCsv(strongPush, { weightUnit: "lb" });
    expect(history.errors).toEqual([]);
    expect(history.rowCount).toBe(6);
    expect(history.workouts).toHaveLength(2);

    const [push, run] = history.workouts;
    expect(push).toMatchObject({
      sourceKey: "strong:2024-03-05T18:00:00:Push, heavy",
      name: "Push, heavy",
      startedAtLocal: "2024-03-05T18:00:00",
      durationMinutes: 65,
      notes: "Felt good",
    });
    // The bench press that comes back after the plank joins the first group, keeping its file position.
    expect(push.exercises.map((e) => e.name)).toEqual(["Bench Press (Barbell)", "Plank"]);
    const bench = push.exercises[0].sets;
    expect(bench.map((s) => [s.order, s.type, s.weightKg, s.reps])).toEqual([
      [1, "warmup", 43.09, 10],
      [2, "working", 83.91, 5],
      [3, "drop", 61.23, 12],
      [4, "working", 83.91, 5],
    ]);
    expect(bench[1].notes).toBe('Paused, then "touch and go"\nsecond line');
    expect(bench[1].rpe).toBe(8.5);
    // Strong's zero padding means "not recorded".
    expect(push.exercises[1].sets[0]).toMatchObject({ type: "failure", weightKg: null, reps: null, durationSec: 60 });

    expect(run).toMatchObject({ name: "Run", durationMinutes: 30 });
    expect(run.exercises[0].sets[0]).toMatchObject({ distanceM: 5200, durationSec: 1800, weightKg: null });
  });

  it("keeps kilograms as they are and reads distance in miles when told", () => {
    const history = parseStrongCsv(strongPush, { weightUnit: "kg", distanceUnit: "mi" });
    expect(allSets(history)[1].weightKg).toBe(185);
    expect(history.workouts[1].exercises[0].sets[0].distanceM).toBe(8368.6);
  });

  it("gives a stable source key, so re-importing the same file finds the same workouts", () => {
    const first = parseStrongCsv(strongPush, { weightUnit: "lb" }).workouts.map((w) => w.sourceKey);
    const again = parseStrongCsv(strongPush, { weightUnit: "kg" }).workouts.map((w) => w.sourceKey);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it("reports bad rows by data-row number and still imports the good ones", () => {
    const text = lines(
      STRONG_HEADER,
      '2024-03-05 18:00:00,A,1h,"Squat (Barbell)",1,100,5,0,0,"two',
      'lines",,',
      "not a date,A,1h,Squat (Barbell),2,100,5,0,0,,,",
      '2024-03-05 18:00:00,A,1h,"",3,100,5,0,0,,,',
      "2024-03-05 18:00:00,A,1h,Squat (Barbell),4,-20,5,0,0,,,",
      "2024-03-05 18:00:00,A,1h,Squat (Barbell),5,100,five,0,0,,,",
      "2024-03-05 18:00:00,A,1h,Squat (Barbell),X,100,5,0,0,,,",
      "2024-03-05 18:00:00,A,1h,Squat (Barbell),6,100,3",
      "",
      "2024-03-05 18:00:00,A,1h,Squat (Barbell),7,100,3,0,0,,,",
    );
    const history = parseStrongCsv(text, { weightUnit: "kg" });
    // Row numbers count records under the header: the two-line note is one record, the blank line none.
    expect(history.errors.map((e) => e.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(history.errors[0].message).toMatch(/Date "not a date"/);
    expect(history.errors[1].message).toMatch(/Exercise name is missing/);
    expect(history.errors[2].message).toMatch(/Weight "-20" is negative/);
    expect(history.errors[3].message).toMatch(/Reps "five" is not a number/);
    expect(history.errors[4].message).toMatch(/Set order "X"/);
    expect(history.errors[5].message).toMatch(/wrong number of columns/);
    expect(history.rowCount).toBe(8);
    expect(allSets(history).map((s) => s.reps)).toEqual([5, 3]);
  });

  it("reads the older semicolon format with its per-row units", () => {
    const text = lines(
      "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration",
      '2019-01-11 12:31:54;"Leg";"Deadlift (Barbell)";1;225;lbs;5;;;;0;"";"";1h 2m',
      '2019-01-11 12:31:54;"Leg";"Deadlift (Barbell)";2;102,5;kg;4;;;;0;;;1h 2m',
    );
    const history = parseStrongCsv(text, { weightUnit: "kg" });
    expect(history.errors).toEqual([]);
    expect(history.workouts[0].durationMinutes).toBe(62);
    expect(allSets(history).map((s) => s.weightKg)).toEqual([102.06, 102.5]);
  });

  it("reports an empty file and a header-only file differently", () => {
    expect(parseStrongCsv("", { weightUnit: "kg" })).toEqual({
      source: "strong",
      workouts: [],
      errors: [{ row: 0, message: "The file is empty." }],
      rowCount: 0,
    });
    expect(parseStrongCsv(`\uFEFF${STRONG_HEADER}\n`, { weightUnit: "kg" })).toEqual({
      source: "strong",
      workouts: [],
      errors: [],
      rowCount: 0,
    });
  });

  it("refuses another app's export as a whole", () => {
    const history = parseStrongCsv(hevyPull, { weightUnit: "kg" });
    expect(history.workouts).toEqual([]);
    expect(history.errors).toEqual([{ row: 0, message: "This looks like a Hevy export, not a Strong one." }]);
    expect(parseStrongCsv("name,age\nAda,36", { weightUnit: "kg" }).errors[0].message).toMatch(/not a Strong export: missing columns/);
  });

  it("reads Strong durations", () => {
    expect(parseStrongDuration("2h 18m")).toBe(138);
    expect(parseStrongDuration("45m")).toBe(45);
    expect(parseStrongDuration("2h")).toBe(120);
    expect(parseStrongDuration("")).toBeNull();
    expect(parseStrongDuration("soon")).toBeNull();
  });
});

const hevyPull = lines(
  HEVY_HEADER,
  '"Pull Day","1 Jul 2025, 18:05","1 Jul 2025, 19:12","Back, biceps","Lat Pulldown (Cable)",,"Slow negatives",0,"warmup",30,12,,,',
  '"Pull Day","1 Jul 2025, 18:05","1 Jul 2025, 19:12","Back, biceps","Lat Pulldown (Cable)",,"",1,"normal",55,10,,,8',
  '"Pull Day","1 Jul 2025, 18:05","1 Jul 2025, 19:12","Back, biceps","Lat Pulldown (Cable)",,"",2,"dropset",40,8,,,',
  '"Pull Day","1 Jul 2025, 18:05","1 Jul 2025, 19:12","Back, biceps","Pull Up",,"",0,"failure",,9,,,',
  '"Pull Day","1 Jul 2025, 18:05","1 Jul 2025, 19:12","Back, biceps","Rowing (Machine)",,"",0,"normal",,,1.5,420,',
  '"Late legs","31 Dec 2024, 23:30","1 Jan 2025, 00:45","","Squat (Barbell)",,"",0,"normal",100,5,,,',
);

describe("parseHevyCsv", () => {
  it("maps set types, units and the workout's duration", () => {
    const history = parseHevyCsv(hevyPull);
    expect(history.errors).toEqual([]);
    expect(history.workouts).toHaveLength(2);
    const [pull, legs] = history.workouts;
    expect(pull).toMatchObject({
      sourceKey: "hevy:2025-07-01T18:05:00:Pull Day",
      startedAtLocal: "2025-07-01T18:05:00",
      durationMinutes: 67,
      notes: "Back, biceps",
    });
    expect(pull.exercises.map((e) => [e.name, e.notes])).toEqual([
      ["Lat Pulldown (Cable)", "Slow negatives"],
      ["Pull Up", ""],
      ["Rowing (Machine)", ""],
    ]);
    expect(allSets(history).map((s) => s.type)).toEqual(["warmup", "working", "drop", "failure", "working", "working"]);
    expect(pull.exercises[0].sets[1]).toMatchObject({ order: 2, weightKg: 55, reps: 10, rpe: 8 });
    expect(pull.exercises[1].sets[0]).toMatchObject({ weightKg: null, reps: 9 });
    expect(pull.exercises[2].sets[0]).toMatchObject({ distanceM: 1500, durationSec: 420, reps: null });
    // Across midnight and the year end.
    expect(legs).toMatchObject({ startedAtLocal: "2024-12-31T23:30:00", durationMinutes: 75 });
  });

  it("converts a pounds export", () => {
    const text = lines(
      '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"',
      '"Legs","2 Jun 2025, 07:00","2 Jun 2025, 08:00","","Squat (Barbell)",,"",0,"normal",225,5,,,',
      '"Legs","2 Jun 2025, 07:00","2 Jun 2025, 08:00","","Walking",,"",0,"normal",,,1,900,',
    );
    const sets = allSets(parseHevyCsv(text));
    expect(sets[0].weightKg).toBe(102.06);
    expect(sets[1].distanceM).toBe(1609.3);
  });

  it("reports impossible dates and unknown set types by row", () => {
    const text = lines(
      HEVY_HEADER,
      '"Legs","31 Feb 2025, 10:00","31 Feb 2025, 11:00","","Squat (Barbell)",,"",0,"normal",100,5,,,',
      '"Legs","3 Mar 2025, 10:00","3 Mar 2025, 11:00","","Squat (Barbell)",,"",0,"superset",100,5,,,',
      '"Legs","3 Mar 2025, 10:00","3 Mar 2025, 11:00","","Squat (Barbell)",,"",1,"normal",100,-5,,,',
      '"Legs","3 Mar 2025, 10:00","3 Mar 2025, 11:00","","Squat (Barbell)",,"",2,"normal",100,5,,,',
    );
    const history = parseHevyCsv(text);
    expect(history.errors.map((e) => e.row)).toEqual([1, 2, 3]);
    expect(history.errors[0].message).toMatch(/Start time "31 Feb 2025, 10:00"/);
    expect(history.errors[1].message).toMatch(/Set type "superset"/);
    expect(allSets(history)).toHaveLength(1);
  });

  it("handles an empty file and another app's export", () => {
    expect(parseHevyCsv("  \n").errors).toEqual([{ row: 0, message: "The file is empty." }]);
    expect(parseHevyCsv(strongPush).errors).toEqual([{ row: 0, message: "This looks like a Strong export, not a Hevy one." }]);
  });
});

describe("detectHistoryFormat", () => {
  it("tells the apps apart by their header", () => {
    expect(detectHistoryFormat(strongPush)).toBe("strong");
    expect(detectHistoryFormat(`\uFEFF${STRONG_HEADER.replaceAll(",", ";")}`)).toBe("strong");
    expect(detectHistoryFormat(hevyPull)).toBe("hevy");
  });

  it("returns null for anything else", () => {
    expect(detectHistoryFormat("")).toBeNull();
    expect(detectHistoryFormat("Date,Steps,Calories\n2024-01-01,1000,2000")).toBeNull();
    expect(detectHistoryFormat('{"workouts": []}')).toBeNull();
  });
});

const STRONG_SAMPLE = "/work/shared/data/wearables/strong/strong.csv";
const HEVY_SAMPLE = "/work/shared/data/wearables/hevy/workout_data.csv";

describe.skipIf(!existsSync(STRONG_SAMPLE))("the real Strong sample", () => {
  it("imports every set", () => {
    const text = readFileSync(STRONG_SAMPLE, "utf8");
    expect(detectHistoryFormat(text)).toBe("strong");
    const history = parseStrongCsv(text, { weightUnit: "kg" });
    expect(history.errors).toEqual([]);
    expect(history.rowCount).toBe(2078);
    expect(history.workouts).toHaveLength(129);
    expect(allSets(history)).toHaveLength(2078);
    const [first] = history.workouts;
    expect(first).toMatchObject({ startedAtLocal: "2021-02-10T16:46:13", name: "Mittwoch", durationMinutes: 138 });
    expect(first.exercises[0].sets[0]).toMatchObject({
      exerciseName: "Bench Press (Barbell)",
      order: 1,
      type: "working",
      weightKg: 75,
      reps: 8,
    });
  });
});

describe.skipIf(!existsSync(HEVY_SAMPLE))("the real Hevy sample", () => {
  it("imports every set", () => {
    const text = readFileSync(HEVY_SAMPLE, "utf8");
    expect(detectHistoryFormat(text)).toBe("hevy");
    const history = parseHevyCsv(text);
    expect(history.errors).toEqual([]);
    expect(history.workouts).toHaveLength(17);
    expect(allSets(history)).toHaveLength(330);
    expect(history.workouts.every((w) => w.durationMinutes !== null && w.durationMinutes > 0)).toBe(true);
  });
});
