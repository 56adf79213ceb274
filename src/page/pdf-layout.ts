/**
 * A PDF page's text items → text in reading order. A PDF holds positioned runs of glyphs, not lines or paragraphs:
 * the runs of one baseline are joined into a line, a line that runs to the column's right edge continues into the
 * next one (a wrapped paragraph: the figure 城镇新增就 | 业1271人 must stay whole for the engine), a line that stops
 * short or a next line that starts indented ends the paragraph ('\n'), and a wider vertical gap ends a block ('\n\n').
 * Chinese has no spaces between words, so nothing is inserted where either side is CJK; a wide horizontal gap is a
 * table's cell boundary and becomes '\t', as the HTML reader separates <td>s.
 */

/** One run of text as PDF.js reports it, in page units (origin bottom left). */
export interface PdfTextRun {
  str: string;
  /** Baseline start. */
  x: number;
  y: number;
  width: number;
  /** The font's size on the page (PDF.js: the run's height). */
  height: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  height: number;
  hasCell: boolean;
}

/** CJK ideographs and the full-width punctuation set between them (、。，：“” etc.). */
const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026]/;
/** A page number alone on a line: 3, - 3 -, —3—, 第3页, 第 3 页 共 12 页. */
const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** A gap this many font sizes wide between runs of one line separates table cells. */
const CELL_GAP = 0.9;
/** Between Latin runs, a gap over this share of the font size is a word space the PDF did not write out. */
const WORD_GAP = 0.15;

/** What joins two pieces of one paragraph: nothing next to CJK or existing whitespace, else a word space. */
function wordJoin(before: string, after: string): string {
  const last = before.at(-1);
  const first = after[0];
  if (last === undefined || first === undefined) return '';
  return /\s/.test(last) || /\s/.test(first) || CJK.test(last) || CJK.test(first) ? '' : ' ';
}

/**
 * PDF.js also writes spaces inside a run where a justified line spread its glyphs (机 关 事 业 单 位 … 5154 人): next
 * to a CJK character a space is never the text's own word space, so it goes.
 */
function closeCjkGaps(str: string): string {
  return str.replace(/[ \u00a0]+/g, (gap, at: number) => (CJK.test(str[at - 1] ?? '') || CJK.test(str[at + gap.length] ?? '') ? '' : gap));
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs in content order → lines: a run on another baseline, or one that steps back to the left, starts a line. */
function toLines(runs: readonly PdfTextRun[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  // PDF.js writes its own space runs into gaps, as wide as it likes: they say a gap was seen, nothing of its size.
  let spaceSeen = false;
  for (const run of runs) {
    if (run.str.trim() === '') {
      spaceSeen ||= run.str !== '';
      continue;
    }
    const size = run.height || 1;
    const sameLine = line !== null && Math.abs(run.y - line.y) < 0.5 * Math.max(size, line.height) && run.x > line.right - 0.5 * size;
    if (!sameLine) {
      line = { text: '', left: run.x, right: run.x, y: run.y, height: size, hasCell: false };
      lines.push(line);
    } else {
      const gap = run.x - line!.right;
      const cellSize = Math.max(size, line!.height);
      const sep = gap >= CELL_GAP * cellSize ? '\t' : spaceSeen || gap > WORD_GAP * cellSize ? wordJoin(line!.text, run.str) : '';
      if (sep === '\t') line!.hasCell = true;
      line!.text += sep;
    }
    spaceSeen = false;
    line!.text += closeCjkGaps(run.str);
    line!.right = Math.max(line!.right, run.x + run.width);
    line!.height = Math.max(line!.height, size);
  }
  for (const l of lines) l.text = l.text.replace(/^[ \t]+|[ \t]+$/g, '');
  return lines.filter((l) => l.text !== '');
}

/** How a line continues into the next one: joined (a wrapped paragraph), a new paragraph, or a new block. */
function joint(a: Line, b: Line, column: { left: number; right: number }, step: number): string {
  const drop = a.y - b.y;
  const size = Math.max(a.height, b.height);
  if (drop <= 0 || drop > Math.max(1.4 * step, 1.2 * size) + 0.5) return '\n\n';
  const full = a.right >= column.right - 1.2 * a.height;
  const indented = b.left > column.left + 0.5 * b.height;
  if (!full || indented || a.hasCell || b.hasCell || Math.abs(a.height - b.height) > 0.1 * size) return '\n';
  return wordJoin(a.text, b.text);
}

export interface PageLayout {
  text: string;
  /** Whether the page's last line ran to the right edge (its paragraph may go on over the page). */
  endsFull: boolean;
  /** Whether the page's first line starts at the column's left edge (it may continue the previous page). */
  startsFlush: boolean;
}

/** One page's text in reading order; page numbers alone on their line are dropped. */
export function layoutPage(runs: readonly PdfTextRun[]): PageLayout {
  const lines = toLines(runs).filter((l) => !PAGE_NUMBER.test(l.text));
  if (lines.length === 0) return { text: '', endsFull: false, startsFlush: false };
  const column = { left: Math.min(...lines.map((l) => l.left)), right: Math.max(...lines.map((l) => l.right)) };
  const steps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((d) => d > 0);
  const step = median(steps) || lines[0]!.height * 1.2;
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) text += joint(lines[i - 1]!, lines[i]!, column, step) + lines[i]!.text;
  const last = lines.at(-1)!;
  const first = lines[0]!;
  return {
    text,
    endsFull: !last.hasCell && last.right >= column.right - 1.2 * last.height,
    startsFlush: !first.hasCell && first.left <= column.left + 0.5 * first.height,
  };
}

/**
 * Pages → one text, a blank line between pages, except where a paragraph runs on over the page break (the page ends
 * on a full line and the next starts flush left): it is joined as a wrapped line, so a figure cut by the break stays
 * whole. `pageStarts[i]` is where page i + 1 begins in the text.
 */
export function joinPages(pages: readonly PageLayout[]): { text: string; pageStarts: number[] } {
  let text = '';
  const pageStarts: number[] = [];
  let previous: PageLayout | null = null;
  for (const page of pages) {
    if (page.text !== '' && previous !== null && text !== '') {
      if (previous.endsFull && page.startsFlush) text += wordJoin(text, page.text);
      else text += '\n\n';
    }
    pageStarts.push(text.length);
    text += page.text;
    if (page.text !== '') previous = page;
  }
  return { text, pageStarts };
}

/** The 1-based page an offset of the joined text falls on. */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let page = 1;
  for (let i = 1; i < pageStarts.length; i++) if (pageStarts[i]! <= offset) page = i + 1;
  return page;
}
