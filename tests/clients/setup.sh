#!/usr/bin/env bash
# Installs the npm clients the API tests and the benchmark run (graphql@16, graphql-http, autocannon) from
# package-lock.json into tests/clients/node_modules. Idempotent: does nothing when node_modules matches the lock.
# Offline-tolerant: uses the npm cache first; fails with a clear message when neither cache nor registry has them.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "tests/clients/setup.sh: node and npm are required (Node 20 or later)" >&2
  exit 1
fi
STAMP="node_modules/.kg-lock.sha256"
WANT="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" && -d node_modules/graphql-http && -d node_modules/autocannon ]]; then
  echo "tests/clients: node_modules up to date"
  exit 0
fi
if ! npm ci --no-audit --no-fund --prefer-offline; then
  echo "tests/clients/setup.sh: npm ci failed (no registry and nothing in the npm cache?)" >&2
  exit 1
fi
echo "$WANT" > "$STAMP"
echo "tests/clients: installed $(node -p "require('./node_modules/graphql/package.json').version") graphql, $(node -p "require('./node_modules/graphql-http/package.json').version") graphql-http, $(node -p "require('./node_modules/autocannon/package.json').version") autocannon"
