/**
 * Loads the gold corpus the way the CLI reads any page: the shared corpus (../shared/corpus next to the repository)
 * and the project's own batches (tests/corpus/<batch>/{docs,gold}), each document with its genre.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument, type LoadedDocument } from '../page/text-file';
import type { GoldDoc } from './score';

export interface CorpusDoc {
  name: string;
  path: string;
  doc: LoadedDocument;
  gold: GoldDoc;
  /** `shared` for ../shared/corpus, else the project batch's folder name (tests/corpus/<batch>). */
  set: string;
  /** From tests/corpus/genres.json; `unknown` when a document is not listed there. */
  genre: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The project's own documents: one folder per batch, scored at first sight before any rule changed for it. */
export const PROJECT_CORPUS = path.join(repoRoot, 'tests/corpus');

/** The shared corpus folder: $INDICATOR_LENS_CORPUS, else ../shared/corpus beside the repository. */
export function corpusDir(): string {
  return process.env.INDICATOR_LENS_CORPUS ?? path.resolve(repoRoot, '../shared/corpus');
}

export function corpusAvailable(): boolean {
  return existsSync(path.join(corpusDir(), 'gold'));
}

/** Batch folders of the project corpus, oldest name first. */
export async function projectBatches(root = PROJECT_CORPUS): Promise<string[]> {
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && existsSync(path.join(root, e.name, 'gold')))
    .map((e) => e.name)
    .sort();
}

function genres(root: string): Record<string, string> {
  const file = path.join(root, 'genres.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

/** Documents of one folder holding docs/ and gold/. */
export async function loadFolder(dir: string, set: string, genreOf: Record<string, string> = {}): Promise<CorpusDoc[]> {
  const goldDir = path.join(dir, 'gold');
  const names = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const out: CorpusDoc[] = [];
  for (const file of names) {
    const gold = JSON.parse(await readFile(path.join(goldDir, file), 'utf8')) as GoldDoc;
    const docPath = path.join(dir, 'docs', gold.doc);
    const name = file.replace(/\.json$/, '');
    out.push({ name, path: docPath, doc: await readDocument(docPath), gold, set, genre: genreOf[name] ?? 'unknown' });
  }
  return out;
}

/** The shared corpus, then every project batch (`sets` narrows it: e.g. ['shared'] or one batch's name). */
export async function loadCorpus(options: { sharedDir?: string; projectDir?: string; sets?: readonly string[] } = {}): Promise<CorpusDoc[]> {
  const projectDir = options.projectDir ?? PROJECT_CORPUS;
  const genreOf = genres(projectDir);
  const wanted = (set: string) => !options.sets || options.sets.includes(set);
  const out: CorpusDoc[] = [];
  if (wanted('shared')) out.push(...(await loadFolder(options.sharedDir ?? corpusDir(), 'shared', genreOf)));
  for (const batch of await projectBatches(projectDir)) {
    if (wanted(batch)) out.push(...(await loadFolder(path.join(projectDir, batch), batch, genreOf)));
  }
  return out;
}
