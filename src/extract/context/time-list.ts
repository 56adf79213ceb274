/**
 * The times a 分别 series of figures runs over, the k-th figure the k-th time's: a list of months (7、8、9三个月，全国城镇
 * 调查失业率分别为5.1%、5.1%和4.9%; 1月、2月、3月分别为…), or of years and parts of years (lastTimeList, below).
 */
import { monthsToDate, QUARTERS, smallCount } from './time';

const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const MONTH_LIST = new RegExp(`(${MONTH})月?(?:份)?((?:[、，,和及与]${MONTH}月?(?:份)?)+)(?:[一二三四五六七八九十]{1,2}个月|月份?)?`, 'g');

/** The months of the last month list in `text` (before a 分别 series), or null. */
export function lastMonthList(text: string): number[] | null {
  let last: number[] | null = null;
  MONTH_LIST.lastIndex = 0;
  for (let m = MONTH_LIST.exec(text); m !== null; m = MONTH_LIST.exec(text)) {
    // A bare list of small numbers is a month list only when 月 is written somewhere in it.
    if (!m[0].includes('月')) continue;
    const rest = m[2]!.split(/[、，,和及与]/).filter(Boolean).map((s) => smallCount(s.replace(/月份?$/, '')));
    const months = [smallCount(m[1]!), ...rest];
    if (months.every((n) => n >= 1 && n <= 12)) last = months;
  }
  return last;
}

/**
 * A list of parts of years that a 分别 series runs over — 2024年一季度、二季度…分别为5.5%和5.2%; 上半年和前三季度…分别为3.1万人、
 * 4.5万人; 2022年和2023年分别为2.9万人和3.0万人. Each item a year, a part of one, or both; an item without its year takes
 * the year of the item before it (二季度 after 2024年一季度), the first one the page's.
 */
const YEAR = '(?:19|20)\\d\\d年度?';
const PART =
  '(?<=年)(?:末|底)|第?[一二三四1-4]季度|上半年|下半年|前三季度|前3季度|全年|(?:1|一)\\s*[-—－~～至到]\\s*(?:1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])月份?|(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:末|底)?';
const TIME_ITEM = `(?:${YEAR})?(?:${PART})|${YEAR}`;
const TIME_LIST = new RegExp(`(?:${TIME_ITEM})(?:(?:[、，,和及与]|以及)(?:${TIME_ITEM}))+`, 'g');
const ONE_ITEM = new RegExp(`(${YEAR})?(${PART})?`, 'y');

export interface ListedTime {
  year: number | null;
  /** The part of the year as a period's suffix: Q1, H1, Q1-Q3, -05, or '' for the whole year. */
  part: string;
}

function partOf(part: string): string | null {
  const quarter = /^第?([一二三四1-4])季度$/.exec(part);
  if (quarter) return QUARTERS[quarter[1]!]!;
  if (part === '上半年') return 'H1';
  if (part === '下半年') return 'H2';
  if (part === '前三季度' || part === '前3季度') return 'Q1-Q3';
  if (part === '全年' || part === '末' || part === '底') return '';
  const upTo = /[-—－~～至到]\s*(1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])月/.exec(part);
  if (upTo) return monthsToDate(smallCount(upTo[1]!));
  const month = /^(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月/.exec(part);
  if (month) {
    const n = smallCount(month[1]!.replace(/^0/, ''));
    return n >= 1 && n <= 12 ? `-${String(n).padStart(2, '0')}` : null;
  }
  return null;
}

/**
 * The items of the last list of years and parts of years in `text`, or null — only a list with at least one year or
 * part other than a bare month (lists of months alone are lastMonthList's).
 */
export function lastTimeList(text: string): ListedTime[] | null {
  let last: ListedTime[] | null = null;
  TIME_LIST.lastIndex = 0;
  for (let m = TIME_LIST.exec(text); m !== null; m = TIME_LIST.exec(text)) {
    const items: ListedTime[] = [];
    let year: number | null = null;
    const written = m[0].split(/[、，,和及与]|以及/);
    for (const one of written) {
      ONE_ITEM.lastIndex = 0;
      const item = ONE_ITEM.exec(one);
      if (!item || item[0] !== one) break;
      if (item[1]) year = Number(item[1].slice(0, 4));
      const part = item[2] ? partOf(item[2]) : '';
      if (part === null) break;
      items.push({ year, part });
    }
    if (items.length !== written.length) continue;
    if (items.every((t) => t.part.startsWith('-') && !/[-—－~～至到]/.test(m![0]))) continue;
    last = items;
  }
  return last;
}

/** A listed time as a period, the page's year standing in for a year the list leaves out. */
export function listedPeriod(t: ListedTime, docYear: number | null): string | null {
  const year = t.year ?? docYear;
  return year === null ? null : `${year}${t.part}`;
}
