/**
 * Public entry of the extraction engine: `createExtractor()` once, then `extract(text, page)` synchronously for
 * every page. The engine is pure TypeScript (Node, service worker, page); jieba segmentation loads beside it.
 */
import type { Extractor, ExtractorOptions, ExtractResult, PageInfo } from './types';
import type { TaggedWord } from '../segment/types';
import { IndicatorMatcher } from './lexicon/matcher';
import { extractRecords, extractSteps } from './engine';
import { runSliced } from './sliced';

export * from './types';
export { INDICATOR_DEFS, INDICATOR_BY_ID } from './lexicon/indicators';

export async function createExtractor(options: ExtractorOptions = {}): Promise<Extractor> {
  const matcher = new IndicatorMatcher(options.customIndicators ?? []);
  let tag: ((s: string) => TaggedWord[]) | undefined;
  const segmentationReady =
    options.segmentation === false
      ? Promise.resolve(false)
      : import('../segment/index')
          .then(({ loadSegmenter }) => loadSegmenter(options.wasmUrl ? { wasmUrl: options.wasmUrl } : {}))
          .then((segmenter) => {
            tag = (s) => segmenter.tag(s);
            return true;
          })
          .catch(() => false);
  return {
    segmentationReady,
    extract(text: string, page?: PageInfo): ExtractResult {
      return extractRecords(typeof text === 'string' ? text : '', page, { matcher, tag });
    },
    extractSliced(text, page, options) {
      return runSliced(extractSteps(typeof text === 'string' ? text : '', page, { matcher, tag }), options);
    },
  };
}
