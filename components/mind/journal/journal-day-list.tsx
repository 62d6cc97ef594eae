"use client";

import { formatDayKey } from "@/lib/dates/day-key";
import type { TJournalUpdateRequest } from "@/lib/schemas/mind";
import { groupByDay, type ShownEntry } from "./journal-display";
import type { JournalDraft } from "./journal-entry-form";
import { JournalEntryCard } from "./journal-entry-card";

/** "Today, Sat 5 Dec"; the year is added for days of another year than today's. */
export function dayLabel(dayKey: string, todayKey: string): string {
  const withYear = dayKey.slice(0, 4) !== todayKey.slice(0, 4);
  const day = formatDayKey(dayKey, withYear ? { weekday: "short", day: "numeric", month: "short", year: "numeric" } : undefined);
  return dayKey === todayKey ? `Today, ${day}` : day;
}

/** Entries newest first, under a heading per day. */
export function JournalDayList({
  entries,
  todayKey,
  timeZone,
  onEdit,
  onDelete,
}: {
  entries: ShownEntry[];
  todayKey: string;
  timeZone: string;
  onEdit: (request: TJournalUpdateRequest) => Promise<string | null>;
  onDelete: (entryId: string) => void;
}) {
  return (
    <div className="space-y-4">
      {groupByDay(entries).map((group) => {
        const label = dayLabel(group.dayKey, todayKey);
        return (
          <div key={`${group.dayKey}-${group.entries[0].entryId}`} className="space-y-2">
            <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{label}</h3>
            <ul className="space-y-2">
              {group.entries.map((entry) => (
                <JournalEntryCard
                  key={entry.entryId}
                  entry={entry}
                  dayLabel={label}
                  timeZone={timeZone}
                  onEdit={(draft: JournalDraft) => onEdit({ entryId: entry.entryId, prompt: draft.prompt, text: draft.text })}
                  onDelete={() => onDelete(entry.entryId)}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
