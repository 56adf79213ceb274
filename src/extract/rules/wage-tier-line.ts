/**
 * A minimum wage's tier line that lists its areas before the figure, on a page about the minimum wage:
 *   一類區:銀川市興慶區、金鳳區、西夏區,石嘴山市大武口區、惠農區由每人每月1300元調整為1480元;
 *   一类地区:1620元/月(小时最低工资:17元);
 * The figure is the tier's monthly standard (the one it is raised to follows as a change's level), its areas named or
 * not. The hourly standard's tiers (最低小時工資標準:一類區由12.5元) name the hourly standard on their line or above it,
 * or give the figure per hour.
 */
import type { Rule } from './candidate';
import { headlineText } from '../text/headline';
import { VERBS } from './wage-heading-item';
import { TIER_WORD } from './wage-tier';
import { lineStartNear } from '../text/paragraph';

/** A tier, a colon, its areas, then 由 and 每人每月 right before the figure. */
const TIER_LINE = new RegExp(`^\\s*(?:第?[一二三四五六七八1-8])(?:档次?|类(?:地区|区域|区)?)[：:]([^\\d。；;：:]{0,120}?)${VERBS}?(?:每人)?(?:每月|月)?$`);
/**
 * …or the areas first, then the tier they keep to (盐城市区(含市直、盐都区…)和东台市执行二类地区标准,由1830元/月调整为2070元/月;
 * 建湖县、射阳县…执行三类地区标准,由1620元/月…), each such clause after a line's start or a semicolon.
 */
const AREAS_THEN_TIER = new RegExp(`(?:^|[；;。])\\s*([^\\d。；;：:]{2,120}?执行${TIER_WORD}(?:最低工资)?标准[，,]?)${VERBS}?(?:每人)?(?:每月|月)?$`);
const AREAS_REACH = 200;
/** How far back a tier's line is looked for its start: a longer line is read from there. */
const LINE_REACH = 1000;
/** The monthly standard named: 最低工资标准, 最低工资调整 (not 小时最低工资标准). */
const STANDARD_NAMED = /(?<!小时)最低工资标准|最低工资(?=调整|标准)/;
/** How far before a tier the standard may be named, when the headline does not name it. */
export const NAMED_REACH = 400;
const HOURLY = /小时/;
/** The standards named above the tier's line: the last one says which the tier is of. */
const STANDARDS_NAMED = /(小时最低工资|最低小时工资)|最低工资/g;
/** A figure per hour (18元/小时, 17元每小时): the hourly standard's. */
export const PER_HOUR_AFTER = /^\s*[/／每]\s*小时/;
const IN_BRACKETS = /[(（][^()（）\n]*[)）]/g;

/** Whether the page names the monthly standard: in its headline, or in `before` (the text just above a tier). */
export function namesTheStandard(text: string, before: string): boolean {
  return STANDARD_NAMED.test(headlineText(text) ?? '') || STANDARD_NAMED.test(before);
}

export const wageTierLine: Rule = ({ text, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '元') return null;
  const lineStart = lineStartNear(text, q.start, LINE_REACH);
  // (The areas-first clause is looked for only near the figure: an unanchored pattern over a long line would cost a
  // pass of the line for each of its figures.)
  const near = Math.max(lineStart, q.start - AREAS_REACH);
  const lineTier = TIER_LINE.exec(text.slice(lineStart, q.start));
  const tier = lineTier ?? AREAS_THEN_TIER.exec(text.slice(near, q.start));
  if (!tier) return null;
  const before = text.slice(Math.max(0, lineStart - NAMED_REACH), lineStart);
  if (HOURLY.test(tier[0]) || !namesTheStandard(text, before)) return null;
  // (二、小时最低工资标准 ⏎ 一类地区:17元: tiers under the hourly standard are its own; so is a figure per hour. The
  // hourly figure in brackets after a tier's monthly one, (小时最低工资:17元), heads nothing.)
  const named = before.replace(IN_BRACKETS, '');
  if (PER_HOUR_AFTER.test(text.slice(q.end, q.end + 4)) || [...named.matchAll(STANDARDS_NAMED)].pop()?.[1] !== undefined) return null;
  // The record quotes from the verb: the areas before it are the places the figure is shared by (region.ts).
  const areasEnd = (lineTier ? lineStart : near) + tier.index + tier[0].indexOf(tier[1]!) + tier[1]!.length;
  return { indicator: 'minimum_wage', label: '最低工资标准', unit: '元', quantity: q, start: areasEnd, end: q.end, gapStart: areasEnd };
};
