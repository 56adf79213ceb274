/**
 * A minimum wage given by tier: 月最低工资标准分为三档：第一档2100元，第二档1950元，第三档1800元; 最低工资标准：一类地区每月
 * 2080元，二类地区1850元. Each tier's figure is the monthly standard of its areas — where the standard is named earlier in
 * the sentence and nothing but tiers and their figures stands between (小时最低工资标准 is another measure).
 */
import type { Rule } from './candidate';
import { headlineText } from '../text/headline';
import { lastMatchEnd } from '../text/last-match';
import { monthlyHeadingAbove } from './wage-heading-item';
import { lineStartNear } from '../text/paragraph';

/** What stands between a tier's name and its figure: by the month, then the verb or colon that sets it. */
// (二类地区由每月620元增加到700元: by the month after the verb.)
// (一类区,每月1030元: a comma between the tier and its figure by the month.)
const TIER_TAIL = '\\s*(?:[，,]\\s*(?=每))?(?:每个?月|月)?(?:调整为|调整到|提高到|提高至|为|是|由|从|：|:)?\\s*(?:每个?月)?\\s*$';
/** A tier, then what may stand before its figure: 第二档, 二类地区每月, 三类区域由, 第一档次为. */
// (二类标准调整为1900元/月: the tier's standard, set anew.)
// (一类地区(市区)从1320元/月上调为1480元/月: the tier's areas in brackets, then the standard it rose from.)
// (二类区为2050元, 一类区每个月1600元: the tier's areas called 区, its figure by the month written 每个月.)
const TIER = new RegExp(`(?:第?[一二三四五六七八1-8]|[一二三四五六七八1-8])(?:档次?|类(?:地区|区域|地方|区)?|级(?:地区|区域)?)(?:地区|区域)?(?:[(（][^()（）\\d]{1,16}[)）])?(?:标准)?${TIER_TAIL}`);
/** The tail alone, cut off a tier's words to leave its label. */
const TIER_TAIL_END = new RegExp(TIER_TAIL);
/** A page headed by the minimum wage, and a figure by the month (1900元/月): the tier's standard needs no naming. */
const WAGE_HEADLINE = /最低工资/;
export const PER_MONTH_AFTER = /^\s*[/／]\s*月/;
/** The month written right before a figure (每月, 每人每月, 每个月). */
export const PER_MONTH_BEFORE = /(?:每人)?每个?月\s*$/;
/** The standard named, not the hourly one. */
export const STANDARD = /(?<!小时)(?:月最低工资标准|最低月工资标准|最低工资标准)/g;
/** Where the last monthly standard named in `text` ends, or -1. */
export const lastStandardEnd = (text: string): number => lastMatchEnd(STANDARD, text);
/** How far back in the sentence the standard may be named. */
// (Four tiers, each with its hourly standard in brackets, run past 80 characters.)
const STANDARD_REACH = 120;
/** Between the standard and a tier: tiers, their figures and what joins them — no sentence break, no hourly standard. */
// (一类地区 2490元；二类地区 2260元: a notice's tiers may stand apart by semicolons.)
const TIERS_BETWEEN = /^[^。！？]*$/;

export const BRACKETED_ASIDE = /[(（][^()（）]*[)）]/g;

/** How far back a tier's line is looked for its start: a longer line is read from there. */
const LINE_REACH = 1000;
/** How far before its figure a tier may start (二类地区(丹阳、扬中、句容)从). */
const LEAD_REACH = 24;
/** …从2013年7月1日起调整全市最低工资标准。一类地区(市区)从1320元/月…: the monthly standard named by the sentence just before. */
const PREVIOUS_SENTENCE_REACH = 40;
function standardJustBefore(text: string, sentenceStart: number): boolean {
  const before = text.slice(Math.max(0, sentenceStart - PREVIOUS_SENTENCE_REACH), sentenceStart);
  // (…调整后全省最低工资标准，月最低工资标准， ⏎ 一类区，每月1030元: or the line before, ending on it and a comma.)
  return /(?<!小时)最低工资标准(?:[。：:]|[，,](?=\s*\n))\s*$/.test(before);
}

/** A tier's name alone (第一档, 二类地区), as a line or a table's row opens on it. */
export const TIER_WORD = '第?[一二三四五六七八1-8](?:档次?|类(?:地区|区域|区)?)';
/**
 * 一、月最低工资标准 ⏎ 第一档：2200元/月； ⏎ 第二档：2000元/月；: tiers on lines of their own under a heading naming the
 * monthly standard — up past the tier lines before, to it.
 */
const TIER_LINE_START = new RegExp(`^\\s*${TIER_WORD}`);
const TIER_LINES_REACH = 8;
export const PER_HOUR_AFTER = /^\s*[/／]\s*小时/;

export const wageTier: Rule = ({ text, sentence, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '元') return null;
  const lead = text.slice(Math.max(sentence.start, q.start - LEAD_REACH), q.start);
  const tier = TIER.exec(lead);
  if (!tier) return null;
  // The tier opens its clause (…，第二档1950元), or the sentence.
  const start = q.start - lead.length + tier.index;
  if (start > sentence.start && !/[，,、：:；;\s]/.test(text[start - 1]!)) return null;
  // (一、月最低工资标准：一类地区 2490元；二类地区 2260元: a sentence cut at ； still belongs to its line's standard.)
  const lineStart = lineStartNear(text, start, LINE_REACH);
  const scopeStart = /[；;]\s*$/.test(text.slice(Math.max(0, sentence.start - 2), sentence.start)) ? Math.max(lineStart, q.start - STANDARD_REACH) : sentence.start;
  const before = text.slice(Math.max(scopeStart, q.start - STANDARD_REACH), start);
  const standardEnd = lastStandardEnd(before);
  if (standardEnd >= 0) {
    const between = before.slice(standardEnd);
    // (一类地区1620元/月(小时最低工资:17元);二类地区1570元/月: a tier's hourly standard in brackets after its monthly one
    // is an aside, and the tiers go on.)
    if (!TIERS_BETWEEN.test(between) || between.replace(BRACKETED_ASIDE, '').includes('小时')) return null;
  } else {
    const after = text.slice(q.end, q.end + 4);
    const byMonth = PER_MONTH_AFTER.test(after) || PER_MONTH_BEFORE.test(lead);
    const namedByPage = byMonth && ((/标准/.test(tier[0]) && WAGE_HEADLINE.test(headlineText(text) ?? '')) || standardJustBefore(text, sentence.start));
    const underHeading = !PER_HOUR_AFTER.test(after) && monthlyHeadingAbove(text, lineStart, TIER_LINE_START, TIER_LINES_REACH) !== null;
    if (!namedByPage && !underHeading) return null;
  }
  const label = lead.slice(tier.index).replace(TIER_TAIL_END, '');
  return { indicator: 'minimum_wage', label, unit: '元', quantity: q, start, end: q.end, gapStart: start + label.length };
};
