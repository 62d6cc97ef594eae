"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formatDayKey } from "@/lib/dates/day-key";
import { bodySiteLabels, bodySites, type BodySite, type LengthUnit, type TBodySitesCm, type TMeasurementEntryView } from "@/lib/schemas/body";
import type { ProgressRange } from "@/lib/schemas/progress";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { BodyLineChart, bodyDayFormat } from "./body-line-chart";
import { formatLength, lengthFromCm, parseSiteInput } from "./body-units";
import type { BodyWrites } from "./use-body-writes";

const SITE_COLOR = "#23765a";
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

type Texts = Record<BodySite, string>;
const emptyTexts = (): Texts => Object.fromEntries(bodySites.map((site) => [site, ""])) as Texts;
const textsOf = (entry: TMeasurementEntryView | undefined, unit: LengthUnit): Texts =>
  Object.fromEntries(bodySites.map((site) => [site, entry?.sites[site] === undefined ? "" : String(lengthFromCm(entry.sites[site], unit))])) as Texts;

type ShownEntry = TMeasurementEntryView & { pending: boolean };
/** "Load this day into the form": a new nonce for every Edit press. */
type EditRequest = { dayKey: string; nonce: number };

/**
 * Body measurements: a form for a day (today by default; editing a day loads it), a chart per site, a
 * table. Saving and deleting go through the offline outbox: what is still on the phone is shown at once
 * (marked as not sent yet) over the server's copy, which is read again when each write is answered.
 */
export function MeasurementsPanel({ range, writes }: { range: ProgressRange; writes: BodyWrites }) {
  const trpc = useTRPC();
  // The previous range's data stays while the next one loads (no flicker; the form keeps today's day).
  const measurements = useQuery({ ...trpc.body.measurements.queryOptions({ range }), placeholderData: keepPreviousData });
  const view = measurements.data;
  const unit: LengthUnit = view?.lengthUnit ?? "cm";
  const { pendingMeasurements } = writes;
  const entries = useMemo((): ShownEntry[] => {
    if (!view) return [];
    const byDay = new Map<string, ShownEntry>(view.entries.map((entry) => [entry.dayKey, { ...entry, pending: false }]));
    for (const [dayKey, sites] of pendingMeasurements) {
      if (sites === null) byDay.delete(dayKey);
      else if (dayKey >= view.fromDayKey && dayKey <= view.todayKey) byDay.set(dayKey, { dayKey, sites, updatedAt: "", pending: true });
    }
    return [...byDay.values()].sort((a, b) => a.dayKey.localeCompare(b.dayKey));
  }, [view, pendingMeasurements]);
  const [removing, setRemoving] = useState<string | null>(null);
  // Each Edit press is a new request (the nonce), so pressing Edit on the same day again reloads it.
  const [editRequest, setEditRequest] = useState<EditRequest | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removeBusy, setRemoveBusy] = useState(false);

  function remove(dayKey: string) {
    setRemoveBusy(true);
    void writes.deleteMeasurements(dayKey).then((stored) => {
      setRemoveBusy(false);
      setRemoving(null);
      // Not stored on this phone: the row stays, the sync line says why.
      if (!stored) setRemoveError("This phone could not save the deletion. Try again.");
    });
  }

  const dayLabel = view ? bodyDayFormat(range, view.fromDayKey, view.todayKey) : (dayKey: string) => formatDayKey(dayKey);
  const sitesWithData = bodySites.filter((site) => entries.some((entry) => entry.sites[site] !== undefined));

  return (
    <section className="space-y-3 border-t border-slate-100 pt-4" aria-labelledby="body-measurements-heading">
      <h3 id="body-measurements-heading" className="text-base font-semibold">
        Measurements
      </h3>
      {measurements.isError ? <Alert>{messageOf(measurements.error)}</Alert> : null}
      {measurements.isPending ? <p className="text-sm text-slate-600">Loading your measurements…</p> : null}
      {view && entries.length === 0 ? <p className="text-sm text-slate-600">No measurements in this period yet.</p> : null}

      {sitesWithData.length > 0 ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {sitesWithData.map((site) => {
            const points = entries.filter((entry) => entry.sites[site] !== undefined);
            const first = points[0];
            const last = points[points.length - 1];
            const label = bodySiteLabels[site];
            return (
              <figure key={site} className="space-y-1">
                <figcaption className="text-sm font-medium">
                  {label} ({unit})
                </figcaption>
                <BodyLineChart
                  testId={`body-measurement-chart-${site}`}
                  labels={entries.map((entry) => dayLabel(entry.dayKey))}
                  summary={`${label} from ${dayLabel(first.dayKey)} to ${dayLabel(last.dayKey)}: ${points.length} measurements, ${formatLength(first.sites[site]!, unit)} to ${formatLength(last.sites[site]!, unit)}. The measurements table lists every value.`}
                  series={[{ label: `${label} (${unit})`, values: entries.map((entry) => (entry.sites[site] === undefined ? null : lengthFromCm(entry.sites[site], unit))), color: SITE_COLOR }]}
                />
              </figure>
            );
          })}
        </div>
      ) : null}

      {entries.length > 0 ? (
        <div className="overflow-x-auto" role="region" aria-labelledby="measurements-table-caption" tabIndex={0}>
          {removeError && !removing ? <Alert>{removeError}</Alert> : null}
          <table className="w-full min-w-max text-sm">
            <caption id="measurements-table-caption" className="pb-1 text-left text-sm font-medium">
              Measurements in {unit}, newest first
            </caption>
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="py-1 pr-2 font-medium">
                  Day
                </th>
                {sitesWithData.map((site) => (
                  <th key={site} scope="col" className="px-1 py-1 text-right font-medium">
                    {bodySiteLabels[site]}
                  </th>
                ))}
                <th scope="col" className="py-1 text-right font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {[...entries].reverse().map((entry) => {
                const day = formatDayKey(entry.dayKey, { day: "numeric", month: "short", year: "numeric" });
                return (
                  <tr key={entry.dayKey}>
                    <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                      {day}
                      {entry.pending ? <span className="block text-xs text-slate-600">Not sent yet</span> : null}
                    </th>
                    {sitesWithData.map((site) => (
                      <td key={site} className="px-1 py-1.5 text-right tabular-nums">
                        {entry.sites[site] === undefined ? <><span aria-hidden="true">–</span><span className="sr-only">not measured</span></> : lengthFromCm(entry.sites[site], unit)}
                      </td>
                    ))}
                    <td className="py-1.5 text-right">
                      {removing === entry.dayKey ? (
                        <ConfirmPanel
                          label={`Delete the measurements of ${day}`}
                          error={null}
                          pending={removeBusy}
                          confirm={["Delete", "Deleting…"]}
                          onConfirm={() => remove(entry.dayKey)}
                          onCancel={() => setRemoving(null)}
                        >
                          Delete all measurements of {day}?
                        </ConfirmPanel>
                      ) : (
                        <span className="inline-flex gap-1">
                          <button type="button" className="rounded-lg px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50" aria-label={`Edit the measurements of ${day}`} onClick={() => setEditRequest((current) => ({ dayKey: entry.dayKey, nonce: (current?.nonce ?? 0) + 1 }))}>
                            Edit
                          </button>
                          <button
                            type="button"
                            className="rounded-lg px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50"
                            aria-label={`Delete the measurements of ${day}`}
                            onClick={() => {
                              setRemoveError(null);
                              setRemoving(entry.dayKey);
                            }}
                          >
                            Delete
                          </button>
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}

      <h4 className="pt-2 text-sm font-semibold">Log measurements</h4>
      {view ? <MeasurementsForm key={`${unit}`} unit={unit} todayKey={view.todayKey} entries={entries} editRequest={editRequest} onSave={writes.saveMeasurements} /> : null}
    </section>
  );
}

/**
 * One day's measurements in the member's unit (inches with a height in ft/in), sent in cm. Choosing a day
 * that already has measurements loads them, since saving replaces the day's set.
 */
function MeasurementsForm({
  unit,
  todayKey,
  entries,
  editRequest,
  onSave,
}: {
  unit: LengthUnit;
  todayKey: string;
  entries: TMeasurementEntryView[];
  editRequest: EditRequest | null;
  /** Queues the day's set; answers whether this phone stored it (if not, the form keeps the values). */
  onSave: (dayKey: string, sites: TBodySitesCm) => Promise<boolean>;
}) {
  const [dayKey, setDayKey] = useState(todayKey);
  const [texts, setTexts] = useState<Texts>(() => textsOf(entries.find((entry) => entry.dayKey === todayKey), unit));
  const [errors, setErrors] = useState<Partial<Record<BodySite | "day" | "form", string>>>({});
  const [savedDay, setSavedDay] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [storeError, setStoreError] = useState<string | null>(null);
  const clearNotices = () => {
    setSavedDay(null);
    setStoreError(null);
  };

  function loadDay(next: string) {
    setDayKey(next);
    setErrors({});
    clearNotices();
    const existing = entries.find((entry) => entry.dayKey === next);
    setTexts(existing ? textsOf(existing, unit) : emptyTexts());
  }

  const dayField = useRef<HTMLInputElement>(null);
  // A request made before this form mounted (e.g. before a unit change) is not replayed.
  const handledNonce = useRef(editRequest?.nonce ?? 0);
  useEffect(() => {
    if (!editRequest || editRequest.nonce === handledNonce.current) return;
    handledNonce.current = editRequest.nonce;
    loadDay(editRequest.dayKey);
    // Keyboard and screen-reader users land on the form they are now editing (focus scrolls it into view).
    dayField.current?.focus();
    // Only on each Edit press; loadDay reads the latest entries itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editRequest]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const nextErrors: typeof errors = {};
    const sites: TBodySitesCm = {};
    if (!DAY_PATTERN.test(dayKey)) nextErrors.day = "Choose a day";
    else if (dayKey > todayKey) nextErrors.day = "Measurements can't be in the future";
    for (const site of bodySites) {
      const parsed = parseSiteInput(site, texts[site], unit, bodySiteLabels[site]);
      if (parsed && "error" in parsed) nextErrors[site] = parsed.error;
      else if (parsed) sites[site] = parsed.cm;
    }
    if (Object.keys(nextErrors).length === 0 && Object.keys(sites).length === 0) nextErrors.form = "Enter at least one measurement";
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) return;
    clearNotices();
    setSaving(true);
    void onSave(dayKey, sites).then((stored) => {
      setSaving(false);
      if (stored) setSavedDay(dayKey);
      else setStoreError("This phone could not save these measurements. Your values are still here: try again.");
    });
  }

  return (
    <form className="space-y-3" aria-label="Log body measurements" onSubmit={submit} noValidate>
      <div>
        <label htmlFor="measure-day" className="label">
          Day
        </label>
        <input
          ref={dayField}
          id="measure-day"
          type="date"
          className="input"
          value={dayKey}
          max={todayKey}
          onChange={(event) => loadDay(event.target.value)}
          aria-invalid={errors.day ? true : undefined}
          aria-describedby={errors.day ? "measure-day-error" : "measure-day-hint"}
        />
        {errors.day ? (
          <p id="measure-day-error" className="field-error" role="alert">
            {errors.day}
          </p>
        ) : (
          <p id="measure-day-hint" className="mt-1 text-sm text-slate-500">
            Saving replaces that day&apos;s measurements. Leave a site empty to skip it.
          </p>
        )}
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {bodySites.map((site) => {
          const id = `measure-${site}`;
          const error = errors[site];
          return (
            <div key={site}>
              <label htmlFor={id} className="label">
                {bodySiteLabels[site]} ({unit})
              </label>
              <input
                id={id}
                className="input"
                inputMode="decimal"
                autoComplete="off"
                value={texts[site]}
                onChange={(event) => setTexts((current) => ({ ...current, [site]: event.target.value }))}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
              {error ? (
                <p id={`${id}-error`} className="field-error" role="alert">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {errors.form ? <Alert>{errors.form}</Alert> : null}
      {storeError ? <Alert>{storeError}</Alert> : null}
      {savedDay ? <Alert tone="success">Measurements for {formatDayKey(savedDay)} saved.</Alert> : null}
      <button type="submit" className="btn-primary" disabled={saving}>
        {saving ? "Saving…" : "Save measurements"}
      </button>
    </form>
  );
}
