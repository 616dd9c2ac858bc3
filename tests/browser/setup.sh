#!/usr/bin/env bash
# Idempotent setup for the browser tests: Debian's Chromium at /usr/bin/chromium and playwright-core from npm.
# playwright-core never downloads a browser; the tests launch /usr/bin/chromium. Safe to run again: it only
# installs what is missing, and says so without failing when offline and everything is already there.
set -euo pipefail
cd "$(dirname "$0")"

if [[ ! -x /usr/bin/chromium ]]; then
  echo "browser tests: installing Debian's chromium" >&2
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q chromium >&2 || { $SUDO apt-get update -q >&2 && $SUDO apt-get install -y -q chromium >&2; }
fi

# npm ci rewrites node_modules/.package-lock.json: newer than package-lock.json means the install is current.
if [[ -f node_modules/playwright-core/package.json && node_modules/.package-lock.json -nt package-lock.json ]]; then
  echo "browser tests: node_modules up to date" >&2
else
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >&2
fi

# The web UI bundles are built by the API project's BuildWebUi target (dotnet build); install their npm
# packages here too so that the build does not need to do it in the middle of the test run.
ui=../../api/KnowledgeGraph.Api/ui
if [[ ! $ui/node_modules/.package-lock.json -nt $ui/package-lock.json ]]; then
  (cd "$ui" && npm ci --no-audit --no-fund >&2)
fi
/usr/bin/chromium --version >&2
