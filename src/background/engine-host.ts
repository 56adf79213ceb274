/**
 * The extraction engine lives in the background because page CSPs forbid WebAssembly in content scripts.
 * It is created on the first request (jieba's dictionary build costs ~250 ms) and kept for the worker's lifetime.
 */
import { createExtractor } from '../extract';
import type { Extractor, ExtractorOptions } from '../extract/types';

export interface EngineHost {
  get(): Promise<Extractor>;
}

export function createEngineHost(options: () => ExtractorOptions): EngineHost {
  let pending: Promise<Extractor> | null = null;
  return {
    get() {
      pending ??= createExtractor(options()).catch((err: unknown) => {
        pending = null; // let the next request retry instead of failing forever
        throw err;
      });
      return pending;
    },
  };
}
