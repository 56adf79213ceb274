/**
 * A list of months that a 分别 series of figures runs over: 7、8、9三个月，全国城镇调查失业率分别为5.1%、5.1%和4.9%;
 * 1月、2月、3月分别为…. The k-th figure belongs to the k-th month.
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
