"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { questionnaires } from "@/lib/mind/questionnaires";
import type { TSubmitQuestionnaireView } from "@/lib/schemas/mind";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { QuestionnaireResult } from "./questionnaire-result";

type Instrument = keyof typeof questionnaires;

/**
 * One questionnaire with its published wording: every item a group of radio buttons in the published
 * order. Nothing is sent until every item is answered; a failed send keeps every answer.
 */
export function QuestionnaireForm({ instrument }: { instrument: Instrument }) {
  const questionnaire = questionnaires[instrument];
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<(number | null)[]>(() => questionnaire.items.map(() => null));
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<TSubmitQuestionnaireView | null>(null);
  const submit = useMutation(
    trpc.mind.submitQuestionnaire.mutationOptions({
      onSuccess: async (view) => {
        setResult(view);
        window.scrollTo({ top: 0 });
        await queryClient.invalidateQueries({ queryKey: trpc.mind.questionnaireHistory.queryKey() });
      },
    }),
  );

  if (result) return <QuestionnaireResult instrument={instrument} view={result} />;

  return (
    <form
      className="space-y-5"
      aria-label={questionnaire.name}
      onSubmit={(event) => {
        event.preventDefault();
        const unanswered = answers.findIndex((answer) => answer === null);
        if (unanswered >= 0) return setError(`Answer every statement first (number ${unanswered + 1} is still open).`);
        if (!navigator.onLine) return setError("Sending your answers needs a connection. They stay here until you are back online.");
        setError(null);
        submit.mutate({ instrument, answers: answers as number[] });
      }}
    >
      <div className="card space-y-2">
        <p className="text-sm font-semibold text-slate-800">{questionnaire.timeFrame}</p>
        <p className="text-sm text-slate-700">{questionnaire.instructions}</p>
      </div>
      <ol className="space-y-4">
        {questionnaire.items.map((item, index) => (
          <li key={item.id} className="card">
            <fieldset className="space-y-2">
              <legend className="font-medium text-slate-900">
                {index + 1}. {item.text}
              </legend>
              <div className="grid gap-2">
                {questionnaire.options.map((option) => {
                  const id = `${item.id}-${option.value}`;
                  return (
                    <label key={option.value} htmlFor={id} className="flex cursor-pointer items-center gap-3 rounded-xl border border-slate-200 bg-white px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                      <input
                        id={id}
                        type="radio"
                        name={item.id}
                        value={option.value}
                        checked={answers[index] === option.value}
                        onChange={() => {
                          setError(null);
                          setAnswers((current) => current.map((answer, at) => (at === index ? option.value : answer)));
                        }}
                        className="h-4 w-4 accent-brand-600"
                      />
                      <span className="text-sm">{option.label}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {submit.error ? <Alert>{messageOf(submit.error)}</Alert> : null}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary flex-1" disabled={submit.isPending}>
          {submit.isPending ? "Sending…" : "See my result"}
        </button>
        <Link href="/mind" className="btn-secondary">
          Not now
        </Link>
      </div>
      <p className="text-xs text-slate-500">{questionnaire.citation}</p>
    </form>
  );
}
