/**
 * The cells a table reader finds once per page and its rule then looks up figure by figure. The same page read again
 * may come as another string of equal text: it is adopted, so every lookup after it compares one pointer, not the page
 * (compared in full once per figure, a long page's reading turns quadratic).
 */
export function cellsPerPage<C>(find: (text: string) => Map<number, C>): {
  of(text: string): Map<number, C>;
  at(text: string, start: number): C | undefined;
} {
  let cache: { text: string; cells: Map<number, C> } | null = null;
  return {
    /** The page's cells, found on its first call. */
    of(text) {
      if (cache?.text === text) {
        cache.text = text;
        return cache.cells;
      }
      const cells = find(text);
      cache = { text, cells };
      return cells;
    },
    /** The cell whose figure starts at `start`, if `text` is the page last read. */
    at(text, start) {
      return cache?.text === text ? cache.cells.get(start) : undefined;
    },
  };
}
