/**
 * Headlines set with spaces split the words they hold: “十四五”城镇 新增就业425万人以上, 一季度全省城镇 新增就业1.57万人. A
 * space that splits one of the vocabulary's labels is no part of it, so the page is read with such spaces left out and
 * its records' offsets carried back to the page as written. Spaces between other words (a menu's 首页 新闻) stay.
 */
import { offsetView, type OffsetView } from './offset-view';

/** A space or two between two ideographs. */
const SPLIT = /[\u3400-\u9fff][ \u3000\u00a0]{1,2}(?=[\u3400-\u9fff])/g;
/** How much of the words on each side is looked at: a label is a few words long. */
const REACH = 12;

/**
 * The text without the spaces that split a label, or null when none does (the common case). `splitsLabel(words, at)`
 * tells whether a label of the vocabulary runs across offset `at` of `words` (the two sides joined).
 */
export function withoutSplitLabels(source: string, splitsLabel: (words: string, at: number) => boolean): OffsetView | null {
  const keptAt: number[] = [0];
  const sourceAt: number[] = [0];
  let text = '';
  let from = 0;
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(source); m !== null; m = SPLIT.exec(source)) {
    const gapStart = m.index + 1;
    const gapEnd = m.index + m[0].length;
    const before = source.slice(Math.max(from, gapStart - REACH), gapStart);
    if (!splitsLabel(before + source.slice(gapEnd, gapEnd + REACH), before.length)) continue;
    text += source.slice(from, gapStart);
    from = gapEnd;
    keptAt.push(text.length);
    sourceAt.push(from);
  }
  if (from === 0) return null;
  text += source.slice(from);
  return offsetView(text, keptAt, sourceAt);
}
