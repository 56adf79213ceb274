/**
 * `web-ext lint` on the Firefox build (`npx tsx tests/e2e/firefox-lint.ts [dir]`). Fails on any error, and on any
 * warning except those that point into bundled third-party code: Preact's renderer assigns innerHTML only for
 * `dangerouslySetInnerHTML`, which nothing in this project uses (house rule; checked below by grep); Readability
 * (src/page/readability-article.ts) assigns it only inside the clone of the page it reads — an inert document, where
 * no script runs and nothing loads — to restore the body it saved and to unwrap images from <noscript>. PDF.js (the PDF
 * viewer, src/pdf-viewer/) probes whether `Function` may be called, compiles PostScript functions with it only when
 * that is allowed and the viewer's isEvalSupported option is on (the viewer turns it off), and imports its worker
 * script — the extension's own file — by URL when no worker can be started.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/harness/browser';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const dir = path.resolve(process.argv[2] ?? path.join(repoRoot, '.output/firefox-mv2'));

function lint(): { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] } {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  return JSON.parse(json);
}

/** True when the warning's code position sits inside Preact's dangerouslySetInnerHTML branch. */
function isPreactInnerHtml(m: LintMessage): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || m.line === undefined || m.column === undefined) return false;
  const lines = fs.readFileSync(path.join(dir, m.file), 'utf8').split('\n');
  const line = lines[m.line - 1] ?? '';
  const before = line.slice(Math.max(0, m.column - 400), m.column + 40);
  return before.includes('dangerouslySetInnerHTML') && /\.innerHTML=\w+\.__html/.test(before);
}

/** The code around a warning, as bundled (minified: Readability's own property names survive). */
function around(m: LintMessage): string {
  const line = fs.readFileSync(path.join(dir, m.file!), 'utf8').split('\n')[m.line! - 1] ?? '';
  return line.slice(Math.max(0, m.column! - 200), m.column! + 80);
}

/** True for Readability's two assignments, on the document it was given: the page's clone. */
function isReadabilityInnerHtml(m: LintMessage): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || m.line === undefined || m.column === undefined) return false;
  const code = around(m);
  return /\.innerHTML=\w+,this\._attempts\.push\(/.test(code) || /_isSingleImage\(\w+\)\)\{var \w+=\w+\.createElement\(`div`\);\w+\.innerHTML=\w+\.innerHTML/.test(code);
}

/** True for PDF.js's eval probe, its PostScript compiler behind isEvalSupported, and its import of its own worker. */
function isPdfJs(m: LintMessage): boolean {
  if (!m.file || m.line === undefined || m.column === undefined) return false;
  const code = around(m);
  if (m.code === 'DANGEROUS_EVAL') {
    return /try\{return Function\(``\),!0\}catch\{return!1\}/.test(code) || /isEvalSupported\(\)\{try\{new Function\(""\);return!0\}/.test(code) ||
      /&&FeatureTest\.isEvalSupported\)\{const \w+=\(new PostScriptCompiler\)/.test(code);
  }
  return m.code === 'UNSAFE_VAR_ASSIGNMENT' && /await import\(this\.workerSrc\)/.test(code);
}

function ourCodeUsesInnerHtml(): boolean {
  const grep = spawnSync('grep', ['-rlE', 'innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML', 'src', 'entrypoints'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return grep.stdout.trim().length > 0;
}

if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: repoRoot, stdio: 'inherit' });
}
const report = lint();
const thirdParty = report.warnings.filter((w) => isPreactInnerHtml(w) || isReadabilityInnerHtml(w) || isPdfJs(w));
const ours = report.warnings.filter((w) => !thirdParty.includes(w));
const show = (m: LintMessage) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
console.log(
  `web-ext lint ${path.relative(repoRoot, dir)}: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${thirdParty.length} in Preact's dangerouslySetInnerHTML branch, Readability's clone and PDF.js), ${report.notices.length} notices`,
);
for (const m of [...report.errors, ...ours, ...report.notices]) console.log(show(m));
if (ourCodeUsesInnerHtml()) {
  console.log('  src/ or entrypoints/ mentions innerHTML: the Preact exemption no longer holds');
  process.exit(1);
}
process.exit(report.errors.length === 0 && ours.length === 0 ? 0 : 1);
