/**
 * Background side of settings: the engine follows them, and open tabs are told to annotate again, so a new custom
 * indicator, a switched-off site or new colours take effect without a reload. A switched-off site gets no
 * annotator at all (only the tiny gate every page has); switching it back on brings the annotator to its open tabs.
 */
import type { SettingsEngine } from './settings-engine';
import { isHostDisabled } from './hosts';
import type { SettingsStore } from './store';
import type { Settings } from './types';

export interface TabInfo {
  id?: number;
  url?: string;
}

export interface SettingsBackgroundDeps {
  store: Pick<SettingsStore, 'watch' | 'load'>;
  engine: Pick<SettingsEngine, 'update'>;
  tabs: { query(filter: Record<string, never>): Promise<TabInfo[]> };
  /** Sends `settings:changed` to a tab's content scripts; rejects when none is there. */
  notify(tabId: number): Promise<unknown>;
  /** Injects the annotator into a tab's top frame. */
  inject(tabId: number): Promise<void>;
  /** Where the settings last applied are kept (storage.session: it outlives a stopped service worker). */
  applied?: AppliedSettings;
}

/** The settings the background last applied, which a change is compared with. */
export interface AppliedSettings {
  get(): Promise<Settings | null>;
  set(settings: Settings): Promise<void>;
}

const APPLIED_KEY = 'settings:applied:v1';

/**
 * The last applied settings in a storage area. A Chrome service worker stopped while idle is woken by the very
 * settings change it must compare: the settings it would load then are already the new ones, so the old ones are
 * kept here instead, in `storage.session`.
 */
export function appliedSettingsIn(area: {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}): AppliedSettings {
  return {
    get: async () => ((await area.get(APPLIED_KEY))[APPLIED_KEY] as Settings | undefined) ?? null,
    set: (settings) => area.set({ [APPLIED_KEY]: settings }),
  };
}

function inMemory(): AppliedSettings {
  let kept: Settings | null = null;
  return {
    get: async () => kept,
    set: async (settings) => void (kept = settings),
  };
}

const isWebPage = (url: string | undefined): url is string => !!url && /^https?:/.test(url);

/** Resolves each time the engine has taken new settings and tabs were told (tests wait on it). */
export function followSettings(deps: SettingsBackgroundDeps, signal?: AbortSignal): { settled(): Promise<void> } {
  const applied = deps.applied ?? inMemory();
  // What was last applied, by this worker or one before it; on the very first start, what is stored now.
  let previous: Promise<Settings | null> = applied
    .get()
    .then(async (kept) => {
      if (kept) return kept;
      const now = await deps.store.load();
      await applied.set(now);
      return now;
    })
    .catch(() => null);
  let chain = Promise.resolve();
  deps.store.watch((settings) => {
    const before = previous;
    previous = Promise.resolve(settings);
    // In order: a quick second change must not be overtaken by the first one's rebuild.
    chain = chain
      .then(async () => {
        const old = await before;
        await deps.engine.update(settings);
        const tabs = await deps.tabs.query({});
        await Promise.all(
          tabs.map(async ({ id, url }) => {
            if (id === undefined) return;
            const answered = await deps.notify(id).then(
              () => true,
              () => false,
            );
            const reenabled =
              isWebPage(url) && old !== null && isHostDisabled(old.disabledHosts, url) && !isHostDisabled(settings.disabledHosts, url);
            // A page opened while its site was off never got the annotator; it checks relevance itself.
            if (!answered && reenabled) await deps.inject(id).catch(() => undefined);
          }),
        );
        await applied.set(settings);
      })
      .catch((err: unknown) => console.warn('[indicator-lens] settings change not applied', err));
  }, signal);
  return { settled: () => chain };
}

/** Whether the gate's request to annotate a tab is granted: never on a switched-off site. */
export async function mayInject(store: Pick<SettingsStore, 'load'>, tabUrl: string | undefined): Promise<boolean> {
  return !isHostDisabled((await store.load()).disabledHosts, tabUrl);
}
