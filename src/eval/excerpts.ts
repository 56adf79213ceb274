/**
 * A stress test of what headings and page context the engine leans on: seeded random excerpts (4,000–14,000
 * characters, starting at a line) of the corpus's relevant plain-text documents, each scored against the gold
 * records that lie wholly inside it. Excerpts lose their titles and often their section headings, as pages copied
 * from the middle of a report do; the full record (region and period as in the gold) shows what that context carried.
 */
import type { Extractor } from '../extract/types';
import type { CorpusDoc } from './corpus';
import { scoreDoc, summarise, type Prf } from './score';

interface Positioned {
  start?: number;
  end?: number;
}

export function excerptScore(
  extractor: Extractor,
  corpus: readonly CorpusDoc[],
  perDoc = 12,
  seed = 7,
): { excerpts: number; overall: Prf; overallFull: Prf } {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const scores = [];
  const fullScores = [];
  for (const c of corpus) {
    // Gold offsets count the file as stored: only documents whose text reads back at those offsets qualify
    // (not the HTML ones, whose offsets count tags).
    const text = c.doc.text;
    const aligned = c.gold.records.every((r) => {
      const p = r as Positioned;
      return p.start !== undefined && p.end !== undefined && text.slice(p.start, p.end) === r.text;
    });
    if (!c.gold.relevant || !aligned) continue;
    for (let k = 0; k < perDoc; k++) {
      const length = 4000 + Math.floor(random() * 10000);
      const from = text.lastIndexOf('\n', Math.floor(random() * Math.max(1, text.length - length))) + 1;
      const to = Math.min(text.length, from + length);
      const records = c.gold.records.filter((r) => {
        const p = r as Positioned;
        return p.start !== undefined && p.end !== undefined && p.start >= from && p.end <= to;
      });
      if (!records.some((r) => r.indicator !== 'other')) continue;
      const got = extractor.extract(text.slice(from, to));
      scores.push(scoreDoc({ ...c.gold, records }, got.relevant, got.records));
      fullScores.push(scoreDoc({ ...c.gold, records }, got.relevant, got.records, true));
    }
  }
  return { excerpts: scores.length, overall: summarise(scores).overall, overallFull: summarise(fullScores).overall };
}
