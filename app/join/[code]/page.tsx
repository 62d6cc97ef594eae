import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptCodeButton } from "@/components/coaching/accept-code-button";
import { ForgetJoinCode, RememberJoinCode } from "@/components/coaching/remember-join-code";
import { Alert } from "@/components/ui/alert";
import { isInvitationCode, type TCodeInvitation } from "@/lib/schemas/coaching";
import { serverCaller } from "@/server/auth/session";

export const metadata = { title: "Coaching invitation" };

const dateFormat = new Intl.DateTimeFormat("en", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const ended: Record<Exclude<TCodeInvitation["status"], "pending">, string> = {
  accepted: "This invitation has already been used. Each link works once: ask your trainer for a new one.",
  declined: "This invitation was declined.",
  revoked: "Your trainer withdrew this invitation. Ask them for a new one.",
  expired: "This invitation has expired. Ask your trainer for a new one.",
};

const home = (
  <Link className="font-semibold text-brand-700 underline" href="/">
    Go to the app
  </Link>
);

/**
 * A trainer's single-use /join/<code> link. Signed out: the code is remembered on this device and the
 * visitor signs in or signs up (Today then offers to continue). Signed in as a member: the trainer's
 * name and Accept. The code is looked up through the same procedures as everything else.
 */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  if (!isInvitationCode(code)) {
    return (
      <AuthCard title="Invitation not found" subtitle="This invitation link is not valid. Check it, or ask your trainer for a new one." footer={home}>
        {null}
      </AuthCard>
    );
  }
  const { caller, user } = await serverCaller();
  if (!user) {
    return (
      <AuthCard
        title="You're invited to be coached"
        subtitle="Sign in, or create an account, to accept your trainer's invitation."
        footer={<>After signing in, open this link again, or continue from your Today page.</>}
      >
        <RememberJoinCode code={code} />
        <div className="space-y-3">
          <Link href="/sign-in" className="btn-primary w-full">
            Sign in
          </Link>
          <Link href="/sign-up" className="btn-secondary w-full">
            Create an account
          </Link>
        </div>
      </AuthCard>
    );
  }
  if (user.role !== "member") {
    return (
      <AuthCard title="This link is for members" subtitle="Trainer and admin accounts cannot become clients. Share this link with the member you want to coach." footer={home}>
        {null}
      </AuthCard>
    );
  }

  let invitation: TCodeInvitation | null = null;
  try {
    invitation = await caller.coaching.lookupCode({ code });
  } catch (error) {
    if (!(error instanceof TRPCError && error.code === "NOT_FOUND")) throw error;
  }
  if (!invitation) {
    return (
      <AuthCard title="Invitation not found" subtitle="This invitation link is not valid. Check it, or ask your trainer for a new one." footer={home}>
        <ForgetJoinCode />
      </AuthCard>
    );
  }
  const current = await caller.coaching.myTrainer();
  const trainerName = invitation.trainer.name;
  return (
    <AuthCard title={`${trainerName} invited you`} subtitle="Accept to make them your trainer." footer={home}>
      <ForgetJoinCode />
      {current?.id === invitation.trainer.id ? (
        <Alert tone="info">{trainerName} is already your trainer.</Alert>
      ) : invitation.status !== "pending" ? (
        <Alert tone="info">{ended[invitation.status]}</Alert>
      ) : current ? (
        <Alert tone="info">You already have a trainer, {current.name}. End coaching with them in Settings first, then open this link again.</Alert>
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">
            {trainerName} will see your training and habits and can plan them with you. You can end coaching at any time in Settings. This invitation is open
            until {dateFormat.format(invitation.expiresAt)}.
          </p>
          <AcceptCodeButton code={code} trainerName={trainerName} />
        </div>
      )}
    </AuthCard>
  );
}
