/**
 * `npm run eval [-- --json] [--no-segmentation]`: scores the engine on ../shared/corpus with the spec's strict
 * matching — per indicator and overall precision / recall / F1, irrelevant pages kept quiet — and lists every
 * miss and extra.
 */
import { createExtractor } from '../extract/index';
import { loadCorpus, corpusAvailable, corpusDir } from '../eval/corpus';
import { evaluate } from '../eval/evaluate';
import { formatExcerpts, formatReport } from '../eval/report';
import { excerptScore } from '../eval/excerpts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !['--json', '--no-segmentation', '--help', '-h'].includes(a));
  if (unknown.length > 0 || args.includes('--help') || args.includes('-h')) {
    process.stderr.write('usage: npm run eval -- [--json] [--no-segmentation]\n');
    return unknown.length > 0 ? 2 : 0;
  }
  if (!corpusAvailable()) {
    process.stderr.write(`indicator-lens: no gold corpus at ${corpusDir()} (set INDICATOR_LENS_CORPUS)\n`);
    return 1;
  }
  const extractor = await createExtractor({ segmentation: !args.includes('--no-segmentation') });
  await extractor.segmentationReady;
  const corpus = await loadCorpus();
  const result = evaluate(extractor, corpus);
  const excerpts = excerptScore(extractor, corpus);
  process.stdout.write(
    args.includes('--json')
      ? `${JSON.stringify({ ...(result.json as object), excerpts }, null, 2)}\n`
      : `${formatReport(result)}\n${formatExcerpts(excerpts)}`,
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
