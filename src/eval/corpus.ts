/** Loads the shared gold corpus (../shared/corpus next to the repository) the way the CLI reads any page. */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument, type LoadedDocument } from '../page/text-file';
import type { GoldDoc } from './score';

export interface CorpusDoc {
  name: string;
  path: string;
  doc: LoadedDocument;
  gold: GoldDoc;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The corpus folder: $INDICATOR_LENS_CORPUS, else ../shared/corpus beside the repository. */
export function corpusDir(): string {
  return process.env.INDICATOR_LENS_CORPUS ?? path.resolve(repoRoot, '../shared/corpus');
}

export function corpusAvailable(): boolean {
  return existsSync(path.join(corpusDir(), 'gold'));
}

export async function loadCorpus(dir = corpusDir()): Promise<CorpusDoc[]> {
  const goldDir = path.join(dir, 'gold');
  const names = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const out: CorpusDoc[] = [];
  for (const name of names) {
    const gold = JSON.parse(await readFile(path.join(goldDir, name), 'utf8')) as GoldDoc;
    const docPath = path.join(dir, 'docs', gold.doc);
    out.push({ name: name.replace(/\.json$/, ''), path: docPath, doc: await readDocument(docPath), gold });
  }
  return out;
}
