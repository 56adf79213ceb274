/**
 * A notice's minimum wages as numbered items under a heading that names the monthly standard:
 *   一、月最低工资标准
 *   1、古塔区、凌河区、太和区、锦州经济技术开发区、松山新区由750元调整为900元;
 *   2、凌海市、北镇市、黑山县、义县由650元调整为780元。
 * Each item's first figure is the standard of its areas (the figure it is raised to follows as a change's level). Items
 * under 小时最低工资标准 are the hourly standard, another measure, and are left to it.
 */
import type { Rule } from './candidate';
import { lineStartNear, lineStartWithin } from '../text/paragraph';

/** A numbered item: 1、 1. (1) （一） ①. */
const ITEM = /^\s*(?:\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])/;
/** A heading line naming the monthly standard, and nothing of its figures (一、月最低工资标准, （一）最低月工资标准：). */
// (此次调整后全省最低工资标准，月最低工资标准，: a line that ends on naming the monthly standard, the tiers on the lines below.)
const MONTHLY_HEADING = /^\s*(?:[一二三四五六七八九十]{1,2}[、.．]|[(（][一二三四五六七八九十]{1,2}[)）])?\s*(?:[^。！？\n]{0,30}[，,]\s*)?(?:月最低工资标准|最低月工资标准|(?<!小时)最低工资标准)[：:。，,]?\s*$/;
/** From the item's number to its figure: areas and 由/从/为 — no other figure, no clause of other words. */
export const VERBS = '(?:由|从|为|调整为|调整到|提高到|提高至)';
// (（一）中山区、西岗区…长海县由每人每月400元调整为450元: the verb, then the figure by the head and the month.)
const PER_MONTH = '(?:每人)?(?:每个?月)?';
const AREAS_THEN_FIGURE = new RegExp(`^[^\\d，,。；;：:]{2,80}?${VERBS}${PER_MONTH}$`);
const VERB_BEFORE = new RegExp(`${VERBS}${PER_MONTH}$`);
/** How many items a heading may stand above. */
const ITEMS_REACH = 8;
/** How far back an item's or a heading's line is looked for its start. */
const LINE_REACH = 1000;

export const wageHeadingItem: Rule = ({ text, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '元') return null;
  const lineStart = lineStartNear(text, q.start, LINE_REACH);
  const item = ITEM.exec(text.slice(lineStart, q.start));
  if (!item) return null;
  const itemStart = lineStart + item[0].length;
  if (!AREAS_THEN_FIGURE.test(text.slice(itemStart, q.start))) return null;
  const heading = monthlyHeadingAbove(text, lineStart, ITEM, ITEMS_REACH);
  if (heading === null) return null;
  // The record quotes from the verb: the areas before it are the places the figure is shared by (region.ts).
  const verb = q.start - VERB_BEFORE.exec(text.slice(itemStart, q.start))![0].length;
  return { indicator: 'minimum_wage', label: heading.replace(/^[^最月]*|[：:。\s]+$/g, ''), unit: '元', quantity: q, start: verb, end: q.end, gapStart: verb };
};

/**
 * The heading naming the monthly standard above the line at `lineStart`, up past at most `reach` lines before it that are
 * items of the same list (`item`); null when another line stands between.
 */
export function monthlyHeadingAbove(text: string, lineStart: number, item: RegExp, reach: number): string | null {
  let end = lineStart - 1;
  for (let n = 0; n <= reach && end > 0; n++) {
    // (A line longer than that is neither a heading nor an item.)
    const start = lineStartWithin(text, end, LINE_REACH);
    if (start < 0) return null;
    const line = text.slice(start, end);
    if (MONTHLY_HEADING.test(line)) return line;
    if (!item.test(line)) return null;
    end = start - 1;
  }
  return null;
}
