#!/usr/bin/env node
// Renders the app icons (public/icons/*.png) from one SVG with Debian's Chromium. Run by hand when the
// logo changes (node scripts/make-icons.mjs); the PNGs are committed.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "public", "icons");
mkdirSync(out, { recursive: true });

// scale: how much of the canvas the glyph fills (maskable icons keep it inside the 80 % safe zone).
const svg = ({ size, rounded, scale }) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="${rounded ? 22 : 0}" fill="#23765a"/>
  <g transform="translate(50 50) scale(${scale}) translate(-50 -50)" fill="none" stroke="#ffffff" stroke-linecap="round" stroke-linejoin="round">
    <path d="M68 30 A26 26 0 1 0 68 70" stroke-width="10"/>
    <path d="M44 52 l8 8 l18 -20" stroke="#bff0d6" stroke-width="8"/>
  </g>
</svg>`;

const variants = [
  { file: "icon-192.png", size: 192, rounded: true, scale: 0.8 },
  { file: "icon-512.png", size: 512, rounded: true, scale: 0.8 },
  { file: "icon-maskable-512.png", size: 512, rounded: false, scale: 0.6 },
  { file: "apple-touch-icon.png", size: 180, rounded: false, scale: 0.75 },
  { file: "favicon-32.png", size: 32, rounded: true, scale: 0.85 },
];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
for (const variant of variants) {
  await page.setViewportSize({ width: variant.size, height: variant.size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(variant)}</body></html>`);
  await page.locator("svg").screenshot({ path: path.join(out, variant.file), omitBackground: true });
  console.log(`wrote public/icons/${variant.file}`);
}
await browser.close();
