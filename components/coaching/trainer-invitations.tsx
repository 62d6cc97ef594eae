"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { describedBy, FormField } from "@/components/ui/form-field";
import { invitationStatusLabels, type TCreatedCode, type TTrainerInvitation } from "@/lib/schemas/coaching";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc/react";

const dateFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });
const expiryChoices = [1, 3, 7, 14, 30];

function ExpirySelect({ id, value, onChange }: { id: string; value: number; onChange: (days: number) => void }) {
  return (
    <FormField id={id} label="Expires after">
      <select id={id} className="input" value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {expiryChoices.map((days) => (
          <option key={days} value={days}>
            {days === 1 ? "1 day" : `${days} days`}
          </option>
        ))}
      </select>
    </FormField>
  );
}

function useRefreshList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.trainerInvitations.list.queryKey() });
}

function InviteByEmailForm() {
  const trpc = useTRPC();
  const refresh = useRefreshList();
  const [email, setEmail] = useState("");
  const [message, setMessage] = useState("");
  const [days, setDays] = useState(7);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const invite = useMutation(
    trpc.trainerInvitations.inviteByEmail.mutationOptions({
      onSuccess: (invitation) => {
        setSentTo(invitation.email);
        setEmail("");
        setMessage("");
        void refresh();
      },
    }),
  );
  const errors = fieldErrorsOf(invite.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    invite.mutate({ email, message: message || undefined, expiresInDays: days });
  };
  return (
    <form className="card space-y-4" onSubmit={onSubmit} noValidate aria-labelledby="invite-email-heading">
      <h2 id="invite-email-heading" className="text-lg font-semibold">
        Invite by email
      </h2>
      {sentTo ? <Alert tone="success">Invitation sent to {sentTo}. They will see it in their app when signed in with that address.</Alert> : null}
      {invite.error && !errors.email && !errors.message ? <Alert>{messageOf(invite.error)}</Alert> : null}
      <FormField id="invite-email" label="Member's email" error={errors.email}>
        <input
          id="invite-email"
          type="email"
          className="input"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={Boolean(errors.email)}
          aria-describedby={describedBy("invite-email", errors.email)}
          required
        />
      </FormField>
      <FormField id="invite-message" label="Message (optional)" error={errors.message}>
        <textarea
          id="invite-message"
          className="input"
          rows={2}
          maxLength={500}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          aria-invalid={Boolean(errors.message)}
          aria-describedby={describedBy("invite-message", errors.message)}
        />
      </FormField>
      <ExpirySelect id="invite-email-expiry" value={days} onChange={setDays} />
      <button type="submit" className="btn-primary" disabled={invite.isPending}>
        {invite.isPending ? "Sending…" : "Send invitation"}
      </button>
    </form>
  );
}

function CreateCodeForm() {
  const trpc = useTRPC();
  const refresh = useRefreshList();
  const [days, setDays] = useState(7);
  const [created, setCreated] = useState<TCreatedCode | null>(null);
  const [copied, setCopied] = useState(false);
  const create = useMutation(
    trpc.trainerInvitations.createCode.mutationOptions({
      onSuccess: (result) => {
        setCreated(result);
        setCopied(false);
        void refresh();
      },
    }),
  );
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="card space-y-4" aria-labelledby="invite-code-heading">
      <h2 id="invite-code-heading" className="text-lg font-semibold">
        Share an invitation link
      </h2>
      <p className="text-sm text-slate-600">One link for one member: it works once, and it is shown only now. Send it however you like.</p>
      {create.error ? <Alert>{messageOf(create.error)}</Alert> : null}
      {created ? (
        <div className="space-y-2 rounded-xl border border-brand-100 bg-brand-50 p-3">
          <label htmlFor="invite-link" className="label">
            Invitation link (valid until {dateFormat.format(created.expiresAt)})
          </label>
          <div className="flex gap-2">
            <input id="invite-link" className="input font-mono text-sm" readOnly value={created.url} onFocus={(event) => event.currentTarget.select()} />
            <button type="button" className="btn-secondary shrink-0" onClick={() => void copy()}>
              {copied ? "Copied" : "Copy link"}
            </button>
          </div>
          <p className="text-xs text-slate-600">Copy it now: for safety only a fingerprint of it is kept, so it cannot be shown again.</p>
        </div>
      ) : null}
      <ExpirySelect id="invite-code-expiry" value={days} onChange={setDays} />
      <button type="button" className="btn-primary" disabled={create.isPending} onClick={() => create.mutate({ expiresInDays: days })}>
        {create.isPending ? "Creating…" : created ? "Create another link" : "Create link"}
      </button>
    </section>
  );
}

const statusStyles: Record<TTrainerInvitation["status"], string> = {
  pending: "bg-amber-50 text-amber-900",
  accepted: "bg-emerald-50 text-emerald-900",
  declined: "bg-slate-100 text-slate-700",
  revoked: "bg-slate-100 text-slate-700",
  expired: "bg-slate-100 text-slate-700",
};

function InvitationList() {
  const trpc = useTRPC();
  const refresh = useRefreshList();
  const invitations = useQuery(trpc.trainerInvitations.list.queryOptions());
  const revoke = useMutation(trpc.trainerInvitations.revoke.mutationOptions({ onSettled: () => void refresh() }));

  return (
    <section className="card space-y-3" aria-labelledby="invitation-list-heading">
      <h2 id="invitation-list-heading" className="text-lg font-semibold">
        Your invitations
      </h2>
      {revoke.error ? <Alert>{messageOf(revoke.error)}</Alert> : null}
      {invitations.error ? <Alert>{messageOf(invitations.error)}</Alert> : null}
      {invitations.isPending ? (
        <p className="text-sm text-slate-600">Loading…</p>
      ) : !invitations.data || invitations.data.length === 0 ? (
        <p className="text-sm text-slate-600">No invitations yet.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Invitations, newest first</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">Invited</th>
              <th scope="col" className="py-2 pr-3 font-medium">Status</th>
              <th scope="col" className="py-2 pr-3 font-medium">Sent</th>
              <th scope="col" className="py-2 pr-3 font-medium">Expires</th>
              <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {invitations.data.map((invitation) => {
              const who = invitation.email ?? "Invitation link";
              return (
                <tr key={invitation.id} data-testid="invitation-row">
                  <td className="py-2 pr-3">
                    <span className="font-medium">{who}</span>
                    {invitation.member ? <span className="block text-slate-600">{invitation.member.name}</span> : null}
                  </td>
                  <td className="py-2 pr-3">
                    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusStyles[invitation.status]}`}>{invitationStatusLabels[invitation.status]}</span>
                  </td>
                  <td className="py-2 pr-3">{dateFormat.format(invitation.createdAt)}</td>
                  <td className="py-2 pr-3">{dateFormat.format(invitation.expiresAt)}</td>
                  <td className="py-2 text-right">
                    {invitation.status === "pending" ? (
                      <button
                        type="button"
                        className="btn-secondary"
                        disabled={revoke.isPending}
                        aria-label={`Revoke invitation: ${who}`}
                        onClick={() => revoke.mutate({ invitationId: invitation.id })}
                      >
                        Revoke
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The trainer's invitations page: two ways to invite, then every invitation with its state. */
export function TrainerInvitations() {
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <InviteByEmailForm />
        <CreateCodeForm />
      </div>
      <InvitationList />
    </div>
  );
}
