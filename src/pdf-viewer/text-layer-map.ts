/**
 * The viewer's text (pdf-layout.ts's reading order, pages joined) mapped back to PDF.js's text layer, so that a
 * figure's offsets become a DOM range over the spans. The layout joins the page's runs in their own order and only
 * drops whitespace (spaces it closed up, line breaks it chose) and a page number standing alone at the top or bottom;
 * so its characters are the runs' non-space characters, in order, and a walk through both finds each one's span.
 * Pure: generic over the node type, so it is tested without a DOM.
 */
import type { TextMap } from '../page/text-map';

/** A run of the page's text copied from one piece (a text-layer span's text), character for character. */
export interface AlignedChunk {
  /** Offset in the page's text. */
  start: number;
  length: number;
  piece: number;
  /** Offset in the piece's string. */
  pieceOffset: number;
}

/** How far ahead to look for a character the layout has but the next span has not (a dropped page number's digits). */
const LOOKAHEAD = 64;
const SPACE = /\s/;

/** Chunks of `text` (one page's laid-out text) found in `pieces` (the page's runs, in content order). */
export function alignPageText(text: string, pieces: readonly string[]): AlignedChunk[] {
  const chunks: AlignedChunk[] = [];
  let p = 0;
  let o = 0;
  /** The piece position of the next non-space character at or after (p, o), or null at the end. */
  const nextChar = (fromP: number, fromO: number): [number, number] | null => {
    for (let pi = fromP, oi = fromO; pi < pieces.length; pi++, oi = 0) {
      const s = pieces[pi]!;
      for (; oi < s.length; oi++) if (!SPACE.test(s[oi]!)) return [pi, oi];
    }
    return null;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SPACE.test(ch)) continue;
    let at = nextChar(p, o);
    for (let tries = 0; at && pieces[at[0]]![at[1]] !== ch && tries < LOOKAHEAD; tries++) at = nextChar(at[0], at[1] + 1);
    if (!at || pieces[at[0]]![at[1]] !== ch) continue; // not in the layer: the figure's range skips it
    const last = chunks.at(-1);
    if (last && last.piece === at[0] && last.start + last.length === i && last.pieceOffset + last.length === at[1]) last.length++;
    else chunks.push({ start: i, length: 1, piece: at[0], pieceOffset: at[1] });
    [p, o] = [at[0], at[1] + 1];
  }
  return chunks;
}

/** One page's place in the joined text and its chunks' nodes. */
export interface MappedPage<N> {
  /** Where the page starts in the joined text (joinPages' pageStarts). */
  start: number;
  chunks: readonly AlignedChunk[];
  /** The text node of each piece (null for a piece with no text, which no chunk names). */
  nodes: readonly (N | null)[];
}

/** The pages' chunks as one map over the joined text (the shape `toRange` reads). */
export function joinTextMaps<N>(pages: readonly MappedPage<N>[], length: number): Omit<TextMap, 'nodes'> & { nodes: N[] } {
  const starts: number[] = [];
  const lengths: number[] = [];
  const nodes: N[] = [];
  const nodeOffsets: number[] = [];
  for (const page of pages) {
    for (const c of page.chunks) {
      const node = page.nodes[c.piece];
      if (node == null) continue;
      starts.push(page.start + c.start);
      lengths.push(c.length);
      nodes.push(node);
      nodeOffsets.push(c.pieceOffset);
    }
  }
  return { length, starts, lengths, nodes, nodeOffsets };
}
