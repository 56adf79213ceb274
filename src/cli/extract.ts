/**
 * `npm run --silent extract -- [--json] PATH...`: indicators in text, HTML, PDF and Word .docx files, as a table or
 * as JSON. HTML is read as the visible text the extension's content script would see, a PDF as its text layer in
 * reading order, a .docx through its paragraphs and tables (src/page).
 */
import { relative, isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createExtractor } from '../extract/index';
import type { Extractor } from '../extract/types';
import { readAnyDocument } from '../page/document-file';
import { pageAt } from '../page/pdf-layout';
import { DocumentError } from '../page/text-file';
import { expandInputs } from './inputs';
import { renderReport, type DocumentResult } from './readable-report';

const USAGE = `Usage: npm run --silent extract -- [--json] [PATH...]

Finds labour and social-security indicators (城镇新增就业, 城镇登记失业率, …) in .txt, .html, .htm, .pdf and
.docx files. A folder is read recursively. With no PATH, reads the bundled sample pages (tests/fixtures/samples/).
A PDF is read from its text layer (a scanned PDF without one is reported, not read); legacy .doc and .wps files are
reported with what to convert them to (.docx or PDF).

  --json      print one JSON array, one {file, relevant, region, period, records} object per document
              (a document that could not be read is there too, with no records and an "error" message)
  -h, --help  print this help

Exit status: 0 when every document was read, 1 when some could not be (each says why on stderr), 2 on bad usage.
`;

const SAMPLES_DIR = fileURLToPath(new URL('../../tests/fixtures/samples/', import.meta.url));

interface Options {
  json: boolean;
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options | 'help' {
  const options: Options = { json: false, paths: [] };
  let onlyPaths = false;
  for (const arg of argv) {
    if (onlyPaths || !arg.startsWith('-') || arg === '-') options.paths.push(arg);
    else if (arg === '--') onlyPaths = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '-h' || arg === '--help') return 'help';
    else throw new UsageError(`unknown option ${arg}`);
  }
  return options;
}

/** Paths under the working directory print relative to it, as a user would type them. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

async function processFile(extractor: Extractor, file: string): Promise<DocumentResult> {
  const empty = { relevant: false, region: null, period: null, records: [] };
  try {
    const doc = await readAnyDocument(file);
    const result = extractor.extract(doc.text, { ...(doc.title !== undefined && { title: doc.title }), url: file, ...(doc.date !== undefined && { date: doc.date }) });
    // The spec's record has no place for a page, so a PDF's page numbers go to the readable table only.
    const pages = doc.pageStarts && result.records.map((record) => pageAt(doc.pageStarts!, record.start));
    return { file, ...result, ...(doc.title !== undefined && { title: doc.title }), ...(pages && { pages }) };
  } catch (error) {
    if (error instanceof DocumentError) return { file, ...empty, error: error.message };
    const reason = error instanceof Error ? error.message : String(error);
    return { file, ...empty, error: `indicator-lens: ${file}: extraction failed (${reason})` };
  }
}

/** The JSON object of one document: spec fields in spec order, plus `error` when it could not be read. */
function toJson(result: DocumentResult): Record<string, unknown> {
  const { file, relevant, region, period, records, error } = result;
  return error === undefined ? { file, relevant, region, period, records } : { file, relevant, region, period, records, error };
}

export async function main(argv: readonly string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`indicator-lens: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const paths = options.paths.length > 0 ? options.paths : [displayPath(SAMPLES_DIR).replace(/\/$/, '')];
  const inputs = await expandInputs(paths);
  let extractor: Extractor;
  try {
    extractor = await createExtractor();
    // Wait for jieba so the output does not depend on how fast it loaded (it refines `other` labels only).
    await extractor.segmentationReady;
  } catch (error) {
    process.stderr.write(`indicator-lens: cannot start the extractor (${error instanceof Error ? error.message : String(error)})\n`);
    return 1;
  }
  const results: DocumentResult[] = [];
  for (const input of inputs) {
    const result = input.error
      ? { file: input.file, relevant: false, region: null, period: null, records: [], error: `indicator-lens: ${input.file}: ${input.error}` }
      : await processFile(extractor, input.file);
    if (result.error) process.stderr.write(`${result.error}\n`);
    results.push(result);
  }
  process.stdout.write(options.json ? `${JSON.stringify(results.map(toJson), null, 2)}\n` : renderReport(results));
  return results.some((result) => result.error !== undefined) ? 1 : 0;
}

function runFromCommandLine(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0); // e.g. piped into head
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`indicator-lens: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runFromCommandLine();
