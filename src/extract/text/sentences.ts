/**
 * Sentence and line structure of a page's text, as offsets. Rules look for a figure's label and cues only inside
 * its own sentence; kind and period also read the line (paragraph) and the headings above it.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  /** A short line without sentence punctuation inside: a heading such as 一、2021年工作回顾 or 任务一. */
  heading: boolean;
}

const SENTENCE_END = /[。！？；!?;\n]/g;
const HEADING_MAX = 48;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m.index + 1;
    if (end - start > 1 || text[start] !== '\n') out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) out.push({ start, end, heading: isHeading(text, start, end) });
    start = end + 1;
  }
  return out;
}

function isHeading(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).trim();
  if (line.length === 0 || line.length > HEADING_MAX) return false;
  // A heading may end with 。 or ： but has no sentence break inside.
  const body = line.replace(/[。：:]$/, '');
  return !/[。；！？]/.test(body);
}

/** Index of the span containing `offset` (spans sorted, non-overlapping), by binary search. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const FULL_STOP = /[。！？!?\n]/;

/** Start of the full sentence around `offset`: clauses joined by ； share their lead (截至5月底，…；…). */
export function fullSentenceStart(text: string, offset: number, limit = 400): number {
  const floor = Math.max(0, offset - limit);
  for (let i = offset - 1; i >= floor; i--) if (FULL_STOP.test(text[i]!)) return i + 1;
  return floor;
}

/** End of the full sentence that a clause ending at `offset` belongs to. */
export function fullSentenceEnd(text: string, offset: number, limit = 400): number {
  const ceiling = Math.min(text.length, offset + limit);
  for (let i = Math.max(0, offset - 1); i < ceiling; i++) if (FULL_STOP.test(text[i]!)) return i + 1;
  return ceiling;
}

/** The text's non-blank lines, trimmed, each with where its text starts: a table copied one cell per line, read a cell at a time. */
export function trimmedLines(text: string): Array<{ start: number; text: string }> {
  const lines: Array<{ start: number; text: string }> = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: at + raw.indexOf(trimmed), text: trimmed });
    at += raw.length + 1;
  }
  return lines;
}
