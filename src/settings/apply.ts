/** What the settings change in an extraction result, applied in the background before anything reaches a page. */
import type { ExtractResult, PageInfo } from '../extract/types';
import { isHostDisabled } from './hosts';
import type { Settings } from './types';

export function applySettings(result: ExtractResult, page: PageInfo | undefined, settings: Settings): ExtractResult {
  if (isHostDisabled(settings.disabledHosts, page?.url)) {
    return { relevant: false, region: null, period: null, records: [] };
  }
  if (settings.hiddenIndicators.length === 0) return result;
  const hidden = new Set<string>(settings.hiddenIndicators);
  return { ...result, records: result.records.filter((r) => !hidden.has(r.indicator)) };
}
