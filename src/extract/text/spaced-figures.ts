/**
 * Text taken from PDF and Word files sets figures apart by blanks: 完成全年目标任务 36000 人次的 110.1%, 开展职业技能培训 39631
 * 人次. The rules read a measure and its figure as one run of words, so such a page is read with the blanks around an
 * enclosed figure left out, and its records' offsets carried back to the page as written. A figure followed by another
 * figure (城镇新增就业 3000 1850 61.7, a table's row) keeps its blanks: they part its cells.
 */
import { offsetView, type OffsetView } from './offset-view';
import { WHOLE_NUMBER } from '../numbers/decimal';

/** A figure (1,022 with its thousands marked), or a span of two (1-4 月, 2012－2015 年, 1~2 所). */
const FIGURE = String.raw`${WHOLE_NUMBER}(?:\.\d+)?(?:[-－~～–—]\d+(?:\.\d+)?)?`;
/** An ideograph, a blank, a figure (its per-cent sign with it), a blank or none, then an ideograph or a per-cent sign. */
const ENCLOSED = new RegExp(String.raw`(?<=[\u3400-\u9fff])[ \u00a0\u3000](${FIGURE}[%％﹪]?)[ \u00a0\u3000]?(?=[\u3400-\u9fff%％﹪])`, 'g');
/** A page that sets one or two figures apart may be a table's caption; the habit shows in a few. */
const MIN_FIGURES = 3;

/**
 * A figure after no ideograph — opening its line or clause, after a bracket, a quotation mark or a dash (11 月7日,
 * 《2012 年度…》, ——2006 年, 5.1%、5.1% 和4.9%) — a blank, then the ideograph after it: on a page that sets its figures
 * apart, that blank is the same habit. A figure after a blank is left alone (it may be a table's cell) unless the blank
 * indents its line; so is the last part of a date or a clock time (2011-02-14 00:00:00 作者), and a figure before a
 * numeral, which would read as part of it — but for a count of months (7、8、9 三个月).
 */
const LEADING = new RegExp(
  String.raw`(?=\d)(?:(?<![\d.\u3400-\u9fff \u00a0\u3000])(?<!\d[,:：/-])|(?<=(?:^|\n)[ \u00a0\u3000]+))(${FIGURE}[%％﹪]?)[ \u00a0\u3000](?=[\u3400-\u9fff])(?![〇一二三四五六七八九十两](?!个月|个季度))`,
  'g',
);

/** The text without the blanks around enclosed figures, or null when the page does not set its figures apart. */
export function withoutFigureSpaces(source: string): OffsetView | null {
  const enclosed = [...source.matchAll(ENCLOSED)];
  if (enclosed.length < MIN_FIGURES) return null;
  const found = [
    ...enclosed.map((m) => ({ start: m.index, digitsAt: m.index + 1, digits: m[1]!, end: m.index + m[0].length })),
    ...[...source.matchAll(LEADING)].map((m) => ({ start: m.index, digitsAt: m.index, digits: m[1]!, end: m.index + m[0].length })),
  ].sort((a, b) => a.start - b.start);
  const keptAt: number[] = [0];
  const sourceAt: number[] = [0];
  let text = '';
  let from = 0;
  for (const f of found) {
    if (f.start < from) continue;
    // The blank before the figure, if any, then the blank after it if any: each left out, the figure kept.
    text += source.slice(from, f.start);
    if (f.digitsAt > f.start) {
      keptAt.push(text.length);
      sourceAt.push(f.digitsAt);
    }
    text += f.digits;
    from = f.end;
    if (from > f.digitsAt + f.digits.length) {
      keptAt.push(text.length);
      sourceAt.push(from);
    }
  }
  text += source.slice(from);
  return offsetView(text, keptAt, sourceAt);
}
