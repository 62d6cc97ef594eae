import Link from "next/link";
import { questionnaires } from "@/lib/mind/questionnaires";
import type { TSubmitQuestionnaireView } from "@/lib/schemas/mind";
import { SupportResources } from "./support-resources";

/**
 * The result, in plain and kind words. A raised flag shows the supportive message and where to find
 * help right here; nothing about the result is ever sent as a notification or shown to a trainer.
 */
export function QuestionnaireResult({ instrument, view }: { instrument: keyof typeof questionnaires; view: TSubmitQuestionnaireView }) {
  const questionnaire = questionnaires[instrument];
  const { result } = view;
  const headline =
    instrument === "who5" ? `Your wellbeing score is ${result.percentage}% (${result.score} of 25)` : `Your ${questionnaire.shortName} score is ${result.score} of 6`;
  return (
    <div className="space-y-4">
      <section className="card space-y-2" aria-labelledby="result-heading" data-testid="questionnaire-result">
        <h2 id="result-heading" className="text-lg font-semibold">
          {headline}
        </h2>
        {view.flagged ? (
          view.messages.map((message) => (
            <p key={message} className="text-slate-700">
              {message}
            </p>
          ))
        ) : (
          <p className="text-slate-700">
            {instrument === "who5" ? "Thank you. Keep an eye on how this moves over time; you will be asked again in two weeks." : "Thank you. Nothing in these answers suggests looking further right now."}
          </p>
        )}
        {view.disclaimer ? <p className="text-sm text-slate-600">{view.disclaimer}</p> : null}
        <p className="text-xs text-slate-500">Only you see this result. It is not sent as a notification and never shared with your trainer.</p>
      </section>
      {view.resources.length > 0 ? <SupportResources resources={view.resources} /> : null}
      <Link href="/mind" className="btn-primary">
        Back to Mind
      </Link>
    </div>
  );
}
