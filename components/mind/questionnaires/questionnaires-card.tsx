"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { formatDayKey } from "@/lib/dates/day-key";
import { questionnaires } from "@/lib/mind/questionnaires";
import type { TQuestionnaireStatusView } from "@/lib/schemas/mind";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { QuestionnaireHistoryChart } from "./questionnaire-history-chart";

/**
 * The wellbeing questionnaires: WHO-5 every two weeks, and PHQ-2 / GAD-2 only when the member turned
 * them on. Each says when it was last taken and whether it is due, and its history is a chart.
 */
export function QuestionnairesCard({ status }: { status: TQuestionnaireStatusView }) {
  return (
    <section className="card space-y-3" aria-labelledby="questionnaires-heading">
      <h2 id="questionnaires-heading" className="text-lg font-semibold">
        Wellbeing questionnaires
      </h2>
      <ul className="divide-y divide-slate-100">
        {status.offers.map((offer) => {
          const instrument = questionnaires[offer.instrument];
          return (
            <li key={offer.instrument} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div>
                <p className="font-medium">{instrument.shortName}</p>
                <p className="text-sm text-slate-600" data-testid={`${offer.instrument}-status`}>
                  {offer.lastDayKey ? `Last taken ${formatDayKey(offer.lastDayKey)}` : "Not taken yet"}
                  {offer.due ? " · due now" : " · next in two weeks"}
                </p>
              </div>
              <Link href={`/mind/questionnaires/${offer.instrument}`} className={offer.due ? "btn-primary" : "btn-secondary"} aria-label={`Take the ${instrument.shortName}`}>
                {offer.due ? "Take it now" : "Take it again"}
              </Link>
            </li>
          );
        })}
      </ul>
      {status.offers.map((offer) => (
        <QuestionnaireHistory key={offer.instrument} instrument={offer.instrument} />
      ))}
      {!status.screenersEnabled.phq2 && !status.screenersEnabled.gad2 ? (
        <p className="text-xs text-slate-600">
          Two short screeners for low mood (PHQ-2) and anxiety (GAD-2) are off. You can turn them on in{" "}
          <Link href="/mind/settings" className="underline">
            privacy and sharing settings
          </Link>
          .
        </p>
      ) : null}
    </section>
  );
}

/** One instrument's history, read when the card shows it. */
function QuestionnaireHistory({ instrument }: { instrument: keyof typeof questionnaires }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.mind.questionnaireHistory.queryOptions({ instrument }));
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{instrument === "who5" ? "Your WHO-5 wellbeing over time" : `Your ${questionnaires[instrument].shortName} over time`}</h3>
      {history.isError ? <Alert>{messageOf(history.error)}</Alert> : null}
      {history.data ? <QuestionnaireHistoryChart instrument={instrument} results={history.data.results} /> : history.isPending ? <p className="text-sm text-slate-600">Loading your history…</p> : null}
    </div>
  );
}
