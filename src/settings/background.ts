/**
 * Background side of settings: the engine follows them, and open tabs are told to annotate again, so a new custom
 * indicator, a switched-off site or new colours take effect without a reload.
 */
import type { SettingsEngine } from './engine';
import type { SettingsStore } from './store';

export interface SettingsBackgroundDeps {
  store: Pick<SettingsStore, 'watch'>;
  engine: Pick<SettingsEngine, 'update'>;
  /** Sends `settings:changed` to every tab's content scripts; failures (no content script) are ignored. */
  notifyTabs(): Promise<void>;
}

/** Resolves each time the engine has taken new settings and tabs were told (tests wait on it). */
export function followSettings(deps: SettingsBackgroundDeps, signal?: AbortSignal): { settled(): Promise<void> } {
  let chain = Promise.resolve();
  deps.store.watch((settings) => {
    // In order: a quick second change must not be overtaken by the first one's rebuild.
    chain = chain
      .then(() => deps.engine.update(settings))
      .then(() => deps.notifyTabs())
      .catch((err: unknown) => console.warn('[indicator-lens] settings change not applied', err));
  }, signal);
  return { settled: () => chain };
}
