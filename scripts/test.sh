#!/usr/bin/env bash
# `npm test`: install what is missing, then unit, integration (on a fresh embedded database) and
# end-to-end tests (production build + Debian's Chromium). Stops at the first failing layer.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh

ensure_node_modules
ensure_chromium
ensure_go_or_mongodb

echo "== typecheck"
npx tsc --noEmit
echo "== unit tests"
npm run -s test:unit
echo "== integration tests (real database)"
npm run -s test:integration
echo "== end-to-end tests (Chromium)"
npm run -s test:e2e
