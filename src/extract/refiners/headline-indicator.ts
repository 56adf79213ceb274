/**
 * A headline names a figure of its story more loosely than the story does (截至8月底云南发放贷款1180亿元 over …全省累计发放
 * 创业担保贷款超过1180亿元): a figure of the first line read as no indicator of ours takes the indicator of the same figure
 * further down, when the headline's measure is the last word of the story's (贷款 of 发放创业担保贷款).
 */
import { headlineOf } from '../text/headline';
import type { IndicatorRecord } from '../types';
import { RESTATED_WITHIN, sameFigure } from './period';

/** The measure's last word, as the headline abbreviates it (贷款, 培训). */
const LAST_WORD = 2;
/**
 * 新增就业17.67万人 over 城镇新增就业17.67万人: jobs without 城镇 are another measure by the corpus's convention, however
 * surely the headline means the story's.
 */
const NOT_ABBREVIATIONS = new Set(['就业']);

export function namedLikeTheBody(text: string, records: IndicatorRecord[]): void {
  // (A first line that states a sentence is the story's lead, its figures its own.)
  const headline = headlineOf(text);
  if (!headline) return;
  for (let i = 0; i < records.length && records[i]!.start < headline.end; i++) {
    const h = records[i]!;
    if (h.start < headline.start || h.indicator !== 'other' || h.masked || h.label.length < LAST_WORD) continue;
    const word = h.label.slice(-LAST_WORD);
    if (NOT_ABBREVIATIONS.has(word)) continue;
    for (let k = i + 1; k < records.length && records[k]!.start < headline.end + RESTATED_WITHIN; k++) {
      const o = records[k]!;
      if (o.start < headline.end || o.indicator === 'other' || o.indicator.startsWith('custom:')) continue;
      if (o.unit === h.unit && o.label.includes(word) && o.label !== word && sameFigure(h, o)) {
        records[i] = { ...h, indicator: o.indicator };
        break;
      }
    }
  }
}
