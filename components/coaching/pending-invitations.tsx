"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { rememberedJoinCode } from "./join-code-memory";

const dateFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });

/**
 * Today: invitations waiting for this member's email, with Accept and Decline, and a link back to a
 * /join/<code> link they opened before signing in. Renders nothing when there is neither.
 */
export function PendingInvitations() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.coaching.invitations.queryOptions());
  const [joinCode, setJoinCode] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<string | null>(null);
  useEffect(() => setJoinCode(rememberedJoinCode()), []);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.coaching.pathKey() });
    router.refresh();
  };
  const accept = useMutation(trpc.coaching.accept.mutationOptions({ onSuccess: (result) => (setAccepted(result.trainer.name), refresh()) }));
  const decline = useMutation(trpc.coaching.decline.mutationOptions({ onSuccess: refresh }));
  const busy = accept.isPending || decline.isPending;
  const error = accept.error ?? decline.error;
  const pending = invitations.data ?? [];

  if (!accepted && !joinCode && pending.length === 0) return null;
  return (
    <section className="card space-y-3" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" className="text-lg font-semibold">
        Coaching invitations
      </h2>
      {accepted ? <Alert tone="success">{accepted} is now your trainer.</Alert> : null}
      {error ? <Alert>{messageOf(error)}</Alert> : null}
      {joinCode ? (
        <p className="text-sm text-slate-700">
          You opened an invitation link before signing in.{" "}
          <Link className="font-semibold text-brand-700 underline" href={`/join/${joinCode}`}>
            Continue with that invitation
          </Link>
        </p>
      ) : null}
      {pending.length > 0 ? (
        <ul className="divide-y divide-slate-100" aria-label="Coaching invitations">
          {pending.map((invitation) => (
            <li key={invitation.id} className="space-y-2 py-3 first:pt-0 last:pb-0">
              <p>
                <span className="font-semibold">{invitation.trainer.name}</span> invited you to be coached.
                <span className="block text-sm text-slate-600">Open until {dateFormat.format(invitation.expiresAt)}</span>
              </p>
              {invitation.message ? <blockquote className="border-l-4 border-brand-100 pl-3 text-sm text-slate-700">{invitation.message}</blockquote> : null}
              <p className="text-sm text-slate-600">Your trainer will see your training and habits and can plan them with you. You can end coaching at any time in Settings.</p>
              <div className="flex gap-2">
                <button type="button" className="btn-primary" disabled={busy} onClick={() => accept.mutate({ invitationId: invitation.id })} aria-label={`Accept ${invitation.trainer.name}'s invitation`}>
                  Accept
                </button>
                <button type="button" className="btn-secondary" disabled={busy} onClick={() => decline.mutate({ invitationId: invitation.id })} aria-label={`Decline ${invitation.trainer.name}'s invitation`}>
                  Decline
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
