import Link from "next/link";
import type { ReactNode } from "react";

/** A sub-screen's top: the way back to its section ("← Eat") above the page's h1, and an optional line under it. */
export function BackHeading({ href, section, title, children }: { href: string; section: string; title: string; children?: ReactNode }) {
  return (
    <div>
      <p className="text-sm">
        <Link href={href} className="text-brand-700 underline-offset-2 hover:underline">
          ← {section}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">{title}</h1>
      {children}
    </div>
  );
}
