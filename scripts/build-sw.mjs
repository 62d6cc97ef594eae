#!/usr/bin/env node
// Builds public/sw.js after `next build`: precaches the hashed app shell (/_next/static), the icons,
// the manifest and the offline page, and answers a failed navigation with the offline page.
// A new worker waits until the app asks it to take over (the update prompt), so nobody's session
// switches version mid-workout.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateSW } from "workbox-build";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const buildId = readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim();
const revisionOf = (file) => createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 16);
const icons = readdirSync(path.join(root, "public", "icons")).map((name) => ({
  url: `/icons/${name}`,
  revision: revisionOf(path.join(root, "public", "icons", name)),
}));

// Scripts the generated worker imports: the query string changes with their content so an edit reaches
// installed apps.
const importedScripts = ["sw-rest-timer.js", "sw-push.js"].map((name) => `/${name}?v=${revisionOf(path.join(root, "public", name))}`);

const { count, size, warnings } = await generateSW({
  swDest: path.join(root, "public", "sw.js"),
  mode: "production",
  sourcemap: false,
  inlineWorkboxRuntime: true,
  globDirectory: path.join(root, ".next", "static"),
  globPatterns: ["**/*.{js,css,woff2}"],
  modifyURLPrefix: { "": "/_next/static/" },
  // Next puts a content hash in every /_next/static file name: the URL is the revision.
  dontCacheBustURLsMatching: /^\/_next\/static\//,
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  additionalManifestEntries: [
    { url: "/offline", revision: buildId },
    { url: "/manifest.webmanifest", revision: buildId },
    ...icons,
  ],
  cacheId: "character-coach",
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: false,
  navigateFallback: undefined,
  // The rest-timer notification, habit reminders by Web Push, and what a tap on either does.
  importScripts: importedScripts,
  runtimeCaching: [
    {
      // Train, Today, Habits, Eat and Mind (the daily check-in) must open at the gym or on a train with no
      // signal: network first, the last copy when offline (their writes queue in IndexedDB). They are
      // per-user, so signing out deletes this cache (lib/offline/local-db.ts clearDeviceCopies). The
      // journal is left out on purpose: its decrypted text is not kept in a page cache on the device.
      urlPattern: ({ request, url }) => request.mode === "navigate" && ["/train", "/today", "/habits", "/eat", "/mind"].includes(url.pathname),
      handler: "NetworkFirst",
      options: {
        cacheName: "member-pages",
        networkTimeoutSeconds: 5,
        expiration: { maxEntries: 16 },
        precacheFallback: { fallbackURL: "/offline" },
      },
    },
    {
      // Pages are per-user and change often: always from the network, the offline page when it fails.
      urlPattern: ({ request }) => request.mode === "navigate",
      handler: "NetworkOnly",
      options: { precacheFallback: { fallbackURL: "/offline" } },
    },
  ],
});
for (const warning of warnings) console.warn(`build-sw: ${warning}`);
console.log(`build-sw: public/sw.js precaches ${count} files (${(size / 1024).toFixed(0)} KiB), build ${buildId}`);
