// What may follow a number, as data. Units are matched longest-first (人次 before 人, 个百分点 before 个).
// Durations (天, 小时, 个月) are units, so 24小时 is a quantity; whether it is an indicator is the rules' call.
// 年/月/日/号 are not units: that is what keeps dates (2022年, 6月30日) out.
import type { Comparator } from '../types';
import { prefixTable, type Entry } from './prefix-table';

export interface UnitDef extends Entry {
  /** Normalised unit. */
  unit: string;
  percent?: boolean;
  /** A power of ten the unit scales its number by into the normalised unit (七成 → 70%). */
  exp?: number;
}

const same = (...raws: string[]): UnitDef[] => raws.map((raw) => ({ raw, unit: raw }));

export const UNITS: readonly UnitDef[] = [
  { raw: '%', unit: '%', percent: true },
  { raw: '％', unit: '%', percent: true },
  // (结案率达100﹪: the small form of the sign, as some sites set it.)
  { raw: '﹪', unit: '%', percent: true },
  { raw: '个百分点', unit: '百分点' },
  { raw: '百分点', unit: '百分点' },
  { raw: '名', unit: '人' },
  // (培训职工2400多人(次): person-times, their 次 set in brackets.)
  { raw: '人(次)', unit: '人次' },
  { raw: '人（次）', unit: '人次' },
  { raw: '人民币', unit: '元' },
  { raw: '周岁', unit: '岁' },
  { raw: '个月', unit: '月' },
  ...same('人次', '人', '户', '个', '张', '件', '起', '场', '份', '笔', '条', '家', '次', '批', '元', '美元', '‰'),
  ...same('所', '项', '期', '亩', '套', '座', '岗', '天', '小时', '分钟', '周年', '岁', '倍', '位', '例', '宗'),
  // 近七成, 逾6成: tenths, a percentage as Chinese writes it (Recognizers-Text's Chinese percentage spec reads 成 so).
  { raw: '成', unit: '%', percent: true, exp: 1 },
  ...same('处', '支', '台', '辆', '吨', '公斤', '千克', '斤', '公里', '千米', '米', '平方米', '平方公里', '公顷'),
  ...same('千瓦', '千瓦时', '千伏', '立方米', '栋', '间', '本', '篇', '门', '种', '类', '轮', '班', '单', '块'),
];

/**
 * Words that start with a unit character but are not that unit: the number before them is a masked name or
 * stands alone (*人社手机APP, 十一期间, **项目).
 */
export const UNIT_BLOCKERS: readonly Entry[] = [
  '人社', '人民', '人大', '期间', '名单', '名称', '户籍', '条件', '家庭', '场所', '项目', '所有', '所属', '所在',
  '起草', '座谈', '批准', '天然', '门户', '类型', '种类', '本地', '本级', '单位', '次要', '支持', '支付', '处理',
  '条例', '班子', '家属', '户口', '名额', '场地', '成为', '成立', '成功', '成果', '成本', '成效', '成员', '成绩', '成长',
  '成熟', '成都', '成不变',
].map((raw) => ({ raw }));

export interface MultiplierDef extends Entry {
  /** Power of ten. */
  exp: number;
}

export const MULTIPLIERS: readonly MultiplierDef[] = [
  { raw: '万亿', exp: 12 },
  { raw: '千亿', exp: 11 },
  { raw: '百亿', exp: 10 },
  { raw: '千万', exp: 7 },
  { raw: '百万', exp: 6 },
  { raw: '亿', exp: 8 },
  { raw: '万', exp: 4 },
  { raw: '千', exp: 3 },
];

/** The power of ten a multiplier written alone stands for (万 → 4, 亿 → 8); 0 for none or an unknown one. */
export function multiplierExponent(raw: string | undefined): number {
  return raw ? (MULTIPLIERS.find((m) => m.raw === raw)?.exp ?? 0) : 0;
}

export interface ComparatorWord extends Entry {
  comparator: Comparator;
}

/** Comparator words written directly after a quantity, inside its span. */
export const SUFFIX_COMPARATORS: readonly ComparatorWord[] = [
  { raw: '以上', comparator: '>=' },
  { raw: '以下', comparator: '<=' },
  { raw: '以内', comparator: '<=' },
  { raw: '之内', comparator: '<=' },
  // 控制在年度目标3%范围以内
  { raw: '范围以内', comparator: '<=' },
  { raw: '范围之内', comparator: '<=' },
  // 城镇登记失业率控制在2.56%内
  { raw: '内', comparator: '<=' },
  { raw: '左右', comparator: '~' },
  { raw: '上下', comparator: '~' },
  // 5.3%以 下: text from a PDF sets a space inside the word.
  { raw: '以 上', comparator: '>=' },
  { raw: '以 下', comparator: '<=' },
  { raw: '以 内', comparator: '<=' },
];

/** 余/多 after the number or its multiplier: "more than". */
export const APPROX_MARKS: readonly Entry[] = [{ raw: '余' }, { raw: '多' }];
/** Words starting with 余/多 that are not the approximation mark (100万余额). */
export const APPROX_BLOCKERS: readonly Entry[] = [{ raw: '余额' }, { raw: '余下' }];

export interface RangeConnector extends Entry {
  /** Hyphen-like: also joins dates and phone numbers, so it needs extra care. */
  hyphen: boolean;
}

export const RANGE_CONNECTORS: readonly RangeConnector[] = [
  ...['至', '到', '～', '~', '〜'].map((raw) => ({ raw, hyphen: false })),
  ...['-', '－', '—', '——', '–', '‒', '―', '‐'].map((raw) => ({ raw, hyphen: true })),
];

export const unitTable = prefixTable(UNITS);
export const unitBlockerTable = prefixTable(UNIT_BLOCKERS);
export const multiplierTable = prefixTable(MULTIPLIERS);
export const suffixTable = prefixTable(SUFFIX_COMPARATORS);
export const approxTable = prefixTable(APPROX_MARKS);
export const approxBlockerTable = prefixTable(APPROX_BLOCKERS);
export const rangeConnectorTable = prefixTable(RANGE_CONNECTORS);
