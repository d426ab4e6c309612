#!/usr/bin/env bash
# Every test: type check, lint and format check, unit and database tests, the single-file build, browser tests on it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== type check"
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output human | tail -n 3
echo "== lint and format check"
npm run --silent lint
echo "== unit and database tests"
npx vitest run
echo "== build"
npx vite build --logLevel warn
echo "== browser tests (Chromium and Firefox on dist/index.html over file://; LibreOffice on the ledger's .xlsx and .docx)"
bash scripts/ensure-browser.sh
npx vitest run --config vitest.e2e.config.ts
