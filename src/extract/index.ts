// Public entry of the extraction engine. (Initial wiring: rules land in following commits.)
import type { Extractor, ExtractorOptions, ExtractResult, PageInfo } from './types';
export * from './types';

export async function createExtractor(_options: ExtractorOptions = {}): Promise<Extractor> {
  return {
    extract(_text: string, _page?: PageInfo): ExtractResult {
      return { relevant: false, region: null, period: null, records: [] };
    },
  };
}
