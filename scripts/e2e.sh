#!/usr/bin/env bash
# End-to-end tests: runs inside with-db.mjs (MONGODB_URI set). Builds the production app and its
# service worker, seeds the demo accounts, and lets Playwright start `next start` against that database.
set -euo pipefail
cd "$(dirname "$0")/.."
next build
node scripts/build-sw.mjs
tsx --conditions=react-server scripts/seed.ts --quiet
playwright test "$@"
