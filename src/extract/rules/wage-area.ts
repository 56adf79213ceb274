/**
 * A minimum wage given by area after the monthly standard is named: 深圳市调整为2200元/月，广州市调整为2100元/月;
 * 铜陵市区调整为680元; 二类标准调整为1720元/月 under a notice of the standards. Each area's figure set anew is its monthly
 * standard — where the monthly standard is named within the 300 characters before the areas (the sentence, or the ones just
 * before it), and the hourly one (小时最低工资标准) does not stand between unless the figure is marked by the month.
 */
import type { Rule } from './candidate';
import { findPlaces } from '../context/gazetteer';
import { lastStandardEnd, PER_HOUR_AFTER } from './wage-tier';

/** An area, or a list of them joined by 、和及 (淮北、淮南、芜湖、铜陵市区). */
const AREA_LIST = '(?:[\\u4e00-\\u9fff]{2,12}?[、和及])*[\\u4e00-\\u9fff]{2,12}?(?:市区|市|县|区|风景区|新区|旗)';
const CLAUSE_OPEN = '(?:^|[，,；;：:])\\s*';
/** The areas opening their clause, then the verb that sets their standard: 深圳市调整为, 淮北、淮南、芜湖、铜陵市区调整为. */
// (二类标准调整为: a class of areas by its standard's name.)
const AREA_SET = new RegExp(`${CLAUSE_OPEN}(${AREA_LIST}|[一二三四五六七八]类标准)(?:月最低工资标准)?(?:调整为|调整到|提高到|提高至|上调为|上调至|上调到)\\s*$`);
/** …or the areas alone before the figure, in a list the standard's 调整为： announces (调整为:市区、九华山风景区630元,青阳县…530元). */
// (分别为:蒲江、金堂、崇州、大邑、邛崃每月270元;…新津每月310元: places the gazetteer knows, written short, and the figure by the
// month.)
const AREA_BARE = new RegExp(`${CLAUSE_OPEN}(${AREA_LIST}|(?:[\\u4e00-\\u9fff]{2,12}?[、和及])*[\\u4e00-\\u9fff]{2,12}?)(?:每人)?(?:每个?月)?\\s*$`);
const LIST_ANNOUNCED = /(?:调整为|调整到|提高到|确定为|为)\s*[：:]/;
const AREA_KIND = /(?:区|县|市|旗)$/;
/** How far before its figure the area list may start. */
const LEAD_REACH = 60;
/** How far back the monthly standard may be named: its sentence, or the sentences just before it. */
const STANDARD_REACH = 300;
const HOURLY = /小时/;
const PER_MONTH_AFTER = /^\s*(?:[/／]\s*月|每月)/;

export const wageArea: Rule = ({ text, sentence, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '元' || PER_HOUR_AFTER.test(text.slice(q.end, q.end + 4))) return null;
  const lead = text.slice(Math.max(sentence.start, q.start - LEAD_REACH), q.start);
  const withVerb = AREA_SET.exec(lead);
  const set = withVerb ?? AREA_BARE.exec(lead);
  if (!set) return null;
  const bare = withVerb === null;
  const areas = set[1]!;
  // (市区、九华山风景区: a city's own districts and scenic area, which no gazetteer names, are areas too; so is, in a list the
  // standard announces, a list of names or a name of an area's kind — 蒲江、金堂、崇州, 五城区及高新区.)
  const named = /(?:类标准|市区|风景区)$/.test(areas) || (bare && (areas.includes('、') || AREA_KIND.test(areas)));
  if (!named && findPlaces(areas).length === 0) return null;
  const start = q.start - lead.length + set.index + set[0].indexOf(areas);
  // The monthly standard named before the areas, with no hourly standard after it (本次调整仍保持四类标准。其中…: the
  // paragraph before may name it).
  const before = text.slice(Math.max(0, start - STANDARD_REACH), start);
  const standardEnd = lastStandardEnd(before);
  if (standardEnd < 0) return null;
  if (bare && !LIST_ANNOUNCED.test(before.slice(standardEnd))) return null;
  // (…对应的非全日制职工小时最低工资标准为20.3元/小时；二类标准调整为1720元/月: the hourly standard between names the
  // next figure only when no 月 marks it.)
  if (HOURLY.test(before.slice(standardEnd)) && !PER_MONTH_AFTER.test(text.slice(q.end, q.end + 4))) return null;
  return { indicator: 'minimum_wage', label: areas, unit: '元', quantity: q, start, end: q.end, gapStart: start + areas.length };
};
