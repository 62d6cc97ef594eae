import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { ServiceWorkerRegistration } from "@/components/pwa/service-worker-registration";
import { HydrationMarker } from "@/components/shell/hydration-marker";
import { env } from "@/lib/env";
import { TRPCReactProvider } from "@/lib/trpc/react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Character Coach", template: "%s · Character Coach" },
  description: "Your personal fitness and character coach: training, nutrition, habits and mindset in one place.",
  applicationName: "Character Coach",
  appleWebApp: { capable: true, title: "Character Coach", statusBarStyle: "default" },
  icons: { icon: "/icons/favicon-32.png", apple: "/icons/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  themeColor: "#23765a",
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, which the CSP nonce (proxy.ts) needs:
  // a page prerendered at build time would carry scripts without this request's nonce.
  await headers();
  return (
    <html lang="en">
      <body>
        <TRPCReactProvider>{children}</TRPCReactProvider>
        <ServiceWorkerRegistration enabled={env.NODE_ENV === "production"} />
        <HydrationMarker />
      </body>
    </html>
  );
}
