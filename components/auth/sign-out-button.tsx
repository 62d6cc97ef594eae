import { signOut } from "@/server/auth/next-auth";
import { SignOutSubmit } from "./sign-out-submit";

/** A form posting to a server action, so signing out works even before JavaScript loads. */
export function SignOutButton({ className = "btn-secondary" }: { className?: string }) {
  return (
    <form
      action={async () => {
        "use server";
        await signOut({ redirectTo: "/sign-in?signedOut=1" });
      }}
    >
      <SignOutSubmit className={className} />
    </form>
  );
}
