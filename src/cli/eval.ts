/**
 * `npm run eval [-- --json] [--no-segmentation] [--set NAME,…]`: scores the engine on ../shared/corpus and the
 * project's batches (tests/corpus/<batch>) with the spec's strict matching — per indicator and overall precision /
 * recall / F1, the same with region and period required, per genre and per set, irrelevant pages kept quiet — and
 * lists every miss, extra and misplaced figure. `--set` scores only the named sets (`shared`, a batch's folder):
 * how a new batch is scored at first sight.
 */
import { createExtractor } from '../extract/index';
import { loadCorpus, corpusAvailable, corpusDir } from '../eval/corpus';
import { evaluate } from '../eval/evaluate';
import { formatExcerpts, formatFurniture, formatReport } from '../eval/report';
import { furnitureCheck } from '../eval/furniture-check';
import { excerptScore } from '../eval/excerpts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const setAt = args.indexOf('--set');
  const sets = setAt >= 0 ? args[setAt + 1]?.split(',').filter(Boolean) : undefined;
  const flags = setAt >= 0 ? args.filter((_, i) => i !== setAt && i !== setAt + 1) : args;
  const unknown = flags.filter((a) => !['--json', '--no-segmentation', '--help', '-h'].includes(a));
  if (unknown.length > 0 || (setAt >= 0 && !sets?.length) || args.includes('--help') || args.includes('-h')) {
    process.stderr.write('usage: npm run eval -- [--json] [--no-segmentation] [--set shared|BATCH[,…]]\n');
    return unknown.length > 0 ? 2 : 0;
  }
  if (!corpusAvailable()) {
    process.stderr.write(`indicator-lens: no gold corpus at ${corpusDir()} (set INDICATOR_LENS_CORPUS)\n`);
    return 1;
  }
  const extractor = await createExtractor({ segmentation: !args.includes('--no-segmentation') });
  await extractor.segmentationReady;
  const corpus = await loadCorpus({ sets });
  if (corpus.length === 0) {
    process.stderr.write(`indicator-lens: no corpus documents in the set(s) ${sets?.join(', ')}\n`);
    return 1;
  }
  const result = evaluate(extractor, corpus);
  const excerpts = excerptScore(extractor, corpus);
  const furniture = furnitureCheck(extractor, corpus);
  process.stdout.write(
    args.includes('--json')
      ? `${JSON.stringify({ ...(result.json as object), excerpts, furniture }, null, 2)}\n`
      : `${formatReport(result)}\n${formatExcerpts(excerpts)}\n${formatFurniture(furniture)}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`indicator-lens eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
