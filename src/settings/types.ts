/** The user's settings, as stored (one JSON object under one key, synced where the browser offers it). */
import type { CoreIndicatorId, CustomIndicator } from '../extract/types';

export const SETTINGS_VERSION = 1;

/** What a highlight colour applies to: the record kinds, and masked figures (****人) whatever their kind. */
export const HIGHLIGHT_KINDS = ['target', 'actual', 'progress', 'masked'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** An indicator id the highlight selection can name: a core id, `other`, or `custom:<slug>`. */
export type SelectableIndicator = CoreIndicatorId | 'other' | `custom:${string}`;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Hosts (and their subdomains) where the extension does nothing. */
  disabledHosts: string[];
  /** Indicators neither highlighted nor listed for open tabs. */
  hiddenIndicators: SelectableIndicator[];
  /** `#rrggbb` per highlight kind: the underline colour; the tint behind the text is derived from it. */
  colours: Record<HighlightKind, string>;
  customIndicators: CustomIndicator[];
  /** Epoch ms of the last save; decides between a synced and a local copy. */
  savedAt: number;
}

export const DEFAULT_COLOURS: Readonly<Record<HighlightKind, string>> = {
  target: '#1d4ed8',
  actual: '#047857',
  progress: '#b45309',
  masked: '#4b5563',
};

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    disabledHosts: [],
    hiddenIndicators: [],
    colours: { ...DEFAULT_COLOURS },
    customIndicators: [],
    savedAt: 0,
  };
}
