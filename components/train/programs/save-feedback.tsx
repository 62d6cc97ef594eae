"use client";

import { TRPCClientError } from "@trpc/client";
import { Alert } from "@/components/ui/alert";
import { fieldErrorsOf, messageOf } from "@/lib/trpc/react";

const MAX_ISSUES = 5;

/**
 * What a version-checked editor (training programs, habit programs) says after a save: the problems to
 * fix first (at most five, then a count), a conflict with a Reload (someone saved a newer version), the
 * server's refusal with its field errors, or the success notice.
 */
export function SaveFeedback(props: { issues: string[]; serverError: unknown; conflictText: string; status: string | null }) {
  const { issues, serverError } = props;
  const conflict = serverError instanceof TRPCClientError && serverError.data?.code === "CONFLICT";
  const serverFieldErrors = Object.values(fieldErrorsOf(serverError));
  return (
    <>
      {issues.length > 0 ? (
        <Alert>
          <p className="font-semibold">Fix these before saving:</p>
          <ul className="mt-1 list-disc pl-5">
            {issues.slice(0, MAX_ISSUES).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          {issues.length > MAX_ISSUES ? <p className="mt-1">…and {issues.length - MAX_ISSUES} more.</p> : null}
        </Alert>
      ) : null}
      {conflict ? (
        <Alert>
          <p>{props.conflictText}</p>
          <button type="button" className="btn-secondary mt-2" onClick={() => window.location.reload()}>
            Reload
          </button>
        </Alert>
      ) : serverError ? (
        <Alert>
          <p>{messageOf(serverError)}</p>
          {serverFieldErrors.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {serverFieldErrors.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {props.status ? <Alert tone="success">{props.status}</Alert> : null}
    </>
  );
}
