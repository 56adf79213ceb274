/**
 * Map from offsets in collected page text back to DOM positions.
 *
 * The text is made of runs copied from Text nodes ("chunks", where text[start + k] comes from node.data[offset + k])
 * and of characters the collector inserted itself (block separators, <br> newlines). Inserted characters have no
 * chunk: they sit in the gaps between chunks. A collapsed whitespace run becomes a one-character chunk pointing at
 * the run's first character.
 */

export interface TextMap {
  /** Length of the text the map belongs to (UTF-16 code units). */
  readonly length: number;
  /** Text offset where each chunk starts; strictly increasing. */
  readonly starts: readonly number[];
  readonly lengths: readonly number[];
  readonly nodes: readonly Text[];
  /** Offset in nodes[i].data of the chunk's first character (UTF-16 code units). */
  readonly nodeOffsets: readonly number[];
}

export interface DomPosition {
  node: Text;
  offset: number;
}

/** Plain description of a range, accepted by `new StaticRange(…)` and usable with `Range.setStart/End`. */
export interface RangeInit {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** Index of the last chunk starting at or before `offset`, or -1. */
function chunkAtOrBefore(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (map.starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function position(map: TextMap, chunk: number, delta: number): DomPosition {
  const node = map.nodes[chunk]!;
  // The page may have shortened the node since collection; never hand out an offset the DOM would reject.
  return { node, offset: Math.min(map.nodeOffsets[chunk]! + delta, node.data.length) };
}

/**
 * DOM position of the boundary just before text[offset]. When text[offset] was inserted by the collector, the
 * position moves forward to the next copied character (or, at the very end, back to the last one).
 * Returns null for an empty map or an offset outside the text.
 */
export function toDomPosition(map: TextMap, offset: number): DomPosition | null {
  if (offset < 0 || offset > map.length || map.starts.length === 0) return null;
  const i = chunkAtOrBefore(map, offset);
  if (i >= 0 && offset < map.starts[i]! + map.lengths[i]!) return position(map, i, offset - map.starts[i]!);
  if (i + 1 < map.starts.length) return position(map, i + 1, 0);
  return position(map, i, map.lengths[i]!);
}

/**
 * DOM position of the boundary just after text[offset - 1]; moves backward over inserted characters.
 * This is the position to use for the exclusive end of a range.
 */
export function toDomEndPosition(map: TextMap, offset: number): DomPosition | null {
  if (offset < 0 || offset > map.length || map.starts.length === 0) return null;
  if (offset === 0) return position(map, 0, 0);
  const i = chunkAtOrBefore(map, offset - 1);
  if (i < 0) return position(map, 0, 0);
  const inside = offset - 1 < map.starts[i]! + map.lengths[i]!;
  return position(map, i, inside ? offset - map.starts[i]! : map.lengths[i]!);
}

/** Static description of the DOM range covering text[start, end); null when it covers no copied character. */
export function toRangeInit(map: TextMap, start: number, end: number): RangeInit | null {
  if (end <= start) return null;
  const from = toDomPosition(map, start);
  const to = toDomEndPosition(map, end);
  if (!from || !to) return null;
  const ordered =
    from.node === to.node
      ? from.offset < to.offset
      : (from.node.compareDocumentPosition(to.node) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
  if (!ordered) return null;
  return { startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset };
}

/** A live DOM Range over text[start, end), or null (see toRangeInit). */
export function toRange(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const init = toRangeInit(map, start, end);
  if (!init) return null;
  const range = doc.createRange();
  range.setStart(init.startContainer, init.startOffset);
  range.setEnd(init.endContainer, init.endOffset);
  return range;
}
