/**
 * Text copied out of a PDF or a fixed-width print keeps the print's line ends: 全市城镇新增就业 2.31 万 ⏎ 人，完成…; 城
 * 镇登记失业率 ⏎ 2.85%. A label cut in two is no label, so such a page is read with its wraps joined and the records'
 * offsets carried back to the page as written (the gold quotes 城镇新增就 ⏎ 业5.4万人 with its line end).
 *
 * A wrap is told by the print's measure: many lines of one width, the width of a full line. A line break after a line
 * of that width is a wrap unless the line ends a sentence or the next opens a heading or an item; a line that stops
 * short ends its paragraph. A page of one paragraph per line has no common width, and nothing is joined on it.
 */
import { offsetView, type OffsetView } from './offset-view';

/** Lines narrower than this (in full-width characters) are headings, table cells or paragraph ends, not a measure. */
const MIN_MEASURE = 14;
/** Lines longer than this are a paragraph each, never a print's line (an A4 page holds about 40 characters a line). */
const MAX_MEASURE = 80;
/** Lines of the measure needed before a page counts as wrapped. */
const MIN_FULL_LINES = 4;
/** Of the lines at least MIN_MEASURE wide, the share that must be of the measure. */
const MIN_FULL_SHARE = 0.4;
/** How far a full line may fall short of the measure: a half-width digit run, a punctuation mark pushed over. */
const SLACK = 2;

/**
 * A prose line's width in full-width characters — digits, Latin letters, spaces and the decimal point take half the
 * room (ASCII commas and brackets count whole: copies turn the print's full-width ones into them) — or 0 for a line
 * that is no prose: one mostly not CJK, as a row of figures (2002 216.5 17.59 9.25) is, has a width but no words to
 * join. A line dense with figures is prose still where it holds words of some length (…由81.8%、9.1%调整为35.9%、
 * 27.2%;城镇登记失业率从10.9%), unlike a table's row of short names and figures (1 山东 58金 55银 47铜 总计160).
 * (Counted by char code: a regular expression per character cost a tenth of the engine's time.)
 */
function proseWidth(line: string): number {
  let w = 0;
  let cjk = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      cjk++;
      if (++run > longestRun) longestRun = run;
    } else run = 0;
    w += takesHalfWidth(c) ? 0.5 : 1;
  }
  return cjk >= line.length * MOSTLY_CJK || (cjk >= line.length * DENSE_WITH_FIGURES && longestRun >= WORDS_RUN) ? w : 0;
}
/** Whether a print gives the character with this code half a full-width character's room: a digit, a Latin letter, a blank, . or %. */
export function takesHalfWidth(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 46 || c === 37;
}
/** The share of CJK characters that makes a line prose. */
const MOSTLY_CJK = 0.4;
/** …or, with a run of WORDS_RUN characters at least, this share: prose dense with figures. */
const DENSE_WITH_FIGURES = 0.25;
const WORDS_RUN = 4;

/** A line that ends a sentence or a heading's own words ends its paragraph whatever its width. */
const ENDS_PARAGRAPH = /[。！？!?：:；;”"』」]$|\s$/;
/**
 * A table's row or cell (a tab or | between cells, a | ending a cell, or two figures apart by blanks at its end: 失业保险
 * 万人 45.1 2.8, as a PDF's row keeps them) is no prose: its line ends are the table's. A single | inside a line (摘 要: |
 * 2012年…) parts a label from its text, not cells.
 */
const TABLE_LINE = /\t|\|.*\||\|[ \u3000]*$|[ \u3000][\d.]+[%％]?[ \u3000]+-?[\d.]+[%％]?[ \u3000]*$/;
/** A next line opening a heading, an item or a new part: 一、 （一） (1) 1. 第二章 ■ ● — never a wrap's second half. */
const OPENS_ITEM = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[章节条部]|[■●◆▲★☆○◎□\-—*•·])/;
/** Words apart by spaces (人事任免 网上直播 在线访谈): a menu's or a title's line, not prose. */
const SPACED_WORDS = /[\u3400-\u9fff][ \u3000\u00a0]+[\u3400-\u9fff].*[\u3400-\u9fff][ \u3000\u00a0]+[\u3400-\u9fff]/;
/** A page number on a line of its own: — 3 —, - 3 -, 第3页, 第3页 共12页, 3/12. */
const FOLIO = /^\s*(?:[—－\-–]\s*\d{1,3}\s*[—－\-–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;
/** A date or a time on a line of its own (01.06.2017 19:40, 2021-07-29): a page's dateline under its title, never a wrap's end. */
const DATELINE = /^\s*(?:\d{1,4}[.\-/]\d{1,2}[.\-/]\d{1,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)\s*$/;
/** A subtitle (——在全县…会议上的讲话) stands on its own line; a line that opens on a dash and holds a sentence's end is an item. */
const SUBTITLE = /^\s*[—－-]{2}[^。！？!?]*$/;
/** A next line opening on a mark that closes a clause (。，、；) or a quotation: it was pushed over from the line before. */
const PUSHED_OVER = /^[。，、；：？！,;:?!）)」』”’》〉]/;
/** A breadcrumb trail (您当前的位置 : 中国宁波网 > 新闻中心 > 宁波): a site's line, not the article's prose. */
const BREADCRUMB = /[>›»＞].*[>›»＞]/;

/** The measure of a wrapped page, or null when its lines share none. */
function measureOf(widths: readonly number[]): number | null {
  const wide = widths.filter((w) => w >= MIN_MEASURE);
  if (wide.length < MIN_FULL_LINES) return null;
  const counts = new Map<number, number>();
  for (const w of wide) counts.set(Math.round(w), (counts.get(Math.round(w)) ?? 0) + 1);
  // The widest width with enough lines at it or a character short of it: wrapped lines fill the measure, and one a
  // half-width character short of it is still full.
  let best: number | null = null;
  let bestCount = 0;
  for (const [w] of counts) {
    const n = (counts.get(w) ?? 0) + (counts.get(w - 1) ?? 0);
    if (n > bestCount || (n === bestCount && best !== null && w > best)) {
      best = w;
      bestCount = n;
    }
  }
  if (best === null || bestCount < MIN_FULL_LINES || bestCount < wide.length * MIN_FULL_SHARE) return null;
  return best;
}

/**
 * Whether the page opens its paragraphs indented (　　 on the line after a blank line or one that stops short), as a print
 * sets them: then a full line ending a sentence (…稳步提升。) whose next line is not indented ends no paragraph — the
 * paragraph's next sentence runs on.
 */
function opensParagraphsIndented(lines: readonly string[], widths: readonly number[], measure: number): boolean {
  let opened = 0;
  let indented = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '' || widths[i]! === 0) continue;
    const before = lines[i - 1]!;
    const stopsShort = before.trim() === '' || before.length < MIN_MEASURE || (widths[i - 1]! > 0 && widths[i - 1]! < measure - SLACK);
    if (!stopsShort) continue;
    opened++;
    if (/^[ \u3000]/.test(lines[i]!)) indented++;
  }
  return opened >= MIN_FULL_LINES && indented >= opened * INDENTED_SHARE;
}
/** The share of a page's paragraphs that must open indented for its indent to mark them. */
const INDENTED_SHARE = 0.8;
/** A line ending a sentence, closing quotation marks aside (…“最大增量”。). */
const SENTENCE_END = /[。！？!?]["”』」]?$/;

/** The text with its print wraps joined, or null when it has none (the common case). */
export function withoutHardWraps(source: string): OffsetView | null {
  if (!source.includes('\n')) return null;
  const lines = source.split('\n');
  // (A table's lines count for nothing: a page of cells has no measure, and its cells are never joined.)
  const widths = lines.map((l) =>
    l.length < MIN_MEASURE || l.length > MAX_MEASURE || TABLE_LINE.test(l) || SPACED_WORDS.test(l) || BREADCRUMB.test(l) ? 0 : proseWidth(l),
  );
  // (A line repeated — a chart's source line under every chart — is one line of the print, not a measure.)
  const seen = new Set<string>();
  const measure = measureOf(widths.filter((_, i) => !seen.has(lines[i]!) && seen.add(lines[i]!) !== undefined));
  if (measure === null) return null;
  const indented = opensParagraphsIndented(lines, widths, measure);
  // Kept runs: run k starts at keptAt[k] in the text and at sourceAt[k] in the page.
  const keptAt: number[] = [0];
  const sourceAt: number[] = [0];
  let text = '';
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    text += line;
    at += line.length;
    if (i === lines.length - 1) break;
    // (— 1 — between a page's last line and the next page's first: the print's folio, stepped over when it cuts a
    // paragraph — 带动就业 ⏎ — 1 — ⏎ 980人.)
    const folio = i + 2 < lines.length && FOLIO.test(lines[i + 1]!) ? 1 : 0;
    const next = lines[i + 1 + folio]!;
    // (The line after a wrap is the paragraph's next print line: never wider than the measure — a long line after a
    // full one means the full one was a heading.)
    const wrap =
      (PUSHED_OVER.test(next) && line.trim() !== '') ||
      (widths[i]! >= measure - SLACK &&
        (!ENDS_PARAGRAPH.test(line) || (indented && SENTENCE_END.test(line))) &&
        !SUBTITLE.test(line) &&
        /^\S/.test(next) &&
        !TABLE_LINE.test(next) &&
        !DATELINE.test(next) &&
        !OPENS_ITEM.test(next) &&
        next.length <= MAX_MEASURE &&
        proseWidth(next) <= measure + SLACK);
    if (!wrap) {
      text += '\n';
      at += 1;
      continue;
    }
    at += 1 + (folio ? lines[i + 1]!.length + 1 : 0);
    i += folio;
    keptAt.push(text.length);
    sourceAt.push(at);
  }
  if (keptAt.length === 1) return null;
  return offsetView(text, keptAt, sourceAt);
}
