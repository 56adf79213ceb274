/**
 * Minimum wages listed by place with each figure in brackets: 北京(2120元)、天津(2050元)…和广东(2100元)的最低月工资超过2000元;
 * 最低工资最高的三个地区是上海(2480元)、深圳(2200元)和北京(2120元). Each bracketed figure is its place's monthly standard —
 * where the sentence names the minimum wage, names no hourly one (从最低小时工资来看…天津(20.8元)) and no other pay, and
 * the places form a list, so that a lone place in brackets beside some other sum is left to the other rules.
 */
import type { Rule } from './candidate';
import { findPlaces } from '../context/gazetteer';
import { OTHER_MEASURE } from './wage-ranking';

/** The place right before the figure's bracket, opening its item of the list. */
const PLACE_OPEN = /(?:^|[、，,：:；;和及与是为\s])(?:其中|包括|包含|如)?([\u4e00-\u9fff]{2,9}?)\s*[(（]\s*$/;
/** The bracket closing right after the figure, a month's mark allowed (2120元/月). */
const CLOSE_AFTER = /^\s*(?:[/／]\s*月)?\s*[)）]/;
/** A place and its bracketed sum: an item of the list. */
const ITEM = /[\u4e00-\u9fff]{2,9}[(（]\s*\d[\d.,]*\s*元\s*(?:[/／]\s*月)?\s*[)）]/g;
/** The measure the sentence names: the minimum wage, by month or without saying. */
const MINIMUM_WAGE = /最低(?:月)?工资|月最低工资/;
/** Another measure in the sentence (the one a ranking guards against, or a wage guideline) takes its bracketed sums from the monthly standard. */
const OTHER_PAY = new RegExp(`${OTHER_MEASURE.source}|工资指导线`);

export const wagePlaceBracket: Rule = ({ text, sentence, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '元') return null;
  const lead = text.slice(Math.max(sentence.start, q.start - 14), q.start);
  const open = PLACE_OPEN.exec(lead);
  if (!open || !CLOSE_AFTER.test(text.slice(q.end, q.end + 6))) return null;
  const name = open[1]!;
  const place = findPlaces(name).find((p) => p.start === 0 && p.end === name.length);
  if (!place) return null;
  const said = text.slice(sentence.start, sentence.end);
  const measure = MINIMUM_WAGE.exec(said);
  if (!measure || OTHER_PAY.test(said) || (said.match(ITEM) ?? []).length < 2) return null;
  const start = q.start - lead.length + open.index + open[0].indexOf(name);
  return {
    indicator: 'minimum_wage',
    label: measure[0],
    unit: '元',
    quantity: q,
    start,
    end: q.end,
    gapStart: q.start,
    region: place.place.name,
  };
};
