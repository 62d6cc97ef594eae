"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/lib/trpc/react";

/** The header's messages icon with the number of unread messages from the trainer (polled every 30 s and on focus). */
export function UnreadMessagesLink() {
  const trpc = useTRPC();
  const unread = useQuery(trpc.messages.unreadCount.queryOptions(undefined, { refetchInterval: 30_000, refetchOnWindowFocus: true, staleTime: 0 }));
  const count = unread.data?.total ?? 0;
  const label = count > 0 ? `Messages, ${count} unread` : "Messages";
  return (
    <Link href="/messages" className="relative rounded-lg p-2 text-slate-600 hover:bg-slate-100" aria-label={label}>
      <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
        <path d="M4 5h16v11H8l-4 4z" />
      </svg>
      {count > 0 ? (
        <span data-testid="unread-badge" aria-hidden className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-bold leading-5 text-white">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
