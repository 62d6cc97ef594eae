"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { forgetJoinCode } from "./join-code-memory";

/** Accept on /join/<code>; the answer replaces the button. */
export function AcceptCodeButton({ code, trainerName }: { code: string; trainerName: string }) {
  const trpc = useTRPC();
  const accept = useMutation(trpc.coaching.acceptCode.mutationOptions({ onSuccess: () => forgetJoinCode() }));

  if (accept.isSuccess) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{accept.data.trainer.name} is now your trainer.</Alert>
        <Link href="/" className="btn-primary w-full">
          Continue
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {accept.error ? <Alert>{messageOf(accept.error)}</Alert> : null}
      <button type="button" className="btn-primary w-full" disabled={accept.isPending} onClick={() => accept.mutate({ code })}>
        {accept.isPending ? "Accepting…" : `Accept ${trainerName} as my trainer`}
      </button>
      <Link href="/" className="btn-secondary w-full">
        Not now
      </Link>
    </div>
  );
}
