/**
 * Which figure is under a DOM point: ranges are kept in document order, so a binary search on their start
 * boundaries finds the candidates in O(log n), and only the few that start before the point are checked for
 * containing it (figures rarely overlap, a progress share may sit inside a longer figure).
 */

/** -1: the point is before the item, 0: inside it, 1: after it. */
export type PointComparison = -1 | 0 | 1;

/** How many earlier items to check for containment; overlaps deeper than this do not occur in practice. */
const OVERLAP_LOOKBACK = 4;

/**
 * Index of the innermost item containing the point, or -1. `items` must be sorted by start; `compare(i)` tells
 * where the point lies relative to item i.
 */
export function findContaining(count: number, compare: (index: number) => PointComparison): number {
  let lo = 0;
  let hi = count - 1;
  let last = -1; // last item whose start is at or before the point
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(mid) === -1) hi = mid - 1;
    else {
      last = mid;
      lo = mid + 1;
    }
  }
  for (let i = last; i >= 0 && i > last - OVERLAP_LOOKBACK; i--) {
    if (compare(i) === 0) return i;
  }
  return -1;
}

export interface RangeIndex {
  /** Index of the range holding the DOM point, or -1. */
  at(node: Node, offset: number): number;
}

export function createRangeIndex(ranges: readonly Range[]): RangeIndex {
  return {
    at(node, offset) {
      return findContaining(ranges.length, (i) => {
        try {
          return ranges[i]!.comparePoint(node, offset) as PointComparison;
        } catch {
          return 1; // the point is in another tree (e.g. our shadow UI); treat as "not here"
        }
      });
    },
  };
}

/** DOM point under the pointer, in either the standard or the WebKit/Blink-legacy API. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The caret lands on the nearest character even beside a line; require the pointer to be over the range's boxes. */
export function pointInRange(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}
