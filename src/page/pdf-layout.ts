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

/**
 * PDF.js's text items → runs; marked-content items (no `str`) are left out, as PDF.js's own text layer leaves them out
 * of its spans, so the runs and the text layer's spans correspond one to one (the extension's viewer relies on it).
 */
export function textRuns(items: readonly unknown[]): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  for (const item of items) {
    const run = item as { str?: string; transform?: number[]; width?: number; height?: number };
    if (typeof run.str !== 'string' || !run.transform) continue;
    runs.push({ str: run.str, x: run.transform[4]!, y: run.transform[5]!, width: run.width ?? 0, height: run.height ?? 0 });
  }
  return runs;
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

/** A space next to a CJK character (the space itself, for the callback's offset). */
const CJK_GAP = /[ \u00a0]+/g;

/**
 * Where a justified line spread its glyphs, PDF.js writes spaces between them (机 关 事 业 单 位 … 5154 人), which are
 * not the text's: a line where most CJK characters have a space beside them loses them all. Other lines keep theirs:
 * those are the text's own (开发公益性岗位540个 完成838个 separates a target from what was done, 新增城镇就业 人社局
 * 8950 7356 82% the cells of a row written with spaces).
 */
function closeSpreadGaps(text: string): string {
  const touchesCjk = (gap: string, at: number) => CJK.test(text[at - 1] ?? '') || CJK.test(text[at + gap.length] ?? '');
  let gaps = 0;
  text.replace(CJK_GAP, (gap, at: number) => {
    if (touchesCjk(gap, at)) gaps++;
    return gap;
  });
  const cjk = text.match(new RegExp(CJK.source, 'g'))?.length ?? 0;
  if (gaps < 3 || gaps * 2 < cjk) return text;
  return text.replace(CJK_GAP, (gap, at: number) => (touchesCjk(gap, at) ? '' : gap));
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
    line!.text += run.str;
    line!.right = Math.max(line!.right, run.x + run.width);
    line!.height = Math.max(line!.height, size);
  }
  for (const l of lines) l.text = closeSpreadGaps(l.text).replace(/^[ \t]+|[ \t]+$/g, '');
  return lines.filter((l) => l.text !== '');
}

interface Column {
  left: number;
  right: number;
}

/** A line that runs to the right edge of a column of text (a list of short lines has no edge to reach). */
function reachesEdge(line: Line, column: Column): boolean {
  return !line.hasCell && line.right >= column.right - 1.2 * line.height && column.right - column.left >= 12 * line.height;
}

/** How a line continues into the next one: joined (a wrapped paragraph), a new paragraph, or a new block. */
function joint(a: Line, b: Line, column: Column, step: number, bodySize: number): string {
  const drop = a.y - b.y;
  const size = Math.max(a.height, b.height);
  if (drop <= 0 || drop > Math.max(1.4 * step, 1.2 * size) + 0.5) return '\n\n';
  if (a.hasCell || b.hasCell || Math.abs(a.height - b.height) > 0.1 * size) return '\n';
  // A title set larger than the text and centred wraps without reaching the edge: its lines are one title.
  const heading = a.height > 1.15 * bodySize && drop <= 1.8 * a.height;
  const full = reachesEdge(a, column);
  const indented = b.left > column.left + 0.5 * b.height;
  if (!heading && (!full || indented)) return '\n';
  return wordJoin(a.text, b.text);
}

export interface PageLayout {
  text: string;
  /** Whether the page's last line ran to the right edge (its paragraph may go on over the page). */
  endsFull: boolean;
  /** Whether the page's first line starts at the column's left edge (it may continue the previous page). */
  startsFlush: boolean;
}

/** One page's text in reading order; a page number alone on the page's first or last line is dropped. */
export function layoutPage(runs: readonly PdfTextRun[]): PageLayout {
  const lines = toLines(runs);
  const stepsOf = () => lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((d) => d > 0);
  // A running footer or header stands apart from the text (the gaps between the lines of the text itself measure
  // "apart"); a table's last cell of 100 does not.
  const inner = stepsOf().slice(1, -1);
  const apart = (a: Line, b: Line) => a.y - b.y > 2 * Math.max(median(inner), a.height, b.height);
  if (lines.length > 1 && PAGE_NUMBER.test(lines.at(-1)!.text) && apart(lines.at(-2)!, lines.at(-1)!)) lines.pop();
  if (lines.length > 1 && PAGE_NUMBER.test(lines[0]!.text) && apart(lines[0]!, lines[1]!)) lines.shift();
  if (lines.length === 0) return { text: '', endsFull: false, startsFlush: false };
  const column = { left: Math.min(...lines.map((l) => l.left)), right: Math.max(...lines.map((l) => l.right)) };
  const step = median(stepsOf()) || lines[0]!.height * 1.2;
  const bodySize = median(lines.map((l) => l.height));
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) text += joint(lines[i - 1]!, lines[i]!, column, step, bodySize) + lines[i]!.text;
  const last = lines.at(-1)!;
  const first = lines[0]!;
  return {
    text,
    endsFull: reachesEdge(last, column),
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
