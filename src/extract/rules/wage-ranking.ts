/**
 * Minimum wages ranked by place: 深圳以每月2030元跃居首位；上海以2020元位列次席; 月最低工资标准最高的是深圳的1500元;
 * 最高的是上海市，标准为1620元; 上海第一档为2740元. Each figure is the monthly standard of the place its clause names, where
 * the sentence named that standard before it — an hourly one (小时最低工资标准) is another measure, and 平均工资 another
 * figure altogether.
 */
import type { Candidate, Rule } from './candidate';
import type { Quantity } from '../numbers/types';
import { findPlaces } from '../context/gazetteer';
import { STANDARD } from './wage-tier';
/** How far back in the sentence the standard may be named. */
const STANDARD_REACH = 120;
/** Between the standard and the place: clauses of the same ranking, no sentence's end. */
const SAME_SENTENCE = /^[^。！？!?\n]*$/;
/** Another measure named between the standard and the figure takes the figure from it. */
export const OTHER_MEASURE = /小时|平均工资|工资水平|收入/;

/** Place, 以 and the figure, then its rank (上海以2020元位列次席; 深圳以每月2030元跃居首位). */
const PLACE_BY = /(?:^|[，,；;：:、\s])([\u4e00-\u9fff]{2,9}?)以(?:每月|月)?$/;
const RANK_AFTER = /^\s*(?:[/／]月)?\s*(?:的(?:标准)?)?\s*(?:跃居|位列|位居|排名|名列|高居|稳居|居于?|排在|排第|列第|领跑)/;
/** The highest or lowest, then the place (最高的是深圳的1500元; 最高的是上海市，标准为1620元; 最高的是深圳市(1500元)). */
const EXTREME_OF = /最[高低]的(?:是|为)([\u4e00-\u9fff]{2,9}?)(?:的|[(（]|[，,]\s*(?:标准)?(?:为|是|达到?))$/;
/** A place's tier (上海第一档为2740元). */
const PLACE_TIER = /(?:^|[，,；;：:、\s])([\u4e00-\u9fff]{2,9}?)(第?[一二三四1-4]档次?)(?:为|是|达到?)$/;
/** The next place of a round-up, right after another place's standard (北京，最低工资标准为2200元，上海为2480元). */
const NEXT_PLACE = /[，,；;、]\s*([\u4e00-\u9fff]{2,9}?)(?:为|是|达到?)$/;

export const wageRanking: Rule = ({ text, sentence, quantities, index, previous }) => {
  const q = quantities[index]!;
  if (q.unit !== '元') return null;
  const lead = text.slice(Math.max(sentence.start, q.start - 24), q.start);
  const byPlace = PLACE_BY.exec(lead);
  const placeTier = PLACE_TIER.exec(lead);
  const nextPlace = nextPlaceOfRoundUp(text, lead, q.start, previous[previous.length - 1], quantities[index - 1]);
  const match = (byPlace && RANK_AFTER.test(text.slice(q.end, q.end + 12)) ? byPlace : null) ?? EXTREME_OF.exec(lead) ?? placeTier ?? nextPlace;
  if (!match) return null;
  const name = match[1]!;
  const place = findPlaces(name).find((p) => p.start === 0 && p.end === name.length);
  if (!place) return null;
  const placeAt = q.start - lead.length + match.index + match[0].indexOf(name);
  // (Back past a semicolon — 深圳以每月2030元跃居首位；上海以2020元位列次席 — as far as the sentence's end.)
  const before = text.slice(Math.max(0, placeAt - STANDARD_REACH), placeAt);
  let standardEnd = -1;
  let standard = '';
  for (const m of before.matchAll(STANDARD)) {
    standardEnd = m.index + m[0].length;
    standard = m[0];
  }
  if (standardEnd < 0) return null;
  const between = before.slice(standardEnd);
  if (!SAME_SENTENCE.test(between) || OTHER_MEASURE.test(between) || OTHER_MEASURE.test(text.slice(placeAt, q.start))) return null;
  const tier = match === placeTier ? match[2]! : '';
  return {
    indicator: 'minimum_wage',
    label: `${standard}${tier}`,
    unit: '元',
    quantity: q,
    start: placeAt,
    end: q.end,
    gapStart: q.start,
    region: place.place.name,
  };
};

/** 北京，最低工资标准为2200元，上海为2480元: a place and its figure right after the last place's standard, nothing between. */
function nextPlaceOfRoundUp(text: string, lead: string, at: number, last: Candidate | undefined, before: Quantity | undefined): RegExpExecArray | null {
  if (last?.indicator !== 'minimum_wage' || !before || last.quantity !== before) return null;
  const m = NEXT_PLACE.exec(lead);
  return m && at - lead.length + m.index === last.end ? m : null;
}
