/** Turns whatever is in storage (nothing, an older version, a hand-edited object) into valid Settings. */
import { CORE_INDICATORS } from '../extract/types';
import { sanitizeCustomIndicators } from './custom-indicators';
import { normalizeHost } from './hosts';
import {
  DEFAULT_COLOURS,
  defaultSettings,
  HIGHLIGHT_KINDS,
  SETTINGS_VERSION,
  type SelectableIndicator,
  type Settings,
} from './types';

const COLOUR = /^#[0-9a-f]{6}$/i;
const MAX_HOSTS = 1000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

export function isSelectableIndicator(id: string, customSlugs: ReadonlySet<string>): id is SelectableIndicator {
  if (id === 'other' || (CORE_INDICATORS as readonly string[]).includes(id)) return true;
  return id.startsWith('custom:') && customSlugs.has(id.slice('custom:'.length));
}

export function normalizeSettings(raw: unknown): Settings {
  const base = defaultSettings();
  if (!isObject(raw)) return base;
  // A newer version written by a later release: keep what this release understands, field by field.
  const customIndicators = sanitizeCustomIndicators(raw.customIndicators);
  const slugs = new Set(customIndicators.map((c) => c.slug));
  const hosts = strings(raw.disabledHosts)
    .slice(0, MAX_HOSTS)
    .map(normalizeHost)
    .filter((h): h is string => h !== null);
  const colours = { ...DEFAULT_COLOURS };
  if (isObject(raw.colours)) {
    for (const kind of HIGHLIGHT_KINDS) {
      const c = raw.colours[kind];
      if (typeof c === 'string' && COLOUR.test(c)) colours[kind] = c.toLowerCase();
    }
  }
  return {
    version: SETTINGS_VERSION,
    disabledHosts: [...new Set(hosts)].sort(),
    hiddenIndicators: [...new Set(strings(raw.hiddenIndicators))].filter((id) => isSelectableIndicator(id, slugs)),
    colours,
    customIndicators,
    savedAt: typeof raw.savedAt === 'number' && Number.isFinite(raw.savedAt) ? raw.savedAt : 0,
  };
}

/** True when the two settings would give different extraction results (the background rebuilds its engine). */
export function sameCustomIndicators(a: Settings, b: Settings): boolean {
  return JSON.stringify(a.customIndicators) === JSON.stringify(b.customIndicators);
}
