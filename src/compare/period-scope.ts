/**
 * What a figure's period covers and whose figure it is. A record's `period` says which year or span; it does not say
 * whether 120万人 over 2021-2025 is the span's total, a yearly average or a target for the span, nor whether 2023-09 is
 * September or January to September — the figure's words and kind do. Pure: read from the record alone.
 */
import type { IndicatorRecord } from '../extract/types';

export type PeriodType =
  /** A calendar year: 2022. */
  | 'year'
  /** Part of a year: a month, a quarter, a half, 1-9月. */
  | 'part-year'
  /** A level or running total up to a date: 截至6月底, 年末. */
  | 'cumulative'
  /** A yearly average or a per-year level, over one year's months or several years: 年均, 平均每年, 每年保持在. */
  | 'annual-average'
  /** The sum over several years: 五年来累计, 2016-2020. */
  | 'multi-year'
  /** A target over a span of years: 十四五期间城镇新增就业550万人. */
  | 'plan-horizon'
  | 'unknown';

export type Scope = 'national' | 'province' | 'city' | 'county' | 'unknown';

export const PERIOD_TYPES: readonly PeriodType[] = ['year', 'part-year', 'cumulative', 'annual-average', 'multi-year', 'plan-horizon', 'unknown'];

const AVERAGE = /年均|平均每年|每年平均|年平均|每年|连续[一二三四五六七八九十\d]+年/;
/** Up to a date: 截至/截止/到…底, or a year-end level (年末, 年底, 末). */
const UP_TO = /截至|截止|到(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末)|(?:年|月|季)(?:末|底)/;
/** Several months of one year written out: 1-9月, 1至6月, 前三季度, 上半年. */
const MONTHS_SPAN = /\d{1,2}\s*[-－—~～至到]\s*\d{1,2}\s*月|前[一二三]季度|上半年|下半年|一季度|二季度|三季度|四季度/;

/** The figure's clause: from the last comma or stop before it to its end (年均 belongs to its own clause only). */
function clauseOf(sentence: string, figure: string): string {
  const at = sentence.indexOf(figure);
  if (at < 0) return figure;
  const before = sentence.slice(0, at);
  const from = Math.max(...['，', ',', '；', ';', '。', '、'].map((p) => before.lastIndexOf(p))) + 1;
  return sentence.slice(from, at + figure.length);
}

/**
 * `sentence`, when known (kept with a tab's figure, or the card's), is read too: 截至6月底 or 年均 often stand outside
 * the highlighted words — 截至 anywhere before the figure, 年均 only in its own clause (累计1.6万人，年均3200人).
 * A rate over a span of years is held each year (城镇登记失业率控制在4%以内, 2021-2025), never summed.
 */
export function periodTypeOf(record: Pick<IndicatorRecord, 'period' | 'kind' | 'text' | 'unit'>, sentence = ''): PeriodType {
  const { period, kind } = record;
  const at = sentence.indexOf(record.text);
  const lead = at < 0 ? record.text : sentence.slice(0, at + record.text.length);
  const text = at < 0 ? record.text : clauseOf(sentence, record.text);
  if (AVERAGE.test(text)) return 'annual-average';
  if (!period) return UP_TO.test(lead) ? 'cumulative' : 'unknown';
  if (/^\d{4}-\d{4}$/.test(period)) {
    if (kind === 'target') return 'plan-horizon';
    return record.unit === '%' || record.unit === '‰' ? 'annual-average' : 'multi-year';
  }
  if (UP_TO.test(lead)) return 'cumulative';
  if (/^\d{4}(?:H[12]|Q[1-4](?:-Q[1-4])?|-\d{2})$/.test(period) || MONTHS_SPAN.test(text)) return 'part-year';
  if (/^\d{4}$/.test(period)) return 'year';
  return 'unknown';
}

/** Province-level names: provinces by their short names, the autonomous regions, the four municipalities. */
export const PROVINCES: readonly string[] = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏',
  '新疆', '台湾', '香港', '澳门', '兵团', '新疆生产建设兵团',
];
const PROVINCE_NAME = new RegExp(`^(?:${PROVINCES.join('|')})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?$`);

/** The level of government a region name stands for, by its suffix: 全国, 陕西省, 西安市, 长安区. */
export function scopeOf(region: string | null): Scope {
  if (!region) return 'unknown';
  const r = region.trim();
  if (/^(?:全国|中国|我国|国家|全国各地)$/.test(r)) return 'national';
  if (PROVINCE_NAME.test(r) || /(?:省|自治区)$/.test(r) || /^(?:全|我|本)省$/.test(r)) return 'province';
  if (/地区$/.test(r)) return 'city';
  if (/(?:县|旗|区|县级市)$/.test(r) && !/^(?:全|我|本)区$/.test(r)) return 'county';
  if (/^(?:全|我|本)(?:县|旗|区)$/.test(r)) return 'county';
  if (/(?:市|州|盟|地区)$/.test(r)) return 'city';
  return 'unknown';
}
