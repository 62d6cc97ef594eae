import { ComingSoon, upcomingSections } from "@/components/shell/coming-soon";

export const metadata = { title: upcomingSections.clients.title };

export default function ClientsPage() {
  return <ComingSoon section="clients" />;
}
