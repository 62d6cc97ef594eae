import { formatInstant } from "@/lib/dates/format-instant";
import { sharingLabels } from "@/lib/mind/sharing";
import type { TMindAccessLogView } from "@/lib/schemas/mind";


/** Every time a trainer opened the member's Mind data, newest first, with the consent it was shown under. */
export function AccessLog({ log, timeZone }: { log: TMindAccessLogView; timeZone: string }) {
  return (
    <section className="card space-y-3" aria-labelledby="access-log-heading">
      <h2 id="access-log-heading" className="text-lg font-semibold">
        When your trainer looked
      </h2>
      {log.entries.length === 0 ? (
        <p className="text-sm text-slate-600">No trainer has viewed your Mind data.</p>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">Every time a trainer viewed your Mind data, newest first</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="py-1 font-medium">When</th>
              <th scope="col" className="py-1 font-medium">Who</th>
              <th scope="col" className="py-1 font-medium">What</th>
            </tr>
          </thead>
          <tbody data-testid="access-log">
            {log.entries.map((entry, index) => (
              <tr key={`${entry.at.toISOString()}-${index}`} className="border-t border-slate-100 align-top">
                <td className="py-1">{formatInstant(entry.at, timeZone)}</td>
                <td className="py-1">{entry.trainerName}</td>
                <td className="py-1">
                  {entry.viewed}
                  <span className="block text-xs text-slate-500">{sharingLabels[entry.level].label}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
