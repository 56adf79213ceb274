/**
 * Number scanner: `scanQuantities(text)` finds every figure (40万人以上, ４．６％, 300余万元, 一千一百七十九万,
 * 百分之五点五, ****人, 4至5万人, 5%—6%) with exact values and UTF-16 offsets into `text`.
 *
 * Choices worth knowing when writing rules:
 * - A quantity needs a unit, a multiplier (万/亿/千万 …) or a percent; bare numbers (years, dates, hotlines,
 *   "1+6+N") and anything after 第 are never emitted. A Chinese numeral also needs a power (十/百/千/万/亿), a
 *   decimal part or 百分之, so 一个, 两人, 一是 are not quantities.
 * - Durations are units: 24小时 is a quantity with unit 小时.
 * - A digit run longer than MAX_DIGITS (30) emits nothing.
 * - `comparator` only reflects what is attached to the number (余/多, 以上/以内/左右 …, ranges); null otherwise.
 */
export { scanQuantities, MAX_DIGITS } from './scan';
export type { Quantity } from './types';
