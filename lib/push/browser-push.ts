/**
 * Browser-side Web Push helpers (pure, so they are unit-tested without a browser).
 */
export type PushSupport = "supported" | "unsupported" | "denied";

type PushGlobals = { navigator: { serviceWorker?: unknown }; PushManager?: unknown; Notification?: { permission: string } };

/** What this browser can do: iOS Safari has no PushManager until the app is installed to the Home Screen. */
export function pushSupport(scope: PushGlobals): PushSupport {
  if (!scope.navigator.serviceWorker || !scope.PushManager || !scope.Notification) return "unsupported";
  return scope.Notification.permission === "denied" ? "denied" : "supported";
}

/** The VAPID public key (base64url) as the bytes `pushManager.subscribe` wants. */
export function urlBase64ToBytes(base64Url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64Url + "=".repeat((4 - (base64Url.length % 4)) % 4)).replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A name the member recognises in their device list ("Chrome on Android"), never the raw user agent. */
export function deviceLabelOf(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /SamsungBrowser\//.test(userAgent)
        ? "Samsung Internet"
        : /Chrome\/|Chromium\//.test(userAgent)
          ? "Chrome"
          : /Safari\//.test(userAgent)
            ? "Safari"
            : "Browser";
  const system = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad|iPod/.test(userAgent)
      ? "iOS"
      : /Mac OS X/.test(userAgent)
        ? "macOS"
        : /Windows/.test(userAgent)
          ? "Windows"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "";
  return system ? `${browser} on ${system}` : browser;
}

/** Whether an existing subscription was made with this server key (after a key change it must be renewed). */
export function sameKey(current: ArrayBuffer | null | undefined, wanted: Uint8Array): boolean {
  if (!current) return false;
  const bytes = new Uint8Array(current);
  return bytes.length === wanted.length && bytes.every((byte, index) => byte === wanted[index]);
}
