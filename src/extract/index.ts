/**
 * Public entry of the extraction engine: `createExtractor()` once, then `extract(text, page)` synchronously for
 * every page. Pure TypeScript: runs in Node, in a service worker and in a page.
 */
import type { Extractor, ExtractorOptions, ExtractResult, PageInfo } from './types';
import { IndicatorMatcher } from './lexicon/matcher';
import { extractRecords } from './engine';

export * from './types';
export { INDICATOR_DEFS, INDICATOR_BY_ID } from './lexicon/indicators';

export async function createExtractor(options: ExtractorOptions = {}): Promise<Extractor> {
  const matcher = new IndicatorMatcher(options.customIndicators ?? []);
  return {
    extract(text: string, page?: PageInfo): ExtractResult {
      return extractRecords(typeof text === 'string' ? text : '', page, { matcher });
    },
  };
}
