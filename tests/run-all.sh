#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to read: types, unit, accuracy gate, builds, end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck"; npx tsc --noEmit
echo "== unit tests"; npx vitest run
echo "== build + package (chrome-mv3)"; npx wxt zip
echo "== build + package (firefox-mv2)"; npx wxt zip -b firefox
echo "== web-ext lint (firefox-mv2)"; npx tsx tests/e2e/firefox-lint.ts .output/firefox-mv2
echo "== end-to-end (Chromium + built extension)"; npx vitest run --config vitest.e2e.config.ts
