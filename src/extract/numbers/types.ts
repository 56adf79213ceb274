/**
 * A number as written in the text, with its multiplier and unit folded in.
 * Produced by `scanQuantities` (numbers/scan.ts); consumed by the rules.
 */
export interface Quantity {
  /** Span of the whole quantity (number, multiplier, 余/多, unit, and a trailing comparator word when `suffix` is set). */
  start: number;
  end: number;
  /** Value in base units (40万人 → 400000, 4.5% → 4.5); null when masked. Range: the low end. */
  value: number | null;
  /** High end of a range (4万至5万人, 5%—6%), base units. */
  max?: number | null;
  /** Normalised unit: 人 (名 folded in), 人次, %, 元, 个, 张, 户, 件, 起, 场, 份, 笔, 条, 家, 次, 批, 亩, 所 … or '' when bare. */
  unit: string;
  /** The unit as written (名, 人, 万人, 亿元, ％). */
  rawUnit: string;
  masked: boolean;
  /** Comparator words attached to the number itself: 余/多 (>=), 以上/以内/以下/左右 suffixes, a range. */
  comparator: import('../types').Comparator | null;
  /** True when the number was written as a percentage (%, ％, 百分之…, 个百分点 is unit 百分点). */
  percent: boolean;
  /** The comparator word written after the quantity and included in the span (以上, 以内, 左右 …). */
  suffix?: string;
}
