/**
 * A plain text's headline, read one way by everything that asks (the page's title, a headline's abbreviated measure,
 * a headline's bare word that its story names): the first line below the site's chrome, short, no dateline or
 * source line, and stating no sentence — a first line that ends a sentence (本网讯…超额完成全年目标任务。) is the
 * story's lead, its figures its own.
 */
import { belowBreadcrumb, isSiteChrome } from './breadcrumb';
import type { Span } from './sentences';

/** Longer than this, a first line is the story's opening paragraph. */
export const HEADLINE_MAX = 80;
/** How far down a plain-text page its headline may stand, below the site's chrome. */
const HEADLINE_LINES = 8;
/** A dateline or source line (时间：2010-09-30 来源：…, 红网时间永州3月28日讯(通讯员…): no headline. */
const DATELINE_OR_SOURCE = /(?:来源|时间|发布时间|发布日期|日期|作者)\s*[:：]|\d{1,2}月\d{1,2}日(?:讯|电)|[(（](?:记者|通讯员)/;
/** A line of dates and times alone (date 2026-03-06 05/03/2026 09:39), above the headline: passed over. */
const DATE_ONLY = /^(?:date|time|日期|时间)?\s*[:：]?\s*(?=[^\n]*(?:19|20)\d\d)[\d\s\-/.:：年月日]+$/i;
/**
 * A line of byline fields alone (来源：河北日报 作者：刘洋, 2022-07-15 发布时间：…), which a portal prints above an article
 * whose heading it shows only in its <title>: passed over.
 */
const BYLINE_FIELDS =
  /^\s*(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*)?(?:来源|作者|发布时间|发布日期|时间|日期|编辑|责任编辑|记者|通讯员)\s*[:：][^。！？；!?\n]{0,60}$/;
/** A reporter's byline alone (大众网记者 谢玮 济南报道, 本报记者 王静 通讯员 李华): whose city is where it was filed from. */
const REPORTER_LINE =
  /^\s*(?:[\u4e00-\u9fff]{0,8}(?:网|报|台|社|中心))?(?:记者|通讯员)[\s\u3000]*[\u4e00-\u9fff·]{2,4}(?:[\s\u3000]+(?:记者|通讯员)?[\s\u3000]*[\u4e00-\u9fff·]{2,4})*\s*$/;
export const isBylineLine = (line: string): boolean => BYLINE_FIELDS.test(line) || REPORTER_LINE.test(line);

/** The text's first line of its own: the first non-blank line, a line of byline fields above it passed over. */
export function firstOwnLine(text: string): string {
  // (Line by line from the top, not split whole: a page may be megabytes long.)
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const line = text.slice(start, newline < 0 ? text.length : newline).trim();
    if (line !== '' && !isBylineLine(line)) return line;
    if (newline < 0) break;
    start = newline + 1;
  }
  return '';
}
const SQUASHED_TITLE = /^([^。！？；!?，,：:\s]{4,60}?(?:统计公报|統計公報|工作报告|工作報告|工作总结|工作總結|工作计划|工作計劃))[ \t\u3000]+(?=\S)/;
/** A stop with words after it, or a full stop at the end; a headline may end on ！ or ？ (…完成的很漂亮!). */
const SENTENCE_STOP = /[。！？；!?].|[。；]$/;

/** The headline's trimmed span in `text`, or null when the page opens on no line that can be one. */
export function headlineOf(text: string): Span | null {
  let start = belowBreadcrumb(text, HEADLINE_LINES);
  // (Blank lines do not count.)
  for (let n = 0; n < HEADLINE_LINES && start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(start, end);
    const line = raw.trim();
    if (line !== '') n++;
    if (line !== '' && !isSiteChrome(line) && !DATE_ONLY.test(line) && !isBylineLine(line)) {
      const lead = start + raw.indexOf(line);
      if (line.length > HEADLINE_MAX || DATELINE_OR_SOURCE.test(line) || SENTENCE_STOP.test(line)) {
        // 2023年昌吉市国民经济和社会发展统计公报 2023年,在市党委…: a copy that lost the line break after the title keeps
        // it before a blank, its words ending in the document's genre.
        const squashed = SQUASHED_TITLE.exec(line);
        return squashed ? { start: lead, end: lead + squashed[1]!.length } : null;
      }
      return { start: lead, end: lead + line.length };
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return null;
}

/** The headline's words, or undefined. */
export function headlineText(text: string): string | undefined {
  const h = headlineOf(text);
  return h ? text.slice(h.start, h.end) : undefined;
}

/** A line that is only an issuing body's name (XX市人力资源和社会保障局), as a print or a Word file puts above its title. */
const ISSUING_BODY = /^[\u4e00-\u9fffXＸ×]{2,24}(?:人民政府|人力资源和社会保障局|人力资源社会保障局|人社局|劳动和社会保障局|局|厅|委员会|办公室|办公厅|政府)$/;
/** A document's title, naming its genre (…工作总结和2024年工作计划, 关于…的通知). */
const DOCUMENT_GENRE = /总结|报告|计划|打算|要点|通知|意见|方案|公报|情况|规划|通报|汇报|安排/;

/**
 * The document's title: its headline, or, under an issuing body's name alone on the first line, the body and the title
 * line below it read as one (XX市人力资源和社会保障局 ⏎ 2023年工作总结和2024年工作计划) — the body alone names no year or
 * genre, and the title line alone no area.
 */
export function documentTitle(text: string): string | undefined {
  const h = headlineOf(text);
  return h ? withTitleBelow(text.slice(h.start, h.end), text.slice(h.end)) : undefined;
}

/** A headline line, joined with the title line below it when the headline is only an issuing body's name. */
export function withTitleBelow(line: string, rest: string): string {
  if (!ISSUING_BODY.test(line)) return line;
  const below = /^[^\n]*\n\s*([^\n]+)/.exec(rest)?.[1]?.trim() ?? '';
  const isTitle = below.length <= HEADLINE_MAX && !DATELINE_OR_SOURCE.test(below) && !SENTENCE_STOP.test(below) && DOCUMENT_GENRE.test(below);
  return isTitle ? `${line}${below}` : line;
}
