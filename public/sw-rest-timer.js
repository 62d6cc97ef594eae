// Imported by the generated service worker (scripts/build-sw.mjs): the rest timer's notification and
// what a tap on it does. A message from the page names the end time; waitUntil keeps the worker
// alive until then, and a newer message (or a cancel) supersedes an older one.
let currentRestTimer = 0;
// The end time last notified: the page re-sends a timer that ended while it was in the background (in
// case this worker was stopped meanwhile); one the worker already announced is not announced twice.
let lastShownEndsAt = 0;

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "REST_TIMER_CANCEL") {
    currentRestTimer += 1;
    return;
  }
  if (data.type !== "REST_TIMER_START" || typeof data.endsAt !== "number") return;
  if (data.endsAt === lastShownEndsAt) return;
  const id = (currentRestTimer += 1);
  const wait = Math.max(0, Math.min(data.endsAt - Date.now(), 15 * 60 * 1000));
  event.waitUntil(
    new Promise((resolve) => setTimeout(resolve, wait)).then(() => {
      if (id !== currentRestTimer || data.endsAt === lastShownEndsAt) return undefined;
      lastShownEndsAt = data.endsAt;
      return self.registration.showNotification(data.title || "Rest over", {
        body: data.body || "Time for your next set.",
        tag: "rest-timer",
        renotify: true,
        icon: "/icons/icon-192.png",
        badge: "/icons/icon-192.png",
        data: { url: data.url || "/train" },
      });
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  if (event.notification.tag !== "rest-timer") return; // habit reminders: sw-push.js
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || "/train";
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).pathname === url);
      if (open) return open.focus();
      return self.clients.openWindow(url);
    }),
  );
});
