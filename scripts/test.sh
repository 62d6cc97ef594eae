#!/usr/bin/env bash
# `npm test`: install what is missing, then the typecheck, unit, integration (on a fresh embedded
# database) and end-to-end tests (production build + Debian's Chromium). Stops at the first failing
# layer, and always ends with one "N passed, N failed" line over the layers that ran.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh

ensure_node_modules
ensure_chromium
ensure_go_or_mongodb

reports=.data/test-reports
rm -rf "$reports" && mkdir -p "$reports"
trap 'node scripts/test-summary.mjs "$reports" $?' EXIT

echo "== typecheck"
npx tsc --noEmit
echo "== unit tests"
npm run -s test:unit -- --reporter=default --reporter=json --outputFile.json="$reports/unit.json"
echo "== integration tests (real database)"
npm run -s test:integration -- --reporter=default --reporter=json --outputFile.json="$reports/integration.json"
echo "== end-to-end tests (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e.json" npm run -s test:e2e -- --reporter=list,json
