#!/usr/bin/env node
// Prints one closing line for `npm test` from the JSON reports of each layer that ran:
// "N passed, N failed" (and ", N skipped"), so CI logs end with the whole count, not the last layer's.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2];
// Exit status of test.sh: a layer that failed before writing a report (typecheck, database build,
// Playwright's web server) must not read as "0 failed".
const exitCode = Number(process.argv[3] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;
const layers = [];

for (const layer of ["unit", "integration"]) {
  const file = path.join(dir, `${layer}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  layers.push(`${layer} ${report.numPassedTests}/${report.numTotalTests}`);
}
const e2eFile = path.join(dir, "e2e.json");
if (existsSync(e2eFile)) {
  const { stats } = JSON.parse(readFileSync(e2eFile, "utf8"));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
  layers.push(`e2e ${stats.expected + stats.flaky}/${stats.expected + stats.flaky + stats.unexpected + stats.skipped}`);
}

if (exitCode !== 0 && failed === 0) failed = 1;
if (layers.length > 0) console.log(`\n(${layers.join(", ")})`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
