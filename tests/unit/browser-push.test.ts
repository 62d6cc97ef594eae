import { describe, expect, it } from "vitest";
import { deviceLabelOf, pushSupport, sameKey, urlBase64ToBytes } from "@/lib/push/browser-push";

describe("browser push helpers", () => {
  it("decodes a base64url VAPID key, padding included", () => {
    expect(Array.from(urlBase64ToBytes("AQID_-8"))).toEqual([1, 2, 3, 255, 239]);
    const key = Buffer.alloc(65, 7);
    expect(Buffer.from(urlBase64ToBytes(key.toString("base64url")))).toEqual(key);
  });

  it("tells whether a subscription was made with the current server key", () => {
    const key = urlBase64ToBytes(Buffer.alloc(65, 4).toString("base64url"));
    expect(sameKey(new Uint8Array(key).buffer, key)).toBe(true);
    expect(sameKey(new Uint8Array(65).fill(5).buffer, key)).toBe(false);
    expect(sameKey(new Uint8Array(64).fill(4).buffer, key)).toBe(false);
    expect(sameKey(null, key)).toBe(false);
  });

  it("says what the browser supports", () => {
    const sw = { serviceWorker: {} };
    expect(pushSupport({ navigator: sw, PushManager: {}, Notification: { permission: "default" } })).toBe("supported");
    expect(pushSupport({ navigator: sw, PushManager: {}, Notification: { permission: "denied" } })).toBe("denied");
    // iOS Safari in a tab: no PushManager until the app is on the Home Screen.
    expect(pushSupport({ navigator: sw, Notification: { permission: "default" } })).toBe("unsupported");
    expect(pushSupport({ navigator: {}, PushManager: {}, Notification: { permission: "granted" } })).toBe("unsupported");
  });

  it("names devices the way people call them", () => {
    expect(deviceLabelOf("Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36")).toBe("Chrome on Android");
    expect(deviceLabelOf("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).toBe("Safari on iOS");
    expect(deviceLabelOf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).toBe("Edge on Windows");
    expect(deviceLabelOf("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox on Linux");
    expect(deviceLabelOf("curl/8")).toBe("Browser");
  });
});
