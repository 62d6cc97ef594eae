import Link from "next/link";
import type { ReactNode } from "react";
import { NavIcon } from "./nav-icons";
import { NavLink } from "./nav-link";
import { BrandLink } from "./brand";
import { UnreadMessagesLink } from "@/components/messaging/unread-messages-link";

export const memberSections = [
  { href: "/today", label: "Today", icon: "today" },
  { href: "/train", label: "Train", icon: "train" },
  { href: "/eat", label: "Eat", icon: "eat" },
  { href: "/habits", label: "Habits", icon: "habits" },
  { href: "/mind", label: "Mind", icon: "mind" },
  { href: "/progress", label: "Progress", icon: "progress" },
] as const;

/** Mobile-first: a top bar and a bottom navigation within thumb reach, safe-area aware. */
export function MemberShell({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex min-h-dvh max-w-2xl flex-col">
      <header className="sticky top-0 z-10 flex items-center justify-between border-b border-slate-200 bg-white/90 px-4 py-3 backdrop-blur">
        <BrandLink href="/today" label="Character Coach" />
        <div className="flex items-center gap-1">
          <UnreadMessagesLink />
          <Link href="/settings" className="rounded-lg p-2 text-slate-600 hover:bg-slate-100" aria-label="Settings">
            <NavIcon name="settings" />
          </Link>
        </div>
      </header>
      <main className="flex-1 px-4 pb-28 pt-5">{children}</main>
      <nav aria-label="Sections" className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)]">
        <div className="mx-auto flex max-w-2xl">
          {memberSections.map((section) => (
            <NavLink key={section.href} variant="bottom" {...section} />
          ))}
        </div>
      </nav>
    </div>
  );
}
