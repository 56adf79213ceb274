/**
 * The background's engine under the user's settings: custom indicators go into the extractor (rebuilt when they
 * change; jieba stays loaded), disabled sites and hidden indicators are applied to every result.
 */
import { createExtractor } from '../extract';
import type { Extractor, ExtractorOptions } from '../extract/types';
import { applySettings } from './apply';
import { sameCustomIndicators } from './normalize';
import type { SettingsStore } from './store';
import type { Settings } from './types';

export interface SettingsEngine {
  get(): Promise<Extractor>;
  /** Takes new settings; resolves once the next `get()` uses them. */
  update(settings: Settings): Promise<void>;
}

export interface SettingsEngineDeps {
  store: Pick<SettingsStore, 'load'>;
  options: () => ExtractorOptions;
  create?: (options: ExtractorOptions) => Promise<Extractor>;
}

interface Built {
  settings: Settings;
  extractor: Extractor;
  /** What `get()` hands out: one object per settings state, so callers can tell whether settings changed. */
  view: Extractor;
}

function viewOf(settings: Settings, extractor: Extractor): Built {
  return {
    settings,
    extractor,
    view: {
      segmentationReady: extractor.segmentationReady,
      extract: (text, page) => applySettings(extractor.extract(text, page), page, settings),
      extractSliced: async (text, page, options) => applySettings(await extractor.extractSliced(text, page, options), page, settings),
    },
  };
}

export function createSettingsEngine(deps: SettingsEngineDeps): SettingsEngine {
  const create = deps.create ?? createExtractor;
  let pending: Promise<Built> | null = null;

  const build = async (settings: Settings): Promise<Built> =>
    viewOf(settings, await create({ ...deps.options(), customIndicators: settings.customIndicators }));
  const current = (): Promise<Built> => {
    if (pending) return pending;
    const attempt = deps.store.load().then(build);
    pending = attempt;
    // A failed build is retried by the next request instead of failing forever.
    attempt.catch(() => {
      if (pending === attempt) pending = null;
    });
    return attempt;
  };

  return {
    async get() {
      return (await current()).view;
    },
    async update(settings) {
      const before = await current().catch(() => null);
      pending =
        before && sameCustomIndicators(before.settings, settings)
          ? Promise.resolve(viewOf(settings, before.extractor))
          : build(settings);
      await pending;
    },
  };
}
