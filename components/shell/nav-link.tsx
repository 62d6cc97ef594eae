"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NavIcon } from "./nav-icons";

/** A navigation link that knows when it is the current page (for styling and aria-current). */
export function NavLink({ href, label, icon, variant }: { href: string; label: string; icon: string; variant: "bottom" | "side" }) {
  const pathname = usePathname();
  const active = pathname === href || (href !== "/trainer" && pathname.startsWith(`${href}/`));
  const styles =
    variant === "bottom"
      ? `flex min-w-0 flex-1 flex-col items-center gap-0.5 py-2 text-[11px] font-medium ${active ? "text-brand-700" : "text-slate-500"}`
      : `flex items-center gap-3 rounded-xl px-3 py-2 text-sm font-medium ${active ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100"}`;
  return (
    <Link href={href} className={styles} aria-current={active ? "page" : undefined}>
      <NavIcon name={icon} />
      <span className="truncate">{label}</span>
    </Link>
  );
}
