/**
 * A reading of a page with parts of it left out (pinyin glosses, print wraps): the text the engine reads, and the way
 * back from its offsets to the page's, so records quote the page as written.
 */
export interface OffsetView {
  text: string;
  /** The page's offset of an offset into `text` (for an end offset, pass end - 1 and add 1). */
  toSource(offset: number): number;
}

/** The view whose kept run k starts at keptAt[k] in the text and at sourceAt[k] in the page (both ascending, from 0). */
export function offsetView(text: string, keptAt: readonly number[], sourceAt: readonly number[]): OffsetView {
  return {
    text,
    toSource(offset: number): number {
      let lo = 0;
      let hi = keptAt.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (keptAt[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return sourceAt[lo]! + (offset - keptAt[lo]!);
    },
  };
}
