import { RetryButton } from "@/components/pwa/retry-button";
import { BrandMark } from "@/components/shell/brand";

export const metadata = { title: "Offline" };

/** Precached by the service worker and shown for any page that cannot be fetched while offline. */
export default function OfflinePage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
      <BrandMark className="h-14 w-14" />
      <h1 className="text-2xl font-bold">You&apos;re offline</h1>
      <p className="text-slate-600">
        This page needs a connection. Anything you already saved is safe; check your connection and try again.
      </p>
      <RetryButton />
    </main>
  );
}
