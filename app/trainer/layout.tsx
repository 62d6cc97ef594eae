import type { ReactNode } from "react";
import { TrainerShell } from "@/components/shell/trainer-shell";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: { default: "Workspace", template: "%s · Coach workspace" } };

/** Trainers and admins only; a member who opens any /trainer URL is sent back to their app. */
export default async function TrainerLayout({ children }: { children: ReactNode }) {
  const { user } = await requireUser({ roles: ["trainer", "admin"] });
  return (
    <TrainerShell role={user.role} name={user.name} email={user.email}>
      {children}
    </TrainerShell>
  );
}
