/** The built-in labels a custom phrase must not repeat (read-only view of the engine's lexicon). */
import { INDICATOR_DEFS } from '../extract/lexicon/indicators';

export interface BuiltInLabel {
  /** Core indicator id the phrase belongs to. */
  id: string;
  name: string;
  /** Whole-string matcher: lexicon phrases are regular-expression sources and may allow short gaps. */
  matches(phrase: string): boolean;
}

let cached: BuiltInLabel[] | null = null;

export function builtInLabels(): BuiltInLabel[] {
  cached ??= INDICATOR_DEFS.flatMap((def) => {
    const sources = [def.name, ...def.phrases, ...(def.trailing ?? [])];
    return sources.map((source) => {
      const re = source === def.name ? null : new RegExp(`^(?:${source})$`, 'u');
      return {
        id: def.id,
        name: def.name,
        matches: (phrase: string) => (re ? re.test(phrase) : phrase === source),
      };
    });
  });
  return cached;
}

/** The built-in indicator whose label the phrase repeats, or null. */
export function builtInClash(phrase: string): BuiltInLabel | null {
  return builtInLabels().find((l) => l.matches(phrase)) ?? null;
}
