#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to read: types, unit (with the corpus accuracy gate), both
# browsers' packages and the Firefox lint, end-to-end in Chromium. Ends with one "N passed, N failed" line.
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
npx vitest run --config tests/vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$results/e2e.json"
node -e '
  const fs = require("fs");
  let passed = 0, failed = 0;
  for (const f of fs.readdirSync(process.argv[1])) {
    const r = JSON.parse(fs.readFileSync(`${process.argv[1]}/${f}`, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests;
  }
  console.log(`${passed} passed, ${failed} failed`);
' "$results"
