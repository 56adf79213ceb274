/**
 * Time expressions → periods in the spec's notation: 2022, 2023H1, 2023Q1, 2023-05, 2021-2025.
 * Pure functions over a short piece of text and the document's year.
 */
import { FIVE_YEAR_NEXT, FIVE_YEAR_PAST } from '../lexicon/cues';
import { literalAlternation } from '../text/alternation';

const FIVE_YEAR_PLANS: Record<string, number> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };

const YEAR = '((?:19|20)\\d\\d)年(?:度)?';
const TIME_RE = new RegExp(
  [
    `(?<until>截至|截止|截止到|到)(?:${YEAR})?(?<month>1[0-2]|0?[1-9])月(?:份)?(?:底|末|上旬|中旬|下旬|\\d{1,2}日)?`,
    `${YEAR}(?<part>上半年|下半年|第?[一二三四1-4]季度|前三季度|1[-—至~]\\d{1,2}月)?`,
    `(?<half>上半年|下半年)`,
    `(?<quarter>第?[一二三四]季度|前三季度)`,
    `(?<plan>[“"]?(?:${Object.keys(FIVE_YEAR_PLANS).join('|')})[”"]?(?:时期|期间|以来)?)`,
    `(?<past5>${literalAlternation(FIVE_YEAR_PAST)})`,
    `(?<next5>${literalAlternation(FIVE_YEAR_NEXT)})`,
    `(?<lastYear>去年|上年|上一年)`,
    `(?<thisYear>今年|本年度|年内)`,
  ].join('|'),
  'g',
);

const QUARTERS: Record<string, string> = { 一: 'Q1', 二: 'Q2', 三: 'Q3', 四: 'Q4', '1': 'Q1', '2': 'Q2', '3': 'Q3', '4': 'Q4' };

function partSuffix(part: string | undefined): string {
  if (!part) return '';
  if (part === '上半年') return 'H1';
  if (part === '下半年') return 'H2';
  if (part === '前三季度') return 'Q1-Q3';
  const q = /([一二三四1-4])季度/.exec(part);
  if (q) return QUARTERS[q[1]!] ?? '';
  const months = /1[-—至~](\d{1,2})月/.exec(part);
  if (months) return `-${months[1]!.padStart(2, '0')}`;
  return '';
}

export interface TimeMention {
  start: number;
  end: number;
  period: string;
  /** The year the mention names explicitly, if any (for comparing with the document's year). */
  year: number | null;
  /** Past five-year span, next five-year span, or a single year/part (also a plan running through the year). */
  span: 'past' | 'next' | 'point';
}

/** All time expressions in `text`, resolved against the document's year (null when unknown). */
export function findTimes(text: string, docYear: number | null): TimeMention[] {
  const out: TimeMention[] = [];
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(text); m !== null; m = TIME_RE.exec(text)) {
    const g = m.groups ?? {};
    const at = { start: m.index, end: m.index + m[0].length };
    const year = m[1] ?? m[2];
    if (g.month) {
      const y = year ? Number(year) : docYear;
      if (y !== null && g.until !== '到') out.push({ ...at, period: `${y}-${g.month.padStart(2, '0')}`, year: y, span: 'point' });
    } else if (year) {
      // 到2030年 names a horizon, not the period of a figure in the same clause.
      if (text.slice(Math.max(0, m.index - 1), m.index) === '到') continue;
      out.push({ ...at, period: `${year}${partSuffix(g.part)}`, year: Number(year), span: 'point' });
    } else if (g.half || g.quarter) {
      if (docYear !== null) out.push({ ...at, period: `${docYear}${partSuffix(g.half ?? g.quarter)}`, year: null, span: 'point' });
    } else if (g.plan) {
      const name = /十[一二三四五]五/.exec(g.plan)![0];
      const first = FIVE_YEAR_PLANS[name]!;
      // A plan that contains the document's year (今年是“十二五”收官之年) is neither behind nor ahead of it.
      const span = docYear === null || first >= docYear ? 'next' : first + 4 < docYear ? 'past' : 'point';
      out.push({ ...at, period: `${first}-${first + 4}`, year: null, span });
    } else if (g.past5) {
      if (docYear !== null) out.push({ ...at, period: `${docYear - 5}-${docYear - 1}`, year: null, span: 'past' });
    } else if (g.next5) {
      if (docYear !== null) out.push({ ...at, period: `${docYear}-${docYear + 4}`, year: null, span: 'next' });
    } else if (g.lastYear) {
      if (docYear !== null) out.push({ ...at, period: String(docYear - 1), year: docYear - 1, span: 'point' });
    } else if (g.thisYear) {
      if (docYear !== null) out.push({ ...at, period: String(docYear), year: docYear, span: 'point' });
    }
  }
  return out;
}

const DATELINE_RE =
  /(?:^|\n)\s*(?:date|时间|发布时间|日期|发布日期|来源[^\n]{0,20}时间)\s*[:：]\s*((?:19|20)\d\d)[-/年.]/i;
const ANY_YEAR_RE = /((?:19|20)\d\d)年/g;

/**
 * The year a document is about: its title's year, else its dateline's, else the latest year the text names
 * (ignoring horizons such as 到2035年 and 2035年远景目标).
 */
export function documentYear(text: string, title: string | undefined): number | null {
  const fromTitle = title ? /((?:19|20)\d\d)年/.exec(title) : null;
  if (fromTitle) return Number(fromTitle[1]);
  const head = text.slice(0, 4000);
  const firstLineYear = /^[^\n]{0,60}?((?:19|20)\d\d)年/.exec(head.trimStart());
  if (firstLineYear) return Number(firstLineYear[1]);
  const dateline = DATELINE_RE.exec(text);
  if (dateline) return Number(dateline[1]);
  let best: number | null = null;
  ANY_YEAR_RE.lastIndex = 0;
  for (let m = ANY_YEAR_RE.exec(text); m !== null; m = ANY_YEAR_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const after = text.slice(m.index + 5, m.index + 9);
    if (/[到至]$|—$|-$|~$/.test(before) || /^远景|^前|^左右/.test(after)) continue;
    const y = Number(m[1]);
    if (best === null || y > best) best = y;
  }
  return best;
}
