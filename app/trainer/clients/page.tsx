import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Clients" };

export default function ClientsPage() {
  return (
    <ComingSoon
      title="Clients"
      summary="Run your coaching business from one roster."
      items={["Invite clients by email or a single-use code", "Compliance for 7, 30 and 90 days", "“Needs attention” flags", "Messaging with read receipts"]}
    />
  );
}
