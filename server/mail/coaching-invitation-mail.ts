import "server-only";
import { env } from "@/lib/env";
import type { TTrainerInvitation } from "@/lib/schemas/coaching";
import { UserModel } from "@/server/users/user-model";
import { enqueueMail, type OutgoingMail } from "./mail-outbox";

export const invitationMailId = (invitationId: string) => `coaching-invitation:${invitationId}`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

/** One line, no control characters: the name goes into a header and a subject. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim().slice(0, 100);

/** The expiry as the reader sees it; their time zone is unknown, so it says UTC. */
const formatExpiry = (at: Date) =>
  `${new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(at)} UTC`;

export type InvitationMailInput = {
  invitationId: string;
  to: string;
  trainerName: string;
  message: string | null;
  expiresAt: Date;
  /** Whether an account with the invited address exists: decides between the sign-in and sign-up link. */
  hasAccount: boolean;
  appUrl: string;
};

/**
 * The invitation email. The link opens sign-in (or sign-up) rather than the invitation itself: the
 * invitation is shown on Today to whoever is signed in with the invited address (sign-in sends members
 * to Today; sign-up goes through onboarding to it), so the email carries no token worth stealing.
 */
export function invitationMail(input: InvitationMailInput): OutgoingMail {
  const trainer = oneLine(input.trainerName) || "Your trainer";
  const link = new URL(input.hasAccount ? "/sign-in" : "/sign-up", input.appUrl).toString();
  const expires = formatExpiry(input.expiresAt);
  const action = input.hasAccount
    ? `Sign in with ${input.to} and open Today to accept or decline.`
    : `Create your Character Coach account with this address (${input.to}); once you have set it up, the invitation is waiting on Today to accept or decline.`;
  const buttonLabel = input.hasAccount ? "Sign in to answer" : "Create your account";
  const meaning = [
    `${trainer} becomes your trainer. You can have one trainer at a time.`,
    `${trainer} sees your training and habit data (workouts, programs, records, habits and check-ins) and can message you.`,
    "You can end coaching at any time in Settings; what you logged stays yours.",
  ];
  const subject = `${trainer} invited you to train together on Character Coach`;

  const text = [
    `${trainer} invited you to train together on Character Coach.`,
    ...(input.message ? ["", `${trainer} wrote:`, ...input.message.split(/\r?\n/).map((line) => `> ${line}`)] : []),
    "",
    "If you accept:",
    ...meaning.map((line) => `- ${line}`),
    "",
    action,
    link,
    "",
    `The invitation expires on ${expires}.`,
    "If you don't know this trainer or don't want one, ignore this email: nothing changes unless you accept.",
  ].join("\n");

  const h = escapeHtml;
  const html = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${h(subject)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; color: #0f172a; line-height: 1.5;">',
    `<h1 style="font-size: 20px;">${h(trainer)} invited you to train together on Character Coach</h1>`,
    input.message
      ? `<p>${h(trainer)} wrote:</p><blockquote style="border-left: 3px solid #cbd5e1; margin: 0 0 16px; padding-left: 12px; white-space: pre-line;">${h(input.message)}</blockquote>`
      : "",
    "<p>If you accept:</p>",
    `<ul>${meaning.map((line) => `<li>${h(line)}</li>`).join("")}</ul>`,
    `<p>${h(action)}</p>`,
    `<p><a href="${h(link)}" style="display: inline-block; background: #1d4ed8; color: #ffffff; padding: 10px 16px; border-radius: 8px; text-decoration: none;">${h(buttonLabel)}</a></p>`,
    `<p>Or open this link: <a href="${h(link)}">${h(link)}</a></p>`,
    `<p>The invitation expires on ${h(expires)}.</p>`,
    `<p style="color: #475569;">If you don't know this trainer or don't want one, ignore this email: nothing changes unless you accept.</p>`,
    "</body></html>",
  ].join("\n");

  return {
    id: invitationMailId(input.invitationId),
    kind: "coaching-invitation",
    to: input.to,
    fromName: `${trainer} via Character Coach`,
    subject,
    text,
    html,
  };
}

/**
 * Queues the email for a stored email invitation (idempotent: one message per invitation). Whether
 * the address has an account only picks the link; the trainer is not told.
 */
export async function enqueueInvitationMail(invitation: TTrainerInvitation, trainer: { name: string | null; email: string }, appUrl = env.APP_URL): Promise<boolean> {
  if (invitation.kind !== "email" || !invitation.email) return false;
  const hasAccount = (await UserModel.exists({ email: invitation.email })) !== null;
  return enqueueMail(
    invitationMail({
      invitationId: invitation.id,
      to: invitation.email,
      trainerName: trainer.name || trainer.email,
      message: invitation.message,
      expiresAt: invitation.expiresAt,
      hasAccount,
      appUrl,
    }),
    invitation.createdAt,
  );
}
