/**
 * A count named without its figure, a colon, then the months and their counts:
 *   城镇新增就业人数呈快速下滑的趋势：十一月份是55万，十二月份是38万，十月份是84万.
 * Each month's figure is the measure named before the colon (a rate so listed is month-led-rate.ts's). Only months and
 * the figures of the months before it may stand between the colon and the figure.
 */
import { unitFor, type Rule } from './candidate';
import { INDICATOR_BY_ID, UNEMPLOYMENT_RATES } from '../lexicon/indicators';
import { MONTHS } from './month-led-rate';

/** The verb a month's count follows: 十一月份是55万, 3月为…, 5月新增…. */
const ITEM_VERB = '(?:是|为|达到?|新增)?';
/** A month and its verb, right before the figure. */
const MONTH_AT_END = new RegExp(`(?:${MONTHS})${ITEM_VERB}\\s*$`);
/** The figure's own item: a month, then 是/为/达, nothing else. */
const MONTH_ITEM = new RegExp(`(?:^|[，,、；;：:])\\s*${MONTH_AT_END.source}`);
/** The items before it, after the colon: months and their bare counts. */
const ITEMS_BEFORE = new RegExp(`^(?:\\s*(?:${MONTHS})${ITEM_VERB}\\s*[\\d.]+\\s*[万千]?人?\\s*[，,、；;])*\\s*${MONTH_AT_END.source}`);
/** The cheap test first: the few characters before the figure end on a month and its verb. */
const MONTH_RIGHT_BEFORE = new RegExp(`月份?(?:末|底)?${ITEM_VERB}\\s*$`);
/** How far back from the figure the colon may stand, and from the colon the measure. */
const ITEMS_REACH = 80;
const LABEL_REACH = 40;

export const monthLedCount: Rule = ({ text, sentence, quantities, index, matcher }) => {
  const q = quantities[index]!;
  if (q.unit !== '' && q.unit !== '人') return null;
  // (Most figures stand after no month: one short test before reading back.)
  if (!MONTH_RIGHT_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start))) return null;
  const from = Math.max(sentence.start, q.start - ITEMS_REACH);
  const near = text.slice(from, q.start);
  if (!MONTH_ITEM.test(near)) return null;
  const colon = Math.max(near.lastIndexOf('：'), near.lastIndexOf(':'));
  if (colon < 0 || !ITEMS_BEFORE.test(near.slice(colon + 1))) return null;
  const colonAt = from + colon;
  // The measure, in the clause that the colon closes, with no figure of its own after it.
  const labelFrom = Math.max(sentence.start, colonAt - LABEL_REACH);
  const label = matcher.labelsIn(text, labelFrom, colonAt).filter((l) => !UNEMPLOYMENT_RATES.has(l.def.id)).pop();
  if (!label || /[\d０-９]/.test(text.slice(label.end, colonAt))) return null;
  const def = INDICATOR_BY_ID.get(label.def.id);
  const unit = def ? unitFor(q, def) : null;
  if (unit === null || unit === '%') return null;
  const start = from + near.search(MONTH_AT_END);
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start, end: q.end, gapStart: start };
};
