#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to read: types, unit (with the corpus accuracy gate), both
# browsers' packages and the Firefox lint, end-to-end in Chromium, then in Firefox ESR and Firefox 140 ESR. Ends with
# one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
results=.cache/test-results
mkdir -p "$results"
rm -f "$results"/*.json
echo "== typecheck"; npx tsc --noEmit
echo "== unit tests"; npx vitest run --config tests/vitest.config.ts --reporter=default --reporter=json --outputFile.json="$results/unit.json"
echo "== build + package (chrome-mv3)"; npx wxt zip
echo "== build + package (firefox-mv2)"; npx wxt zip -b firefox
echo "== web-ext lint (firefox-mv2)"; npx tsx tests/e2e/firefox-lint.ts .output/firefox-mv2
echo "== end-to-end (Chromium + built extension)"
E2E_BROWSERS=chromium npx vitest run --config tests/vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$results/e2e.json"
# Firefox runs the scenarios shared by every browser only (one browser per version for the whole file): ESR installs
# the zip above, 140 (the manifest's strict_min_version, unpacked by tests/setup.sh) the unpacked build.
echo "== end-to-end (Firefox ESR and Firefox 140 ESR + built extension)"
E2E_BROWSERS=firefox-esr,firefox-140 npx vitest run --config tests/vitest.e2e.config.ts \
  tests/e2e/every-browser.e2e.test.ts tests/e2e/custom-indicator.e2e.test.ts \
  tests/e2e/in-page-ui.e2e.test.ts tests/e2e/hostile-pages.e2e.test.ts tests/e2e/csv-export.e2e.test.ts \
  --reporter=default --reporter=json --outputFile.json="$results/e2e-firefox.json"
node -e '
  const fs = require("fs");
  let passed = 0, failed = 0;
  for (const f of fs.readdirSync(process.argv[1])) {
    const r = JSON.parse(fs.readFileSync(`${process.argv[1]}/${f}`, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests;
  }
  console.log(`${passed} passed, ${failed} failed`);
' "$results"
