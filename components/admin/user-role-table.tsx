"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { Alert } from "@/components/ui/alert";

export function UserRoleTable({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search.trim());
  const users = useInfiniteQuery(
    trpc.admin.listUsers.infiniteQueryOptions(
      { search: deferredSearch || undefined, limit: 25 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const setRole = useMutation(
    trpc.admin.setRole.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.listUsers.pathKey() }),
    }),
  );
  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="card space-y-4">
      <label className="block max-w-sm">
        <span className="label">Search by email or name</span>
        <input className="input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      {setRole.error ? <Alert>{messageOf(setRole.error)}</Alert> : null}
      {users.error ? <Alert>{messageOf(users.error)}</Alert> : null}
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>
            <th className="py-2 font-medium">Email</th>
            <th className="py-2 font-medium">Name</th>
            <th className="py-2 font-medium">Role</th>
            <th className="py-2 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100">
              <td className="py-2">{row.email}</td>
              <td className="py-2">{row.name ?? "—"}</td>
              <td className="py-2 capitalize">{row.role}</td>
              <td className="py-2 text-right">
                {row.role === "admin" || row.id === currentUserId ? null : (
                  <button
                    type="button"
                    className="btn-secondary min-h-9 py-1"
                    aria-label={row.role === "member" ? `Make ${row.email} a trainer` : `Make ${row.email} a member`}
                    disabled={setRole.isPending}
                    onClick={() => setRole.mutate({ userId: row.id, role: row.role === "member" ? "trainer" : "member" })}
                  >
                    {row.role === "member" ? "Make trainer" : "Make member"}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {users.isLoading ? <p className="text-sm text-slate-500">Loading…</p> : null}
      {!users.isLoading && rows.length === 0 ? <p className="text-sm text-slate-500">No users match.</p> : null}
      {users.hasNextPage ? (
        <button type="button" className="btn-secondary" onClick={() => users.fetchNextPage()} disabled={users.isFetchingNextPage}>
          {users.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      ) : null}
    </div>
  );
}
