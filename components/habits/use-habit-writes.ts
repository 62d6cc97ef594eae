"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { THabitView } from "@/lib/schemas/habit";
import { useSyncWhenVisible } from "@/components/train/use-local-writes";
import { useOutbox } from "@/components/train/use-outbox";
import { asOfDay, dayRef, isBehind, newestViews, pendingOverrides, withPendingToday, type DayOverride, type HabitWritePath } from "./habit-display";
import { useCurrentDayKey } from "./use-current-day-key";

type Optimistic = Map<string, { key: string; override: DayOverride }>;

function withoutKeys(current: Optimistic, keys: Set<string>): Optimistic {
  if (![...current.values()].some((entry) => keys.has(entry.key))) return current;
  return new Map([...current].filter(([, entry]) => !keys.has(entry.key)));
}

let counter = 0;

/**
 * The server's latest answer per habit on this page, whichever screen heard it. A screen opened during
 * a navigation may get a page read before a write another screen just sent had landed; the newer
 * answer wins over it (both carry readAt).
 */
const latestAnswers = new Map<string, THabitView>();

/** How long a new day waits for the server's fresh page before it is shown from this phone's copy. */
const NEW_DAY_WAIT_MS = 10_000;

/**
 * Once a new day has begun under a page made on an earlier one: fetch the fresh page (router.refresh)
 * when online, and say whether that is still awaited. A refresh that cannot reach the server makes
 * Next.js reload the page, which the service worker may answer with the same cached copy, so it is
 * tried once per screen and day; after that, or offline, or after a wait, the day rolls over here.
 * The wait's start is kept with that once-per-day mark, so a screen mounted again during the wait
 * (a reload, a re-render from a fresh layout) waits out the rest instead of rolling over at once.
 * The router is read through a ref: its identity changes when a refresh lands, and an effect that
 * depended on it would end the wait early and never start it again.
 */
function useNewDayRefresh(behind: boolean, dayKey: string | null, online: boolean): boolean {
  const router = useRouter();
  const routerRef = useRef(router);
  routerRef.current = router;
  const [awaiting, setAwaiting] = useState<{ dayKey: string; until: number } | null>(null);
  useEffect(() => {
    if (!behind || dayKey === null || !online || !navigator.onLine) return;
    const marker = `habits-new-day:${window.location.pathname}`;
    const now = Date.now();
    try {
      const [markedDay, markedAt] = (sessionStorage.getItem(marker) ?? "").split("@");
      if (markedDay === dayKey) {
        const until = Number(markedAt) + NEW_DAY_WAIT_MS;
        if (until > now) setAwaiting({ dayKey, until });
        return;
      }
      sessionStorage.setItem(marker, `${dayKey}@${now}`);
    } catch {
      // No session storage (private mode): refresh without the guard.
    }
    setAwaiting({ dayKey, until: now + NEW_DAY_WAIT_MS });
    routerRef.current.refresh();
  }, [behind, dayKey, online]);
  // The wait ends at its time, whatever happens meanwhile.
  useEffect(() => {
    if (awaiting === null) return;
    const timer = window.setTimeout(() => setAwaiting(null), Math.max(0, awaiting.until - Date.now()));
    return () => window.clearTimeout(timer);
  }, [awaiting]);
  return behind && online && awaiting?.dayKey === dayKey;
}

/**
 * Habit check-ins, skips and undos through the offline outbox: the tap shows at once (the queued
 * write is applied over the server's view), works with no signal, and is replayed in order exactly
 * once. The server's answer to each write (the habit's fresh view) replaces the habit when it lands.
 */
export function useHabitWrites({ userId, timeZone, initial, onSent }: { userId: string; timeZone: string; initial: THabitView[]; onSent?: (habit: THabitView) => void }) {
  const outbox = useOutbox(userId);
  const [served, setServed] = useState<THabitView[]>(() => newestViews(initial, [...latestAnswers.values()]));
  // A fresh page replaces what is shown, except habits whose write answered after that page was made
  // (a tap during a navigation): the write's answer is the newer truth.
  useEffect(() => setServed((shown) => newestViews(newestViews(initial, [...latestAnswers.values()]), shown)), [initial]);
  // "Today" is the member's day now, not the day the page was made: a check-in never lands on yesterday.
  const currentDayKey = useCurrentDayKey(timeZone);
  const behind = served.some((habit) => isBehind(habit, currentDayKey));
  /** True while the fresh page for a new day is on its way: today's buttons wait for it. */
  const awaitingNewDay = useNewDayRefresh(behind, currentDayKey, outbox.online);
  const sentListener = useRef(onSent);
  sentListener.current = onSent;
  // The latest tap per habit-day, shown before IndexedDB has confirmed it: quick taps (−/+) build on
  // each other instead of on a stale value.
  const [optimistic, setOptimistic] = useState<Optimistic>(() => new Map());

  useEffect(
    () =>
      outbox.subscribe(({ write, result }) => {
        if (!write.path.startsWith("habits.")) return;
        const fresh = result as THabitView;
        setOptimistic((current) => withoutKeys(current, new Set([write.key])));
        latestAnswers.set(fresh.id, fresh);
        setServed((habits) => habits.map((habit) => (habit.id === fresh.id ? fresh : habit)));
        sentListener.current?.(fresh);
      }),
    [outbox],
  );

  // A notification's "Done" (written by the service worker) or another tab may have queued writes.
  useSyncWhenVisible(outbox.sync);

  const habitWrites = useMemo(() => outbox.pending.filter((write) => write.path.startsWith("habits.")), [outbox.pending]);
  // A refused write is shown as refused, over the server's view, not as if it had worked.
  useEffect(() => setOptimistic((current) => withoutKeys(current, new Set(outbox.rejected.map((write) => write.key)))), [outbox.rejected]);
  const overrides = useMemo(() => {
    const merged = pendingOverrides(habitWrites);
    for (const [ref, entry] of optimistic) merged.set(ref, entry.override);
    return merged;
  }, [habitWrites, optimistic]);
  const pendingRefs = useMemo(
    () => new Set([...habitWrites.map((write) => dayRef(write.subjectIds[0] ?? "", (write.input as { dayKey: string }).dayKey)), ...optimistic.keys()]),
    [habitWrites, optimistic],
  );
  const refusedRefs = useMemo(
    () => new Set(outbox.rejected.filter((write) => write.path.startsWith("habits.")).map((write) => dayRef(write.subjectIds[0] ?? "", (write.input as { dayKey: string }).dayKey))),
    [outbox.rejected],
  );
  const habits = useMemo(() => served.map((habit) => withPendingToday(asOfDay(habit, currentDayKey), overrides)), [served, currentDayKey, overrides]);

  const queue = useCallback(
    (path: HabitWritePath, habitId: string, dayKey: string, input: Record<string, unknown>) => {
      counter += 1;
      const key = `habit:${habitId}:${dayKey}:${Date.now()}${counter}`;
      const override: DayOverride = path === "habits.checkIn" ? { kind: "value", value: Number(input.value) } : path === "habits.skip" ? { kind: "skipped" } : { kind: "cleared" };
      setOptimistic((current) => new Map(current).set(dayRef(habitId, dayKey), { key, override }));
      void outbox.queue({ key, path, input: { habitId, dayKey, ...input }, sessionId: "", subjectIds: [habitId] }).then((stored) => {
        // This phone could not keep it (storage full): show what is really saved.
        if (!stored) setOptimistic((current) => withoutKeys(current, new Set([key])));
      });
    },
    [outbox],
  );

  const actions = useMemo(
    () => ({
      checkIn: (habitId: string, dayKey: string, value: number) => queue("habits.checkIn", habitId, dayKey, { value }),
      skip: (habitId: string, dayKey: string) => queue("habits.skip", habitId, dayKey, {}),
      undo: (habitId: string, dayKey: string) => queue("habits.undo", habitId, dayKey, {}),
    }),
    [queue],
  );

  /** "pending" while a write for that habit and day waits, "refused" if the server said no. */
  const syncOf = useCallback(
    (habitId: string, dayKey: string): "pending" | "refused" | "synced" => {
      const ref = dayRef(habitId, dayKey);
      if (refusedRefs.has(ref)) return "refused";
      return pendingRefs.has(ref) ? "pending" : "synced";
    },
    [pendingRefs, refusedRefs],
  );

  /** A habit's fresh view from an online edit (update, pause). */
  const replace = useCallback((fresh: THabitView) => setServed((list) => list.map((habit) => (habit.id === fresh.id ? fresh : habit))), []);

  return { outbox, habits, currentDayKey, awaitingNewDay, overrides, actions, syncOf, replace };
}

export type HabitWrites = ReturnType<typeof useHabitWrites>;
export type HabitActions = HabitWrites["actions"];
