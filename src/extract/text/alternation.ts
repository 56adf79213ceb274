/** Builds regular expressions from phrase lists kept as data. */

export const escapeLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A literal phrase list as one alternation, longest first so the longest phrase at a position wins. */
export function literalAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeLiteral)
    .join('|');
}

/**
 * Unique phrase sources, longest literal text first (gaps, groups and lookarounds do not count towards the length: a
 * lookbehind's words, 转移就业(?<!异地转移就业), are not matched text, and counting them put 转移就业 before 转移就业培训).
 */
export function longestFirst(sources: readonly string[]): string[] {
  const literalLength = (s: string) => withoutLookarounds(s).replace(/\[[^\]]*\]|\{[^}]*\}|[()?:*+|\\^]/g, '').length;
  return [...new Set(sources)].sort((a, b) => literalLength(b) - literalLength(a));
}

/** A pattern source with its lookarounds cut out, groups nested inside them too (培训(?<!在(?:农村)?培训)). */
function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (!/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      out += source[i];
      continue;
    }
    let depth = 0;
    for (; i < source.length; i++) {
      if (source[i] === '\\') i++;
      // (A class's brackets, [(（], open no group.)
      else if (source[i] === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      else if (source[i] === '(') depth++;
      else if (source[i] === ')' && --depth === 0) break;
    }
  }
  return out;
}

export function literalRegex(phrases: readonly string[], flags = 'g'): RegExp {
  return new RegExp(literalAlternation(phrases), flags);
}
