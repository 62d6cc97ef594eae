"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { daysAgo } from "@/lib/coaching/format";
import type { TRosterSort } from "@/lib/coaching/schemas";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { ComplianceBar } from "./compliance-bar";

type Direction = "asc" | "desc";
type Window = 7 | 30 | 90;

const PAGE_SIZE = 25;
// Search waits for a pause in typing: every roster query reads every client's history and writes an
// audit row, so not one per keystroke.
const SEARCH_DEBOUNCE_MS = 300;
// What a first click on a column does: names A→Z, the most recent activity first, the weakest
// compliance first, the most flags first.
const firstDirection: Record<TRosterSort, Direction> = { name: "asc", lastActivity: "desc", workouts: "asc", habits: "asc", attention: "desc" };

/** The roster: sortable headers (aria-sort), a "Needs attention" filter, search, pages of 25. */
export function RosterTable() {
  const trpc = useTRPC();
  const searchId = useId();
  const attentionId = useId();
  const periodId = useId();
  const [sort, setSort] = useState<TRosterSort>("attention");
  const [direction, setDirection] = useState<Direction>("desc");
  const [period, setPeriod] = useState<Window>(30);
  const [needsAttention, setNeedsAttention] = useState(false);
  const [searchText, setSearchText] = useState("");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  useEffect(() => {
    if (searchText === search) return;
    const timer = setTimeout(() => {
      setSearch(searchText);
      setPage(1);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searchText, search]);
  const roster = useQuery({
    ...trpc.trainerClients.roster.queryOptions({ sort, direction, window: period, needsAttention, search, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  function sortBy(column: TRosterSort) {
    if (column === sort) setDirection(direction === "asc" ? "desc" : "asc");
    else {
      setSort(column);
      setDirection(firstDirection[column]);
    }
    setPage(1);
  }

  const header = (column: TRosterSort, label: string, className = "") => (
    <th scope="col" aria-sort={sort === column ? (direction === "asc" ? "ascending" : "descending") : "none"} className={`px-3 py-2 text-left font-semibold ${className}`}>
      <button type="button" onClick={() => sortBy(column)} className="inline-flex min-h-11 items-center gap-1 rounded hover:text-brand-700">
        {label}
        <span aria-hidden="true" className="text-xs text-slate-500">
          {sort === column ? (direction === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );

  const data = roster.data;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <div className="w-72">
          <label htmlFor={searchId} className="label">
            Search clients
          </label>
          <input
            id={searchId}
            type="search"
            className="input"
            placeholder="Name or email"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <div>
          <label htmlFor={periodId} className="label">
            Compliance period
          </label>
          <select id={periodId} className="input" value={period} onChange={(event) => setPeriod(Number(event.target.value) as Window)}>
            <option value={7}>Last 7 days</option>
            <option value={30}>Last 30 days</option>
            <option value={90}>Last 90 days</option>
          </select>
        </div>
        <div className="flex min-h-11 items-center gap-2">
          <input
            id={attentionId}
            type="checkbox"
            className="h-5 w-5 rounded border-slate-400 accent-brand-600"
            checked={needsAttention}
            onChange={(event) => {
              setNeedsAttention(event.target.checked);
              setPage(1);
            }}
          />
          <label htmlFor={attentionId} className="text-sm font-medium text-slate-700">
            Needs attention only
          </label>
        </div>
      </div>

      {roster.isError ? <Alert>{messageOf(roster.error)}</Alert> : null}
      {roster.isPending ? <p className="text-sm text-slate-600">Loading clients…</p> : null}

      {data ? (
        <div className="card overflow-x-auto p-0">
          <table className="w-full text-sm">
            <caption className="sr-only">Your clients, compliance over the last {period} days</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
              <tr>
                {header("name", "Client")}
                {header("lastActivity", "Last activity")}
                {header("workouts", "Workouts")}
                {header("habits", "Habits")}
                <th scope="col" className="px-3 py-2 text-left font-semibold">
                  Program
                </th>
                {header("attention", "Attention")}
              </tr>
            </thead>
            <tbody>
              {data.rows.length === 0 ? (
                <tr>
                  <td colSpan={6} className="px-3 py-6 text-center text-slate-600">
                    {data.clientCount === 0 ? "No clients yet. Invite one to get started." : "No client matches."}
                  </td>
                </tr>
              ) : null}
              {data.rows.map((row) => (
                <tr key={row.clientId} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={`/trainer/clients/${row.clientId}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {row.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2 text-slate-700">
                    {row.lastActivityAt ? <time dateTime={row.lastActivityAt.toISOString()}>{daysAgo(row.daysSinceActivity)}</time> : "Never"}
                  </td>
                  <td className="px-3 py-2">
                    <ComplianceBar rate={row.workouts[`days${period}`]} label="Workouts" />
                  </td>
                  <td className="px-3 py-2">
                    <ComplianceBar rate={row.habits[`days${period}`]} label="Habits" />
                  </td>
                  <td className="px-3 py-2 text-slate-700">{row.program?.name ?? <span className="text-slate-500">None</span>}</td>
                  <td className="px-3 py-2">
                    {row.flags.length === 0 ? (
                      <span className="text-slate-500">—</span>
                    ) : (
                      <ul className="space-y-1">
                        {row.flags.map((flag) => (
                          <li key={flag.kind} className="rounded-lg bg-amber-50 px-2 py-0.5 text-amber-900">
                            {flag.reason}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {data && data.total > 0 ? (
        <nav aria-label="Roster pages" className="flex items-center justify-between gap-3">
          <p className="text-sm text-slate-600" aria-live="polite">
            {data.total} {data.total === 1 ? "client" : "clients"}
            {needsAttention || search ? ` of ${data.clientCount}` : ""} · page {data.page} of {data.pageCount}
          </p>
          <div className="flex gap-2">
            <button type="button" className="btn-secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Previous page
            </button>
            <button type="button" className="btn-secondary" disabled={page >= data.pageCount} onClick={() => setPage(page + 1)}>
              Next page
            </button>
          </div>
        </nav>
      ) : null}
    </div>
  );
}
