import { TrainerInvitations } from "@/components/coaching/trainer-invitations";

export const metadata = { title: "Invitations" };

/** Inviting clients: by email, or with a single-use link; the list of invitations and their state. */
export default function TrainerInvitationsPage() {
  return (
    <div className="max-w-5xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Invitations</h1>
        <p className="mt-1 text-slate-600">
          Invite a member by email (they see it in their app when signed in with that address) or share a single-use link. A member has one trainer at a
          time and can end coaching whenever they choose.
        </p>
      </div>
      <TrainerInvitations />
    </div>
  );
}
