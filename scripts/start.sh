#!/usr/bin/env bash
# `npm start`: install what is missing, build if the sources changed, start the embedded database
# (unless MONGODB_URI is set), seed the demo accounts on first run, and serve the app.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh

ensure_node_modules
ensure_go_or_mongodb
if build_is_stale; then
  echo "start: building the app (next build + service worker)…"
  npm run -s build
fi
exec node scripts/with-db.mjs -- node scripts/serve.mjs
