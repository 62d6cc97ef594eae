// Imported by the generated service worker (scripts/build-sw.mjs): habit reminders and new-message
// notices sent by Web Push, and what the notification's buttons do while the app is closed.
//
// "Done" goes through the same write queue the app uses offline (IndexedDB "character-coach", store
// "outbox", the record shape of lib/offline/local-db.ts): the check-in is queued first, then sent. If
// the phone has no signal, it stays queued and is sent by Background Sync or the next time the app
// opens. The server's check-in is an idempotent per-day upsert, so a write sent twice counts once.
/* eslint-disable no-restricted-globals */

const OUTBOX_DB = "character-coach";
const OUTBOX_SYNC_TAG = "coach-outbox";
// Only these are sent from here: their input is plain JSON. Workout writes (with dates) wait for the app.
const WORKER_SENDABLE = ["habits.checkIn", "habits.skip", "habits.undo", "push.snooze"];
const SNOOZE_MINUTES = 60;
const REQUEST_TIMEOUT_MS = 15000;

self.addEventListener("push", (event) => {
  let reminder = null;
  try {
    reminder = event.data ? event.data.json() : null;
  } catch {
    reminder = null;
  }
  if (reminder && reminder.type === "message" && typeof reminder.url === "string" && reminder.url.startsWith("/")) {
    // A new message from the trainer (or a client): a tap opens the conversation. One notification per
    // conversation (the tag), replaced by the next message.
    event.waitUntil(
      self.registration.showNotification(reminder.title || "New message", {
        body: reminder.body || "",
        tag: reminder.tag,
        renotify: true,
        icon: "/icons/icon-192.png",
        badge: "/icons/icon-192.png",
        timestamp: Date.now(),
        data: { kind: "open", url: reminder.url },
      }),
    );
    return;
  }
  if (!reminder || reminder.type !== "habit-reminder") {
    // A push must always show something (userVisibleOnly); an unknown one gets a plain notice.
    event.waitUntil(self.registration.showNotification("Character Coach", { body: "Open the app to see what's new.", icon: "/icons/icon-192.png", data: { kind: "open", url: "/today" } }));
    return;
  }
  event.waitUntil(
    self.registration.showNotification(reminder.title, {
      body: reminder.body,
      tag: reminder.tag,
      renotify: true,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      timestamp: Date.now(),
      data: { kind: "habit-reminder", reminder, url: reminder.url },
      actions: [
        { action: "done", title: "Done" },
        { action: "snooze", title: "Snooze 1 h" },
      ],
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  const data = event.notification.data || {};
  if (data.kind === "open") {
    event.notification.close();
    event.waitUntil(openPage(data.url));
    return;
  }
  if (data.kind !== "habit-reminder") return; // the rest timer's notification is handled in sw-rest-timer.js
  event.waitUntil(self.coachHandleReminderAction(event.notification, event.action));
});

self.addEventListener("sync", (event) => {
  // A rejected promise tells the browser to try this sync again later (with its own backoff).
  if (event.tag === OUTBOX_SYNC_TAG) event.waitUntil(drainAllUsers().then((allSent) => (allSent ? undefined : Promise.reject(new Error("writes still queued")))));
});

// The browser replaced this device's subscription (some rotate them): tell the server the new one, or
// the old endpoint answers 410 and reminders stop without a word. The session cookie goes along.
self.addEventListener("pushsubscriptionchange", (event) => {
  event.waitUntil(
    (async () => {
      const options = (event.oldSubscription && event.oldSubscription.options) || null;
      const subscription = event.newSubscription || (options ? await self.registration.pushManager.subscribe(options) : null);
      if (!subscription) return;
      const json = subscription.toJSON();
      await fetch("/api/trpc/push.subscribe", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { endpoint: subscription.endpoint, keys: json.keys, deviceLabel: "Renewed by the browser" } }),
      });
      if (event.oldSubscription) {
        await fetch("/api/trpc/push.unsubscribe", {
          method: "POST",
          credentials: "same-origin",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ json: { endpoint: event.oldSubscription.endpoint } }),
        }).catch(() => undefined);
      }
    })(),
  );
});

/**
 * What a tap does: "done" checks the habit in for the reminder's day, "snooze" asks for the reminder
 * again in an hour, anything else opens the habit. A named function on the worker's global so the
 * push end-to-end test can run exactly what a tap runs (browsers cannot click a notification headless).
 */
self.coachHandleReminderAction = async (notification, action) => {
  const { reminder } = notification.data;
  notification.close();
  if (action === "done") {
    await queueWrite(reminder.userId, "habits.checkIn", { habitId: reminder.habitId, dayKey: reminder.dayKey, value: reminder.done.value }, reminder.habitId, `habit:${reminder.habitId}:${reminder.dayKey}`);
    await drainUser(reminder.userId);
    return;
  }
  if (action === "snooze") {
    await queueWrite(reminder.userId, "push.snooze", { habitId: reminder.habitId, dayKey: reminder.dayKey, minutes: SNOOZE_MINUTES }, reminder.habitId, `snooze:${reminder.habitId}:${reminder.dayKey}`);
    await drainUser(reminder.userId);
    return;
  }
  await openPage(reminder.url);
};

async function openPage(url) {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).pathname === url) || windows[0];
  if (open) {
    // Focusing needs the tap's user activation; without it (the window is already in front) navigating is enough.
    const focused = await open.focus().catch(() => open);
    if (new URL(focused.url).pathname === url) return focused;
    // navigate() only works on a window this worker controls; otherwise open a new one.
    const navigated = await focused.navigate(url).catch(() => null);
    if (navigated) return navigated;
  }
  return self.clients.openWindow(url);
}

function openOutbox() {
  return new Promise((resolve, reject) => {
    // No version: whatever version the app is at. Only on a phone where the app never opened the database
    // does this create it, with the same stores as lib/offline/local-db.ts (keep the two in step).
    const request = indexedDB.open(OUTBOX_DB);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains("outbox")) db.createObjectStore("outbox", { keyPath: "seq", autoIncrement: true }).createIndex("byUser", "userId");
      if (!db.objectStoreNames.contains("workouts")) db.createObjectStore("workouts", { keyPath: "id" }).createIndex("byUser", "userId");
      if (!db.objectStoreNames.contains("plans")) db.createObjectStore("plans", { keyPath: "userId" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function inStore(db, mode, work) {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction("outbox", mode);
    let result;
    try {
      Promise.resolve(work(transaction.objectStore("outbox"))).then((value) => {
        result = value;
      }, reject);
    } catch (error) {
      transaction.abort();
      reject(error);
    }
    transaction.oncomplete = () => resolve(result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

const requestValue = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

async function queueWrite(userId, path, input, subjectId, key) {
  const db = await openOutbox();
  try {
    await inStore(db, "readwrite", (store) => store.add({ key: `${key}:${Date.now()}`, userId, path, input, sessionId: "", subjectIds: [subjectId], createdAt: Date.now(), attempts: 0, status: "pending" }));
  } finally {
    db.close();
  }
  if (self.registration.sync) await self.registration.sync.register(OUTBOX_SYNC_TAG).catch(() => undefined);
}

/** True when nothing this worker can send is left waiting. */
async function drainAllUsers() {
  const db = await openOutbox();
  let writes;
  try {
    writes = await inStore(db, "readonly", (store) => requestValue(store.getAll()));
  } finally {
    db.close();
  }
  let allSent = true;
  for (const userId of new Set(writes.map((write) => write.userId))) allSent = (await drainUser(userId)) && allSent;
  return allSent;
}

/**
 * Sends this member's queued habit writes in order under the app's own lock, so a tab never sends them
 * at the same time. True when none is left waiting.
 */
function drainUser(userId) {
  const run = () => drainOnce(userId);
  return self.navigator.locks ? self.navigator.locks.request(`coach-outbox-${userId}`, run) : run();
}

async function drainOnce(userId) {
  const db = await openOutbox();
  try {
    const writes = (await inStore(db, "readonly", (store) => requestValue(store.index("byUser").getAll(userId)))).sort((a, b) => a.seq - b.seq);
    for (const write of writes) {
      if (write.status !== "pending" || !WORKER_SENDABLE.includes(write.path)) continue;
      const outcome = await send(write);
      if (outcome === "sent" || (outcome === "refused" && write.path === "push.snooze")) {
        // A refused snooze (the habit was archived meanwhile) has nothing left to do: no need to show it.
        await inStore(db, "readwrite", (store) => store.delete(write.seq));
      } else if (outcome === "refused") {
        // Kept, marked, for the app to show with Try again / Discard (as the app's own queue does).
        await inStore(db, "readwrite", (store) => store.put({ ...write, attempts: write.attempts + 1, status: "rejected", error: "The server refused this change." }));
      } else {
        await inStore(db, "readwrite", (store) => store.put({ ...write, attempts: write.attempts + 1 }));
        return false; // offline, signed out or a server error: keep the order and wait
      }
    }
    return true;
  } finally {
    db.close();
  }
}

async function send(write) {
  try {
    const response = await fetch(`/api/trpc/${write.path}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", "x-coach-user": write.userId },
      // tRPC with superjson: plain JSON input goes under "json".
      body: JSON.stringify({ json: write.input }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (response.ok) return "sent";
    const status = response.status;
    return status >= 400 && status < 500 && ![401, 408, 429].includes(status) ? "refused" : "wait";
  } catch {
    return "wait";
  }
}
