/**
 * `npm run bench`: speed, cold start, scaling and memory of the extraction engine, next to Recognizers-Text's
 * Chinese number + percentage models on the same texts. Prints tables and writes bench-out/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import { createExtractor } from '../extract/index';
import { htmlToVisibleText, parseHtmlDocument } from '../page/html';
import { collectVisibleText } from '../page/visible-text';
import { corpusLikeText, digitRun, loadCorpus, randomUnicode, tagSoup, utf8Bytes, type BenchDocument } from './bench-inputs';
import { fixed, median, perItemMedians, throughput } from './bench-stats';
import { chromiumAvailable, measureInChromium, type BrowserCollection } from './bench-browser';
import { renderColumns } from './display-width';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = join(REPO, 'bench-out');
const MB = 1_000_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / MB;
}

const WARM_UP_MS = 1000;

interface SpeedFigures {
  repetitions: number;
  chars: number;
  totalMs: number;
  mCharsPerSecond: number;
  medianMsPerDoc: number;
  maxMsPerDoc: number;
}

/**
 * Steady-state speed of the engine and of Recognizers-Text, measured side by side: both get the same warm-up
 * (passes over all documents for about a second, so the JIT has compiled their hot code), then rounds of one pass
 * of each until `budgetMs` is spent (3 to 200 rounds). Interleaving the passes gives both the same share of a
 * shared machine's load, so their ratio does not swing with what else runs (one after the other, it moved between
 * 6× and 11× on this 2-core machine while other jobs ran).
 */
function measureSpeedSideBySide(
  docs: readonly BenchDocument[],
  engineRun: (doc: BenchDocument) => void,
  recognizersRun: (doc: BenchDocument) => void,
  budgetMs: number,
): { engine: SpeedFigures; recognizers: SpeedFigures; roundRatios: number[] } {
  for (const run of [engineRun, recognizersRun]) {
    const warmUntil = performance.now() + WARM_UP_MS;
    do for (const doc of docs) run(doc);
    while (performance.now() < warmUntil);
  }
  const pass = (run: (doc: BenchDocument) => void) =>
    docs.map((doc) => {
      const start = performance.now();
      run(doc);
      return performance.now() - start;
    });
  const engineRuns: number[][] = [];
  const recognizersRuns: number[][] = [];
  const roundRatios: number[] = [];
  let totalMs = 0;
  while (engineRuns.length < 3 || (engineRuns.length < 200 && totalMs < budgetMs)) {
    const engineTimes = pass(engineRun);
    const recognizersTimes = pass(recognizersRun);
    engineRuns.push(engineTimes);
    recognizersRuns.push(recognizersTimes);
    const engineMs = sum(engineTimes);
    const recognizersMs = sum(recognizersTimes);
    roundRatios.push(recognizersMs / engineMs);
    totalMs += engineMs + recognizersMs;
  }
  return { engine: speedFigures(docs, engineRuns), recognizers: speedFigures(docs, recognizersRuns), roundRatios };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function speedFigures(docs: readonly BenchDocument[], runs: number[][]): SpeedFigures {
  const chars = docs.reduce((total, doc) => total + doc.text.length, 0) * runs.length;
  const totalMs = sum(runs.map(sum));
  const perDoc = perItemMedians(runs);
  return {
    repetitions: runs.length,
    chars,
    totalMs,
    mCharsPerSecond: throughput(chars, totalMs),
    medianMsPerDoc: median(perDoc),
    maxMsPerDoc: Math.max(...perDoc),
  };
}

interface ColdStart {
  readyMs: number;
  firstExtractMs: number;
  /** Engine only: when jieba finished loading beside it (null for Recognizers-Text). */
  segmentationReadyMs: number | null;
  totalMs: number;
  processWallMs: number;
}

/** Median of 3 fresh processes (node + tsx) loading, creating and running one extractor. */
function coldStart(which: 'engine' | 'recognizers', textFile: string): ColdStart & { samples: ColdStart[] } {
  const samples: ColdStart[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/bench-cold-start.ts'), which, textFile], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const processWallMs = performance.now() - start;
    if (child.status !== 0) throw new Error(`cold-start child (${which}) failed: ${child.stderr.trim().split('\n')[0]}`);
    samples.push({ ...(JSON.parse(child.stdout) as Omit<ColdStart, 'processWallMs'>), processWallMs });
  }
  const pick = (key: Exclude<keyof ColdStart, 'segmentationReadyMs'>) => median(samples.map((sample) => sample[key]));
  const segmentation = samples.map((sample) => sample.segmentationReadyMs).filter((ms): ms is number => ms !== null);
  return {
    readyMs: pick('readyMs'),
    firstExtractMs: pick('firstExtractMs'),
    segmentationReadyMs: segmentation.length > 0 ? median(segmentation) : null,
    totalMs: pick('totalMs'),
    processWallMs: pick('processWallMs'),
    samples,
  };
}

/** The corpus's first relevant page: makes a synthetic page relevant, as real pages are. */
function labourPreamble(docs: readonly BenchDocument[]): string {
  return `${docs.find((d) => /就业/.test(d.text))?.text ?? ''}\n`;
}

interface ScalingRow {
  input: string;
  bytes: number;
  chars: number;
  ms: number | null;
  msPerMb: number | null;
  note?: string;
}

function timeOnce(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** A news page of about `chars` characters: one <p> per sentence, figures in <b> as such pages often have. */
function pageMarkup(docs: readonly BenchDocument[], chars: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < chars) {
    for (const doc of docs) {
      for (const sentence of doc.text.split(/(?<=[。\n])/)) {
        const safe = sentence.replace(/[<&]/g, ' ');
        paragraphs.push(`<p>${safe.replace(/\d+(?:\.\d+)?/g, (figure) => `<b>${figure}</b>`)}</p>`);
        size += safe.length;
      }
      if (size >= chars) break;
    }
  }
  return paragraphs.join('');
}

async function main(): Promise<void> {
  const benchStart = performance.now();
  const { dir, docs } = await loadCorpus();
  const corpusChars = docs.reduce((sum, doc) => sum + doc.text.length, 0);
  console.log(`corpus: ${docs.length} documents, ${corpusChars.toLocaleString('en-US')} characters of page text (${dir})`);
  console.log(`node ${process.version}, ${cpus().length} CPUs\n`);

  const heapStart = heapMb();
  const extractor = await createExtractor();
  // Measured with jieba loaded, as the CLI and the extension run once it is.
  await extractor.segmentationReady;
  extractor.extract(docs[0]!.text);
  const heapAfterCreate = heapMb();

  const recognizer = new NumberRecognizer(Culture.Chinese);
  const numberModel = recognizer.getNumberModel();
  const percentageModel = recognizer.getPercentageModel();
  const { engine, recognizers, roundRatios } = measureSpeedSideBySide(
    docs,
    (doc) => extractor.extract(doc.text, { ...(doc.title !== undefined && { title: doc.title }), url: doc.name }),
    (doc) => {
      numberModel.parse(doc.text);
      percentageModel.parse(doc.text);
    },
    14_000,
  );

  mkdirSync(OUT_DIR, { recursive: true });
  const coldText = join(OUT_DIR, 'cold-start-text.txt');
  writeFileSync(coldText, docs[0]!.text);
  const engineCold = coldStart('engine', coldText);
  const recognizersCold = coldStart('recognizers', coldText);

  const scaling: ScalingRow[] = [];
  const row = (input: string, text: string, ms: number | null, note?: string): ScalingRow => {
    const bytes = utf8Bytes(text);
    return { input, bytes, chars: text.length, ms, msPerMb: ms === null ? null : ms / (bytes / MB), ...(note && { note }) };
  };
  let tooSlow = false;
  for (const size of [1, 2, 5, 10]) {
    const text = corpusLikeText(docs, size * MB);
    if (tooSlow) {
      scaling.push(row(`corpus-like ${size} MB`, text, null, 'skipped: the previous size took over 20 s'));
      continue;
    }
    const first = timeOnce(() => extractor.extract(text));
    tooSlow = first > 20_000;
    const ms = tooSlow ? first : median([first, timeOnce(() => extractor.extract(text)), timeOnce(() => extractor.extract(text))]);
    scaling.push(row(`corpus-like ${size} MB`, text, ms));
  }
  const digits = digitRun(100_000);
  scaling.push(row('100,000 digits in a row', digits, timeOnce(() => extractor.extract(digits))));
  // One endless sentence, a labelled figure every few characters: the rules must stay linear without punctuation.
  for (const size of [1, 2]) {
    const unbroken = labourPreamble(docs) + '城镇新增就业1人、2人另有劳动者3人'.repeat(Math.floor((size * MB) / 51));
    scaling.push(row(`no punctuation, figure every 6 chars ${size} MB`, unbroken, timeOnce(() => extractor.extract(unbroken))));
  }
  // …the same after a plan word at its start (确保), which every figure's kind looks back to: still linear.
  for (const size of [1, 2]) {
    const planned = `${labourPreamble(docs)}2023年，我市确保就业稳定${'全市实现城镇新增就业1人另有劳动者3人'.repeat(Math.floor((size * MB) / 57))}`;
    scaling.push(row(`no punctuation after a plan word ${size} MB`, planned, timeOnce(() => extractor.extract(planned))));
  }
  const unicode = randomUnicode(MB);
  scaling.push(row('random Unicode 1 MB', unicode, timeOnce(() => extractor.extract(unicode))));
  for (const size of [1, 5]) {
    const soup = tagSoup(docs, size * MB);
    let visible = '';
    scaling.push(row(`unbalanced markup ${size} MB → htmlToVisibleText`, soup, timeOnce(() => (visible = htmlToVisibleText(soup).text))));
    scaling.push(row(`  … its ${visible.length.toLocaleString('en-US')}-char text → engine`, soup, timeOnce(() => extractor.extract(visible)), 'ms/MB per MB of markup'));
  }

  const nested = `${'<div><span>'.repeat(50_000)}城镇新增就业40万人${'</span></div>'.repeat(50_000)}`;
  scaling.push(row('100,000 nested elements → htmlToVisibleText', nested, timeOnce(() => htmlToVisibleText(nested))));

  // The CLI's reading of a 100,000-character page (the browser's is measured below, in Chromium).
  const page = parseHtmlDocument(pageMarkup(docs, 100_000));
  const pageChars = collectVisibleText(page.documentElement).text.length;
  const syncCollectMs = median([0, 1, 2, 3, 4].map(() => timeOnce(() => collectVisibleText(page.documentElement))));

  const heapAfterRun = heapMb();

  let browserCollection: BrowserCollection[] | { skipped: string };
  if (!chromiumAvailable()) browserCollection = { skipped: 'no /usr/bin/chromium' };
  else {
    try {
      browserCollection = await measureInChromium([pageMarkup(docs, 100_000), pageMarkup(docs, 1_000_000)]);
    } catch (error) {
      browserCollection = { skipped: `Chromium failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
    }
  }

  const benchMs = performance.now() - benchStart;

  const figures = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    corpus: { dir, documents: docs.length, chars: corpusChars },
    engine: { ...engine, coldStart: engineCold },
    recognizers: { ...recognizers, coldStart: recognizersCold },
    speedRatioEngineOverRecognizers: engine.mCharsPerSecond / recognizers.mCharsPerSecond,
    speedRatioPerRound: { median: median(roundRatios), min: Math.min(...roundRatios), max: Math.max(...roundRatios) },
    scaling,
    pageCollection: { dom: 'linkedom (Node)', chars: pageChars, syncMs: syncCollectMs },
    pageCollectionChromium: browserCollection,
    memoryMb: { heapStart, heapAfterCreate, heapAfterRun },
    benchMs,
  };
  writeFileSync(join(OUT_DIR, 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`);

  const print = (title: string, rows: string[][]) => {
    console.log(title);
    for (const line of renderColumns(rows, '  ')) console.log(line);
    console.log('');
  };
  print('Speed on the corpus (page text; about 1 s of warm-up passes each, then rounds of one pass of each, side by side)', [
    ['', 'engine', 'Recognizers-Text zh number+percentage'],
    ['passes', String(engine.repetitions), String(recognizers.repetitions)],
    ['throughput (M chars/s)', fixed(engine.mCharsPerSecond, 2), fixed(recognizers.mCharsPerSecond, 3)],
    ['median ms per document', fixed(engine.medianMsPerDoc, 2), fixed(recognizers.medianMsPerDoc, 2)],
    ['slowest document (median ms)', fixed(engine.maxMsPerDoc, 2), fixed(recognizers.maxMsPerDoc, 2)],
    ['cold start: ready (ms)', fixed(engineCold.readyMs), fixed(recognizersCold.readyMs)],
    ['cold start: first document (ms)', fixed(engineCold.firstExtractMs), fixed(recognizersCold.firstExtractMs)],
    ['cold start: jieba loaded beside it (ms)', engineCold.segmentationReadyMs === null ? '—' : fixed(engineCold.segmentationReadyMs), '—'],
    ['cold start: process wall incl. node+tsx (ms)', fixed(engineCold.processWallMs, 0), fixed(recognizersCold.processWallMs, 0)],
  ]);
  console.log(
    `speed ratio engine / Recognizers: ${fixed(figures.speedRatioEngineOverRecognizers, 1)}× over all rounds; per round median ${fixed(median(roundRatios), 1)}×, ${fixed(Math.min(...roundRatios), 1)}–${fixed(Math.max(...roundRatios), 1)}× (cold starts: median of 3 fresh processes)\n`,
  );
  print('Scaling (corpus-like: median of 3 runs, others one run; linear time shows as a steady ms/MB; MB = 10^6 bytes of UTF-8)', [
    ['input', 'bytes', 'chars', 'ms', 'ms/MB'],
    ...scaling.map((r) => [
      r.input,
      r.bytes.toLocaleString('en-US'),
      r.chars.toLocaleString('en-US'),
      r.ms === null ? '—' : fixed(r.ms),
      r.msPerMb === null ? (r.note ?? '—') : fixed(r.msPerMb),
    ]),
  ]);
  console.log(`collectVisibleText on a ${pageChars.toLocaleString('en-US')}-char page parsed by linkedom (Node): ${fixed(syncCollectMs)} ms (median of 5)\n`);
  if ('skipped' in browserCollection) console.log(`Page collection in Chromium: skipped (${browserCollection.skipped})\n`);
  else {
    const list = (values: number[]) => (values.length === 0 ? 'none' : `${values.length}, longest ${fixed(Math.max(...values), 0)} ms`);
    print('Page collection in headless Chromium (real DOM; medians of 5 runs; 8 ms budget per slice)', [
      ['page chars', 'one pass (ms)', 'with computed style', 'sliced: longest slice (ms)', 'slices', 'sliced wall (ms)', 'long tasks >50 ms: one pass', 'sliced'],
      ...browserCollection.map((r) => [
        r.chars.toLocaleString('en-US'),
        fixed(r.syncMs),
        fixed(r.syncComputedStyleMs),
        fixed(r.slicedLongestTaskMs),
        String(r.slices),
        fixed(r.slicedTotalMs),
        list(r.syncLongTasksMs),
        list(r.slicedLongTasksMs),
      ]),
    ]);
  }
  print('Memory (heap used after GC, MB)', [
    ['start (corpus loaded)', fixed(heapStart)],
    ['after creating the extractor', fixed(heapAfterCreate)],
    ['after all engine runs (before the Chromium part)', fixed(heapAfterRun)],
  ]);
  console.log(`bench took ${fixed(benchMs / 1000)} s; figures in bench-out/bench.json`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
