// Longest-first lookup of short words at a position: the data tables (units, multipliers, comparator words) stay
// plain lists and the scanner never builds an alternation regex.

export interface Entry {
  raw: string;
}

export interface PrefixTable<T extends Entry> {
  /** The longest entry written at `pos`, if any. */
  match(text: string, pos: number): T | undefined;
}

export function prefixTable<T extends Entry>(entries: readonly T[]): PrefixTable<T> {
  // Keyed by code unit: text.charAt would allocate a string per lookup for CJK characters.
  const byFirst = new Map<number, T[]>();
  for (const e of entries) {
    const first = e.raw.charCodeAt(0);
    const list = byFirst.get(first) ?? [];
    list.push(e);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.raw.length - a.raw.length);
  return {
    match(text, pos) {
      const list = byFirst.get(text.charCodeAt(pos));
      if (!list) return undefined;
      for (const e of list) if (text.startsWith(e.raw, pos)) return e;
      return undefined;
    },
  };
}
