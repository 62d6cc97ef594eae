"use client";

import { useQuery } from "@tanstack/react-query";
import type { Dispatch, SetStateAction } from "react";
import { Alert } from "@/components/ui/alert";
import { messageOf, useTRPC } from "@/lib/trpc/react";

/** The trainer's active clients, for choosing whom to assign something to. */
export function useAssignableClients() {
  const trpc = useTRPC();
  return useQuery(trpc.trainerPrograms.clientsForAssignment.queryOptions());
}

/**
 * Checkboxes for the trainer's active clients with an "All clients" box (loading, error and no-client
 * states included). The selection (client ids) is the caller's state.
 */
export function ClientPicker({ selected, onChange }: { selected: Set<string>; onChange: Dispatch<SetStateAction<Set<string>>> }) {
  const clients = useAssignableClients();
  if (clients.isPending) return <p className="text-sm text-slate-600">Loading clients…</p>;
  if (clients.isError) return <Alert>{messageOf(clients.error)}</Alert>;
  if (clients.data.length === 0) return <p className="text-sm text-slate-600">You have no active clients yet. Invite one first.</p>;
  const allSelected = selected.size === clients.data.length;
  const toggle = (clientId: string, checked: boolean) =>
    onChange((current) => {
      const next = new Set(current);
      if (checked) next.add(clientId);
      else next.delete(clientId);
      return next;
    });
  return (
    <fieldset className="space-y-2">
      <legend className="label">Clients</legend>
      <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-700">
        <input
          type="checkbox"
          className="h-5 w-5 rounded border-slate-400 accent-brand-600"
          checked={allSelected}
          onChange={(event) => onChange(event.target.checked ? new Set(clients.data.map((client) => client.id)) : new Set())}
        />
        All clients
      </label>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" aria-label="Your clients">
        {clients.data.map((client) => (
          <li key={client.id}>
            <label className="flex min-h-11 items-center gap-3 px-3 text-sm text-slate-900">
              <input type="checkbox" className="h-5 w-5 rounded border-slate-400 accent-brand-600" checked={selected.has(client.id)} onChange={(event) => toggle(client.id, event.target.checked)} />
              {client.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
