/** What each section not built yet will do; said plainly, with no invented data. */
export const upcomingSections = {
  eat: {
    title: "Eat",
    summary: "Log meals in seconds and see whether you are on target.",
    items: ["A food database with barcode scanning", "Meals, recipes and quick-add", "Macro targets for training and rest days", "An adaptive energy estimate from your own data"],
  },
  mind: {
    title: "Mind",
    summary: "Notice how you feel, privately, and see how it connects to your training.",
    items: ["A ten-second daily check-in", "An encrypted journal", "The WHO-5 wellbeing index", "Sharing with your trainer only if you choose"],
  },
  clients: {
    title: "Clients",
    summary: "Run your coaching business from one roster.",
    items: ["Invite clients by email or a single-use code", "Compliance for 7, 30 and 90 days", "“Needs attention” flags", "Messaging with read receipts"],
  },
} satisfies Record<string, { title: string; summary: string; items: string[] }>;

/** An honest placeholder for a section a later release fills. */
export function ComingSoon({ section }: { section: keyof typeof upcomingSections }) {
  const { title, summary, items } = upcomingSections[section];
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
