/** An honest placeholder for a section a later release fills: what it will do, no invented data. */
export function ComingSoon({ title, summary, items }: { title: string; summary: string; items: string[] }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="card">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Coming soon</p>
        <p className="mt-2 text-slate-700">{summary}</p>
        <ul className="mt-4 list-disc space-y-1 pl-5 text-sm text-slate-600">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
