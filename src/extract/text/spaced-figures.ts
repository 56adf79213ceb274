/**
 * Text taken from PDF and Word files sets figures apart by blanks: 完成全年目标任务 36000 人次的 110.1%, 开展职业技能培训 39631
 * 人次. The rules read a measure and its figure as one run of words, so such a page is read with the blanks around an
 * enclosed figure left out, and its records' offsets carried back to the page as written. A figure followed by another
 * figure (城镇新增就业 3000 1850 61.7, a table's row) keeps its blanks: they part its cells.
 */
import { offsetView, type OffsetView } from './offset-view';

/** An ideograph, a blank, a figure, a blank or none, then an ideograph or a percent sign. */
const ENCLOSED = /(?<=[\u3400-\u9fff])[ \u00a0\u3000](\d+(?:\.\d+)?)[ \u00a0\u3000]?(?=[\u3400-\u9fff%％])/g;
/** A page that sets one or two figures apart may be a table's caption; the habit shows in a few. */
const MIN_FIGURES = 3;

/** The text without the blanks around enclosed figures, or null when the page does not set its figures apart. */
export function withoutFigureSpaces(source: string): OffsetView | null {
  const found = [...source.matchAll(ENCLOSED)];
  if (found.length < MIN_FIGURES) return null;
  const keptAt: number[] = [0];
  const sourceAt: number[] = [0];
  let text = '';
  let from = 0;
  for (const m of found) {
    const digits = m[1]!;
    const digitsAt = m.index + 1;
    // The blank before the figure, then the blank after it if any: each left out, the figure kept.
    text += source.slice(from, m.index);
    keptAt.push(text.length);
    sourceAt.push(digitsAt);
    text += digits;
    from = m.index + m[0].length;
    if (from > digitsAt + digits.length) {
      keptAt.push(text.length);
      sourceAt.push(from);
    }
  }
  text += source.slice(from);
  return offsetView(text, keptAt, sourceAt);
}
