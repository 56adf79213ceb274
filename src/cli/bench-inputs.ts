/** What the benchmark runs on: the corpus as page text, and synthetic stress inputs built from it. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../page/text-file';
import { seededRandom } from './bench-stats';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS_DIR = resolve(REPO, '../shared/corpus/docs');
const SAMPLES_DIR = join(REPO, 'tests/fixtures/samples');

export interface BenchDocument {
  name: string;
  text: string;
  title?: string;
}

/** The corpus documents read through src/page (HTML as visible text); the bundled samples when it is absent. */
export async function loadCorpus(): Promise<{ dir: string; docs: BenchDocument[] }> {
  const dir = existsSync(CORPUS_DIR) ? CORPUS_DIR : SAMPLES_DIR;
  const names = readdirSync(dir).filter((name) => /\.(?:txt|html?)$/i.test(name)).sort();
  const docs = await Promise.all(
    names.map(async (name) => {
      const doc = await readDocument(join(dir, name));
      return { name, text: doc.text, ...(doc.title !== undefined && { title: doc.title }) };
    }),
  );
  return { dir, docs };
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Corpus text repeated (documents separated by blank lines) up to about `bytes` of UTF-8. */
export function corpusLikeText(docs: readonly BenchDocument[], bytes: number): string {
  const block = docs.map((doc) => doc.text).join('\n\n');
  const blockBytes = utf8Bytes(block);
  const copies = Math.ceil(bytes / blockBytes);
  const text = Array.from({ length: copies }, () => block).join('\n\n');
  // Cut by characters in proportion; close enough to the byte target for a per-MB figure (bytes are reported).
  return text.slice(0, Math.round((text.length * bytes) / utf8Bytes(text)));
}

export function digitRun(length: number): string {
  return '1234567890'.repeat(Math.ceil(length / 10)).slice(0, length);
}

/** About `bytes` of UTF-8 made of random code points: any plane, no surrogate halves or noncharacters. */
export function randomUnicode(bytes: number, seed = 7): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const plane = random();
    // Mostly BMP (where CJK, digits and punctuation live), some ASCII, some astral characters.
    let code =
      plane < 0.2 ? 0x20 + Math.floor(random() * 0x5f) : plane < 0.9 ? Math.floor(random() * 0xffff) : 0x10000 + Math.floor(random() * 0x2ffff);
    if ((code >= 0xd800 && code <= 0xdfff) || (code & 0xfffe) === 0xfffe) code = 0x4e00;
    const char = String.fromCodePoint(code);
    parts.push(char);
    size += utf8Bytes(char);
  }
  return parts.join('');
}

const SOUP_TAGS = ['<p>', '</p>', '<div class="a">', '</span>', '<table><td>', '<tr>', '</td>', '<br>', '<b>', '</i>', '<!--', '-->', '<li', '>', '<script>', '</script>', '&nbsp;', '&#x4e00', '<'];

/** About `bytes` of unbalanced markup interleaved with corpus sentences. */
export function tagSoup(docs: readonly BenchDocument[], bytes: number, seed = 11): string {
  const random = seededRandom(seed);
  const sentences = docs.flatMap((doc) => doc.text.split(/(?<=[。；\n])/)).filter((s) => s.trim() !== '');
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const piece = random() < 0.5 ? SOUP_TAGS[Math.floor(random() * SOUP_TAGS.length)]! : sentences[Math.floor(random() * sentences.length)]!;
    parts.push(piece);
    size += utf8Bytes(piece);
  }
  return parts.join('');
}
