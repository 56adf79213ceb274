/**
 * A figure's period: the last time expression before it in its sentence (2021年…, 截至5月底, 上半年, “十四五”时期),
 * else its section's, else the page's.
 */
import { lastTimeBefore, type SentenceCues } from '../context/sentence-cues';

export function refinePeriod(
  text: string,
  around: SentenceCues,
  figureStart: number,
  sectionPeriod: string | null,
  pagePeriod: string | null,
): string | null {
  const time = lastTimeBefore(text, around.times, 0, figureStart);
  const context = sectionPeriod ?? pagePeriod;
  if (time?.wholeYear && time.period === null) return context === null ? null : context.slice(0, 4);
  if (time?.month && time.period === null) return context === null ? null : `${context.slice(0, 4)}-${time.month}`;
  return time?.period ?? context;
}
