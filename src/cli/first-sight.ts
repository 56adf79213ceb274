/**
 * `npm run first-sight -- COMMIT SET`: scores one corpus set with the engine of an earlier commit, against the gold
 * as it is now — how a batch's first-sight figure (tests/corpus/FIRST-SIGHT.md) reads after later gold corrections.
 * The commit is checked out into a temporary git worktree that shares this checkout's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus } from '../eval/corpus';
import { evaluate } from '../eval/evaluate';
import type { Extractor } from '../extract/types';

async function main(): Promise<number> {
  const [commit, set] = process.argv.slice(2);
  if (!commit || !set) {
    process.stderr.write('usage: npm run first-sight -- COMMIT SET   (e.g. 53b8d8a b1-bulletins)\n');
    return 2;
  }
  const corpus = await loadCorpus({ sets: [set] });
  if (corpus.length === 0) {
    process.stderr.write(`indicator-lens: no corpus documents in the set ${set}\n`);
    return 1;
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(path.join(tmpdir(), 'indicator-lens-first-sight-'));
  try {
    execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', dir, commit], { stdio: 'ignore' });
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    const engine = (await import(pathToFileURL(path.join(dir, 'src/extract/index.ts')).href)) as {
      createExtractor(): Promise<Extractor>;
    };
    const extractor = await engine.createExtractor();
    await extractor.segmentationReady;
    const e = evaluate(extractor, corpus);
    const f = (p: { precision: number; recall: number; f1: number }) =>
      `${p.precision.toFixed(3)} / ${p.recall.toFixed(3)} / ${p.f1.toFixed(3)}`;
    process.stdout.write(`${set} with the engine of ${commit}: core P/R/F1 ${f(e.overall)}, full ${f(e.overallFull)}\n`);
    return 0;
  } finally {
    execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`indicator-lens first-sight: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
