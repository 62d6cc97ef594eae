import type { ReactNode } from "react";

/** A card's title at the level its page needs: h2 on the member's screens, h3 inside the trainer's Nutrition section. */
export function Heading({ level = 2, id, className, children }: { level?: 2 | 3; id: string; className?: string; children: ReactNode }) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className={className ?? "text-lg font-semibold"}>
      {children}
    </Tag>
  );
}
