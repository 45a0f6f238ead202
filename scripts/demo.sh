#!/usr/bin/env bash
# The one-command tour for a fresh checkout: install, build, then show what py3migrate finds in
# examples/legacy-app and the fixes it would make (as a diff; nothing is written).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci
npm run build

# check exits 1 when it finds something, which is the point here; 2 means a real error.
run() {
  echo
  echo "\$ py3migrate $*"
  local status=0
  node bin/py3migrate.js "$@" || status=$?
  if [ "$status" -ge 2 ]; then
    echo "py3migrate $1 failed (exit $status)" >&2
    exit "$status"
  fi
}

run check examples/legacy-app
run fix --diff examples/legacy-app
echo
echo "Nothing was changed. Apply the fixes with: node bin/py3migrate.js fix examples/legacy-app"
