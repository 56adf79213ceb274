/**
 * What a rule works out once per page and then asks again figure by figure: the cells a table reader finds, or a fact of
 * the whole page. The same page read again may come as another string of equal text: it is adopted, so every question
 * after it compares one pointer, not the page (compared in full once per figure, a long page's reading turns quadratic).
 */
import type { IndicatorMatcher, LabelMatch } from '../lexicon/matcher';

export function perPage<T>(compute: (text: string) => T): {
  /** The page's value, worked out on its first call. */
  of(text: string): T;
  /** The value of `text` if it is the page last asked about, without working it out. */
  last(text: string): T | undefined;
} {
  let cache: { text: string; value: T } | null = null;
  return {
    of(text) {
      if (cache?.text === text) {
        cache.text = text;
        return cache.value;
      }
      const value = compute(text);
      cache = { text, value };
      return value;
    },
    last(text) {
      return cache?.text === text ? cache.value : undefined;
    },
  };
}

/** A table reader's cells, keyed by where their figures start, found once per page. */
export function cellsPerPage<C>(find: (text: string) => Map<number, C>): {
  of(text: string): Map<number, C>;
  /** The cell whose figure starts at `start`, if `text` is the page last read. */
  at(text: string, start: number): C | undefined;
} {
  const page = perPage(find);
  return { of: page.of, at: (text, start) => page.last(text)?.get(start) };
}

/**
 * The indicator label a cell's measure ends with (城镇新增就业（人） → 城镇新增就业), the last one found; with `whole`, only
 * a label that is the whole measure.
 */
export function measureLabel(matcher: IndicatorMatcher, measure: string, whole = false): LabelMatch | undefined {
  return matcher.labelsIn(measure, 0, measure.length).filter((l) => l.end === measure.length && (!whole || l.start === 0)).pop();
}
