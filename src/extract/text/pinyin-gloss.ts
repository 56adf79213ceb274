/**
 * Some mirrors of traditional-script pages gloss characters with their pinyin in brackets: 城鎮(zhèn)新增就業(yè)人數(shù)
 * 8946人. The glosses split every label, so the page is read without them and the records' offsets are carried back
 * to the page as written.
 */

import { offsetView, type OffsetView } from './offset-view';

/** A tone-marked vowel: every gloss has one, and almost no other bracketed Latin text (GDP, CPI, PMI) does. */
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/** One syllable in brackets right after a CJK character. */
const GLOSS = /(?<=[\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]/g;
/**
 * …and on a page glossed so, a run of them, toneless ones too (城(cheng)鎮(zhèn)(zhen)), with the blank some mirrors set
 * after a gloss before the next character (達6.5萬(wan) 人以上).
 */
const GLOSSES = /(?<=[\u3400-\u9fff])(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）])+(?: (?=[\u3400-\u9fff\d]))?/g;
/** Toned glosses that make a page a glossed one. */
const GLOSSED_PAGE = 3;
/**
 * One toneless pinyin syllable in brackets after a CJK character (業(ye), 人(ren)): some mirrors gloss without tones.
 * A page needs more of them than of toned ones to count as glossed — 手机(app) or 就业(jiuye) are words, not glosses.
 */
const TONELESS_GLOSS =
  /(?<=[\u3400-\u9fff])[(（](?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ing|ua|uo|ui|un|ue|ve|a|o|e|i|u|v|ü)[)）]/g;
const TONELESS_GLOSSED_PAGE = 6;

/** Anything a gloss needs — a tone mark, or Latin letters opening a bracket: without it a page has none (one scan). */
const MAY_BE_GLOSSED = new RegExp(`${TONE.source}|[(（][a-zü]`);

function glossedPage(source: string, toned: boolean): boolean {
  // (A toned gloss needs a tone mark: on a page without one, counting them is a scan for nothing.)
  GLOSS.lastIndex = 0;
  let count = 0;
  while (toned && count < GLOSSED_PAGE && GLOSS.exec(source) !== null) count++;
  if (count >= GLOSSED_PAGE) return true;
  TONELESS_GLOSS.lastIndex = 0;
  let toneless = 0;
  while (toneless < TONELESS_GLOSSED_PAGE && TONELESS_GLOSS.exec(source) !== null) toneless++;
  return toneless >= TONELESS_GLOSSED_PAGE;
}

export type Unglossed = OffsetView;

/** The text without pinyin glosses, or null when it has none (the common case: one scan, no copy). */
export function withoutGlosses(source: string): Unglossed | null {
  if (!MAY_BE_GLOSSED.test(source)) return null;
  const toned = TONE.test(source);
  const glossed = glossedPage(source, toned);
  if (!glossed && !toned) return null;
  // Kept runs: run k starts at keptAt[k] in the text and at sourceAt[k] in the page.
  const keptAt: number[] = [0];
  const sourceAt: number[] = [0];
  let text = '';
  let from = 0;
  const gloss = glossed ? GLOSSES : GLOSS;
  gloss.lastIndex = 0;
  for (let m = gloss.exec(source); m !== null; m = gloss.exec(source)) {
    text += source.slice(from, m.index);
    from = m.index + m[0].length;
    keptAt.push(text.length);
    sourceAt.push(from);
  }
  if (from === 0) return null;
  text += source.slice(from);
  return offsetView(text, keptAt, sourceAt);
}
