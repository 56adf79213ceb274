/**
 * A figure's period: the last time expression before it in its sentence (2021年…, 截至5月底, 上半年, “十四五”时期),
 * else its section's, else the page's.
 */
import { lastBefore, type SentenceCues } from '../context/sentence-cues';

export function refinePeriod(
  around: SentenceCues,
  figureStart: number,
  sectionPeriod: string | null,
  pagePeriod: string | null,
): string | null {
  return lastBefore(around.times, 0, figureStart)?.period ?? sectionPeriod ?? pagePeriod;
}
