/**
 * Tables saved as text with their cells between bars, a row per line (| 年份 | 城镇新增就业（万人） | ⏎ | --- | --- | ⏎
 * | 2021 | 58.2 |), as Markdown and many copy tools write them. The table readers know a row as the page reader
 * writes it — cells apart by a tab — so the page is read with each bar and the blanks around it as one tab, the
 * bars that open and close a row and the rule line under a heading left out; records are carried back to the page as
 * written.
 */
import { offsetView, type OffsetView } from './offset-view';

/** A row: a bar first and last on its line, and one between at least (two cells). */
const ROW = /^[ \t\u3000]*\|[^\n]*\|[^\n]*\|[ \t\u3000]*$/gm;
/** The rule line under a heading: dashes and colons between bars. */
const RULE = /^[ \t\u3000]*\|(?:[ \t\u3000]*:?-{2,}:?[ \t\u3000]*\|)+[ \t\u3000]*$/;
/** A bar with the blanks around it. */
const BAR = /[ \t\u3000]*\|[ \t\u3000]*/g;

/** The text with its bar tables' rows as tab-separated cells, or null when it has none (the common case). */
export function withoutTableBars(source: string): OffsetView | null {
  // One cheap test first: a line that opens with a bar.
  if (!/^[ \t\u3000]*\|/m.test(source)) return null;
  const keptAt: number[] = [0];
  const sourceAt: number[] = [0];
  let text = '';
  let from = 0;
  /** Leaves source[from, to) out, and goes on from `to`. */
  const skipTo = (to: number) => {
    from = to;
    keptAt.push(text.length);
    sourceAt.push(from);
  };
  ROW.lastIndex = 0;
  for (let m = ROW.exec(source); m !== null; m = ROW.exec(source)) {
    const lineStart = m.index;
    const lineEnd = lineStart + m[0].length;
    text += source.slice(from, lineStart);
    from = lineStart;
    if (RULE.test(m[0])) {
      // The rule line goes, and its line break with it.
      skipTo(source[lineEnd] === '\n' ? lineEnd + 1 : lineEnd);
      continue;
    }
    const bars = [...m[0].matchAll(BAR)];
    bars.forEach((bar, n) => {
      const barStart = lineStart + bar.index;
      const barEnd = barStart + bar[0].length;
      text += source.slice(from, barStart);
      from = barStart;
      // The first and last bars open and close the row: left out. A bar between cells is a tab, standing where the
      // bar stands.
      if (n === 0 || n === bars.length - 1) {
        skipTo(barEnd);
        return;
      }
      const at = barStart + bar[0].indexOf('|');
      skipTo(at);
      text += '\t';
      from = at + 1;
      skipTo(barEnd);
    });
  }
  if (keptAt.length === 1) return null;
  text += source.slice(from);
  return offsetView(text, keptAt, sourceAt);
}
