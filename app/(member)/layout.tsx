import type { ReactNode } from "react";
import { MemberShell } from "@/components/shell/member-shell";
import { requireUser } from "@/server/auth/session";

/** The member app: members who finished onboarding. Trainers and admins are sent to their workspace. */
export default async function MemberLayout({ children }: { children: ReactNode }) {
  await requireUser({ roles: ["member"], onboarded: true });
  return <MemberShell>{children}</MemberShell>;
}
