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
  /** The part of the year an earlier sentence of the same paragraph named (一季度，…。…；实现…3.95万人). */
  paragraphPeriod: string | null = null,
): string | null {
  const time = lastTimeBefore(text, around.times, 0, figureStart);
  // A paragraph's part of the year refines a section or page that names a whole year at most.
  const outer = sectionPeriod ?? pagePeriod;
  const context = paragraphPeriod !== null && (outer === null || /^\d{4}$/.test(outer)) ? paragraphPeriod : outer;
  if (time?.wholeYear && time.period === null) return context === null ? null : context.slice(0, 4);
  if (time?.month && time.period === null) return context === null ? null : `${context.slice(0, 4)}-${time.month}`;
  return time?.period ?? context;
}
