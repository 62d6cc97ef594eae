import type { ReactNode } from "react";
import type { Role } from "@/lib/auth/roles";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLink } from "./nav-link";
import { BrandLink } from "./brand";

const sections = [
  { href: "/trainer", label: "Overview", icon: "overview" },
  { href: "/trainer/inbox", label: "Inbox", icon: "progress" },
  { href: "/trainer/clients", label: "Clients", icon: "clients" },
  { href: "/trainer/messages", label: "Messages", icon: "messages" },
  { href: "/trainer/invitations", label: "Invitations", icon: "users" },
  { href: "/trainer/programs", label: "Programs", icon: "programs" },
  { href: "/trainer/habit-programs", label: "Habit programs", icon: "habits" },
  { href: "/trainer/exercises", label: "Exercises", icon: "train" },
  { href: "/trainer/foods", label: "Foods", icon: "eat" },
];

/** Desktop-first workspace: a fixed sidebar, content on the right. */
export function TrainerShell({ role, name, email, children }: { role: Role; name: string | null; email: string; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh">
      <aside className="sticky top-0 flex h-dvh w-64 shrink-0 flex-col border-r border-slate-200 bg-white p-4">
        <BrandLink href="/trainer" label="Coach workspace" className="mb-6 px-2" />
        <nav aria-label="Workspace" className="flex flex-1 flex-col gap-1">
          {sections.map((section) => (
            <NavLink key={section.href} variant="side" {...section} />
          ))}
          {role === "admin" ? <NavLink variant="side" href="/trainer/users" label="Users" icon="users" /> : null}
        </nav>
        <div className="border-t border-slate-200 pt-4">
          <p className="truncate px-2 text-sm font-semibold">{name ?? email}</p>
          <p className="mb-3 truncate px-2 text-xs capitalize text-slate-500">{role}</p>
          <SignOutButton className="btn-secondary w-full" />
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-8 py-8">{children}</main>
    </div>
  );
}
