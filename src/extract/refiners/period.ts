/**
 * A figure's period: the last time expression before it in its sentence (2021年…, 截至5月底, 上半年, “十四五”时期),
 * else its section's, else the page's.
 */
import { findTimes } from '../context/time';
import { fullSentenceStart } from '../text/sentences';

export function refinePeriod(
  text: string,
  sentenceStart: number,
  figureStart: number,
  docYear: number | null,
  sectionPeriod: string | null,
  pagePeriod: string | null,
): string | null {
  const times = findTimes(text.slice(fullSentenceStart(text, sentenceStart), figureStart), docYear);
  const last = times[times.length - 1];
  return last?.period ?? sectionPeriod ?? pagePeriod;
}
