/**
 * Run by the benchmark in a fresh process: times loading and creating one extractor (ours or Recognizers-Text's
 * Chinese number + percentage models) and its first extraction. Prints one JSON object.
 * Usage: node --import tsx src/cli/bench-cold-start.ts engine|recognizers TEXT_FILE
 */
import { readFileSync } from 'node:fs';

const [which, textFile] = process.argv.slice(2);
const text = readFileSync(textFile!, 'utf8');
const start = performance.now();
let readyMs: number;
let segmentationReadyMs: number | null = null;
let firstExtractMs: number;
if (which === 'engine') {
  const { createExtractor } = await import('../extract/index');
  const extractor = await createExtractor();
  readyMs = performance.now() - start;
  extractor.extract(text);
  firstExtractMs = performance.now() - start - readyMs;
  // jieba loads beside the engine; the extractor works before it is ready (core records never depend on it).
  await extractor.segmentationReady;
  segmentationReadyMs = performance.now() - start;
} else {
  const { NumberRecognizer, Culture } = await import('@microsoft/recognizers-text-number');
  const recognizer = new NumberRecognizer(Culture.Chinese);
  const numbers = recognizer.getNumberModel();
  const percentages = recognizer.getPercentageModel();
  readyMs = performance.now() - start;
  numbers.parse(text);
  percentages.parse(text);
  firstExtractMs = performance.now() - start - readyMs;
}
const totalMs = performance.now() - start;
process.stdout.write(`${JSON.stringify({ readyMs, firstExtractMs, segmentationReadyMs, totalMs })}\n`);
