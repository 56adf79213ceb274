/**
 * The times a 分别 series of figures runs over, the k-th figure the k-th time's: a list of months (7、8、9三个月，全国城镇
 * 调查失业率分别为5.1%、5.1%和4.9%; 1月、2月、3月分别为…), or of years and parts of years (lastTimeList, below).
 */
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const MONTH_LIST = new RegExp(`(${MONTH})月?(?:份)?((?:[、，,和及与]${MONTH}月?(?:份)?)+)(?:[一二三四五六七八九十]{1,2}个月|月份?)?`, 'g');
const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

function monthNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : CHINESE.indexOf(s);
}

/** The months of the last month list in `text` (before a 分别 series), or null. */
export function lastMonthList(text: string): number[] | null {
  let last: number[] | null = null;
  MONTH_LIST.lastIndex = 0;
  for (let m = MONTH_LIST.exec(text); m !== null; m = MONTH_LIST.exec(text)) {
    // A bare list of small numbers is a month list only when 月 is written somewhere in it.
    if (!m[0].includes('月')) continue;
    const rest = m[2]!.split(/[、，,和及与]/).filter(Boolean).map((s) => monthNumber(s.replace(/月份?$/, '')));
    const months = [monthNumber(m[1]!), ...rest];
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

const QUARTER: Record<string, string> = { 一: 'Q1', 二: 'Q2', 三: 'Q3', 四: 'Q4', 1: 'Q1', 2: 'Q2', 3: 'Q3', 4: 'Q4' };
const SO_FAR_OF_MONTHS: Record<number, string> = { 3: 'Q1', 6: 'H1', 9: 'Q1-Q3', 12: '' };

function partOf(part: string): string | null {
  const quarter = /^第?([一二三四1-4])季度$/.exec(part);
  if (quarter) return QUARTER[quarter[1]!]!;
  if (part === '上半年') return 'H1';
  if (part === '下半年') return 'H2';
  if (part === '前三季度' || part === '前3季度') return 'Q1-Q3';
  if (part === '全年' || part === '末' || part === '底') return '';
  const upTo = /[-—－~～至到]\s*(1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])月/.exec(part);
  if (upTo) {
    const to = monthNumber(upTo[1]!);
    return SO_FAR_OF_MONTHS[to] ?? `-${String(to).padStart(2, '0')}`;
  }
  const month = /^(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月/.exec(part);
  if (month) {
    const n = monthNumber(month[1]!.replace(/^0/, ''));
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
    for (const written of m[0].split(/[、，,和及与]|以及/)) {
      ONE_ITEM.lastIndex = 0;
      const item = ONE_ITEM.exec(written);
      if (!item || item[0] !== written) break;
      if (item[1]) year = Number(item[1].slice(0, 4));
      const part = item[2] ? partOf(item[2]) : '';
      if (part === null) break;
      items.push({ year, part });
    }
    const split = m[0].split(/[、，,和及与]|以及/).length;
    if (items.length !== split) continue;
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
