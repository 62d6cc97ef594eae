"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useTodayKey } from "@/components/habits/use-current-day-key";
import { Alert } from "@/components/ui/alert";
import { PeriodButtons } from "@/components/ui/period-buttons";
import type { TCheckInHistoryView, TQuestionnaireStatusView, TTodayCheckInView } from "@/lib/schemas/mind";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { CheckInCard } from "./check-in/check-in-card";
import { CheckInTrendChart } from "./check-in/check-in-trend-chart";
import { useCheckInWrites } from "./check-in/use-check-in-writes";
import { MindSyncStatus } from "./mind-sync-status";
import { QuestionnairesCard } from "./questionnaires/questionnaires-card";

const ranges = [14, 30, 90] as const;
type Range = (typeof ranges)[number];
const INITIAL_RANGE: Range = 14;

/** /mind: today's check-in, how the days have been, the wellbeing questionnaires, the journal and privacy. */
export function MindScreen({
  userId,
  timeZone,
  today,
  history,
  status,
}: {
  userId: string;
  timeZone: string;
  today: TTodayCheckInView;
  history: TCheckInHistoryView;
  status: TQuestionnaireStatusView;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [range, setRange] = useState<Range>(INITIAL_RANGE);
  const writes = useCheckInWrites(userId, today.checkIn);
  const trend = useQuery({ ...trpc.mind.checkInHistory.queryOptions({ days: range }), initialData: range === INITIAL_RANGE ? history : undefined, placeholderData: keepPreviousData });
  // After midnight with the screen open, today's check-in is a new one.
  const todayKey = useTodayKey(timeZone, today.todayKey);

  useEffect(
    () =>
      writes.outbox.subscribe(({ write }) => {
        if (write.path === "mind.saveCheckIn") void queryClient.invalidateQueries({ queryKey: trpc.mind.checkInHistory.queryKey() });
      }),
    [writes.outbox, queryClient, trpc],
  );

  const view = trend.data ?? history;
  const pendingToday = writes.pending.get(todayKey);
  // What is on the phone and not on the server yet still belongs on the chart.
  const points = [...view.checkIns.filter((checkIn) => !writes.pending.has(checkIn.dayKey)), ...[...writes.pending.values()].filter((input) => input.dayKey >= view.fromDayKey && input.dayKey <= view.todayKey).map((input) => ({ ...input, tags: input.tags ?? [] }))].sort((a, b) =>
    a.dayKey.localeCompare(b.dayKey),
  );
  const lastSleepHours = view.checkIns.at(-1)?.sleepHours ?? null;

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold">Mind</h1>
        <p className="text-sm text-slate-600">How you feel shapes how you train. What you record here is yours: your trainer sees nothing unless you choose to share.</p>
      </div>
      <MindSyncStatus outbox={writes.outbox} />
      <CheckInCard todayKey={todayKey} saved={writes.saved} pending={pendingToday} lastSleepHours={lastSleepHours} onSave={writes.save} />

      <section className="card space-y-3" aria-labelledby="mind-trend-heading">
        <h2 id="mind-trend-heading" className="text-lg font-semibold">
          How your days have been
        </h2>
        <PeriodButtons periods={ranges} value={range} onChange={setRange} />
        {trend.isError ? <Alert>{messageOf(trend.error)}</Alert> : null}
        <CheckInTrendChart fromDayKey={view.fromDayKey} todayKey={view.todayKey} checkIns={points} caption="Your check-ins, newest first" empty="Your check-ins will show here as a chart." />
      </section>

      <QuestionnairesCard status={status} />

      <section className="card space-y-2" aria-labelledby="journal-heading">
        <h2 id="journal-heading" className="text-lg font-semibold">
          Journal
        </h2>
        <p className="text-sm text-slate-600">A private place to reflect, with prompts if you want them. Stored encrypted, never shared.</p>
        <Link href="/mind/journal" className="btn-primary">
          Open your journal
        </Link>
      </section>

      <section className="card space-y-2" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading" className="text-lg font-semibold">
          Privacy and sharing
        </h2>
        <p className="text-sm text-slate-600">Choose what your trainer may see, turn the optional screeners on or off, and see every time your trainer looked.</p>
        <Link href="/mind/settings" className="btn-secondary">
          Privacy and sharing settings
        </Link>
      </section>
    </div>
  );
}
