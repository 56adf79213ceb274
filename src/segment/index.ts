/**
 * jieba segmentation (jieba-rs compiled to WebAssembly, npm `jieba-wasm`), initialised once for Node and for the
 * browser. In Node the package's own build loads its .wasm by itself; in an extension the background passes the
 * URL of the .wasm shipped with the build (page CSPs block WebAssembly in content scripts, so only the background
 * and extension pages call this).
 */
import { INDICATOR_DEFS } from '../extract/lexicon/indicators';
import { SEGMENT_WORDS } from './dictionary';

import type { Segmenter } from './types';

export type { Segmenter, TaggedWord } from './types';

interface JiebaModule {
  cut(text: string, hmm?: boolean | null): string[];
  tag(sentence: string, hmm?: boolean | null): Array<{ word: string; tag: string }>;
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

let loading: Promise<Segmenter> | null = null;

/** The shared segmenter; the first call loads the dictionary (about a quarter of a second), later calls are free. */
export function loadSegmenter(options: { wasmUrl?: string } = {}): Promise<Segmenter> {
  loading ??= load(options).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function load(options: { wasmUrl?: string }): Promise<Segmenter> {
  let jieba: JiebaModule;
  if (options.wasmUrl) {
    const web = await import('jieba-wasm/web');
    await web.default({ module_or_path: options.wasmUrl });
    jieba = web;
  } else {
    jieba = (await import('jieba-wasm')) as unknown as JiebaModule;
  }
  addDictionary(jieba);
  return {
    cut: (text) => jieba.cut(text, true),
    // No HMM: labels are short and the dictionary knows their words; HMM guessing of unknown words costs a third more.
    tag: (text) => jieba.tag(text, false).map(({ word, tag }) => ({ word, tag })),
  };
}

/** Indicator phrases and labour terms as whole words, so a label is never split inside its name. */
function addDictionary(jieba: JiebaModule): void {
  const literal = /^[\u4e00-\u9fff]+$/;
  for (const def of INDICATOR_DEFS) {
    for (const p of [...def.phrases, ...(def.continuations ?? [])]) if (literal.test(p)) jieba.add_word(p, 20000, 'n');
  }
  for (const [word, tag] of SEGMENT_WORDS) jieba.add_word(word, 20000, tag);
}
