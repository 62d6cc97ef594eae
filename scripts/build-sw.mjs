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

const restTimerScript = path.join(root, "public", "sw-rest-timer.js");

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
  // The rest-timer notification and notification clicks; the query string changes with its content so
  // an edit reaches installed apps.
  importScripts: [`/sw-rest-timer.js?v=${revisionOf(restTimerScript)}`],
  runtimeCaching: [
    {
      // The Train screen must open at the gym with no signal: network first, the last copy when offline.
      // It is per-user, so signing out deletes this cache (components/auth/sign-out-button.tsx).
      urlPattern: ({ request, url }) => request.mode === "navigate" && url.pathname === "/train",
      handler: "NetworkFirst",
      options: {
        cacheName: "train-pages",
        networkTimeoutSeconds: 5,
        expiration: { maxEntries: 2 },
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
