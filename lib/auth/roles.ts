export const roles = ["member", "trainer", "admin"] as const;
export type Role = (typeof roles)[number];

/** Who may open the trainer workspace. Admins run it too (they promote trainers from there). */
export const trainerWorkspaceRoles: readonly Role[] = ["trainer", "admin"];

export function homePathFor(role: Role, onboarded: boolean): string {
  if (role !== "member") return "/trainer";
  return onboarded ? "/today" : "/onboarding";
}
