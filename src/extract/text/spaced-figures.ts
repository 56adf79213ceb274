/**
 * Text taken from PDF and Word files sets figures apart by blanks: 完成全年目标任务 36000 人次的 110.1%, 开展职业技能培训 39631
 * 人次. The rules read a measure and its figure as one run of words, so such a page is read with the blanks around an
 * enclosed figure left out, and its records' offsets carried back to the page as written. A figure followed by another
 * figure (城镇新增就业 3000 1850 61.7, a table's row) keeps its blanks: they part its cells.
 */
import { offsetView, type OffsetView } from './offset-view';

/** An ideograph, a blank, a figure (its per-cent sign with it), a blank or none, then an ideograph or a per-cent sign. */
const ENCLOSED = /(?<=[\u3400-\u9fff])[ \u00a0\u3000](\d+(?:\.\d+)?[%％]?)[ \u00a0\u3000]?(?=[\u3400-\u9fff%％])/g;
/** A page that sets one or two figures apart may be a table's caption; the habit shows in a few. */
const MIN_FIGURES = 3;

/**
 * A figure opening its line or clause, a blank, then its unit or the time it counts (11 月7日, 2017 年以来, 9 月底): on a page
 * that sets its figures apart, that blank is the same habit.
 */
const LEADING = /(?<=^|[\n，,。；;：:、（(“"])(\d+(?:\.\d+)?)[ \u00a0\u3000](?=[年月日万亿人个元户张])/g;

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
