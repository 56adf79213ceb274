/**
 * Highlight colours for content scripts: read straight from storage and checked field by field, so the content
 * bundle does not carry the whole settings model (custom-indicator validation and the lexicon).
 */
import { readRaw, type Area } from './stored-settings';
import { DEFAULT_COLOURS, HIGHLIGHT_KINDS, type HighlightKind } from './types';

export type ColourOverrides = Partial<Record<HighlightKind, string>>;

const COLOUR = /^#[0-9a-f]{6}$/i;

/** The user's colours that differ from the defaults (the defaults keep their tuned light/dark palette). */
export function colourOverrides(raw: unknown): ColourOverrides {
  const out: ColourOverrides = {};
  const colours = (raw as { colours?: unknown } | null)?.colours;
  if (typeof colours !== 'object' || colours === null) return out;
  for (const kind of HIGHLIGHT_KINDS) {
    const c = (colours as Record<string, unknown>)[kind];
    if (typeof c === 'string' && COLOUR.test(c) && c.toLowerCase() !== DEFAULT_COLOURS[kind]) out[kind] = c.toLowerCase();
  }
  return out;
}

export async function loadColourOverrides(areas: { sync?: Area; local: Area }): Promise<ColourOverrides> {
  return colourOverrides(await readRaw(areas));
}
