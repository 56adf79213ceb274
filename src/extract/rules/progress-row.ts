/**
 * A progress table flattened one row per line, under a heading that names its columns (目标任务 … 实际完成 … 完成率):
 *
 *   序号 项目名称 责任单位 目标任务 1-8月实际完成情况 1-8月实际完成率% 备注
 *   2 新增城镇就业   人社局 8950 7356 82%
 *
 * A row's last three figures, blank-separated, are the year's task, what was done and the share done, of the measure
 * its row names before them. Figures in bare cells take the measure's unit, scaled by the table's: a 单位 cell of the
 * row (城镇新增就业 万人 110 98.5 89.5%) or a 单位：万人 line above the rows.
 */
import type { Rule } from './candidate';
import { unitFor } from './candidate';
import type { Quantity } from '../numbers/types';
import type { Comparator, Kind } from '../types';
import { scaleDecimal } from '../numbers/decimal';
import { multiplierExponent } from '../numbers/units';

/** Between a row's cells: blanks, or a bar where the table was copied with its cells between bars (| 3000 | 1850 |). */
const CELL_GAP = /^[ \t\u3000|]+$/;
/**
 * A heading that names a task column, then a done column, then a share column — the share's cell perhaps wrapped onto
 * the next line where the heading was copied with its cells between bars (… | 1-8月实际完成情况 |⏎任务完成率 | 备注 |).
 */
const HEADING = /(?:目标任务|年度目标|目标|任务数|计划)[^\n]{0,40}?(?:实际)?完成[^\n]{0,30}?(?:\|[ \t]*\n[^\n]{0,30}?)??(?:完成率|完成比例|完成进度|%|％)/;
/** A heading that names the share column in words: a row's bare last cell is then the share. */
const SHARE_COLUMN = /完成率|完成比例|完成进度/;
/** A bare share above this is no share (a count, a year). */
const BARE_SHARE_MAX = 1000;
/** How far above a row its heading may stand. */
const HEADING_REACH = 3_000;
const KINDS: readonly Kind[] = ['target', 'actual', 'progress'];
/** A row's last three cells: a task and a done figure (bare or with a unit), then a share. */
// (Indices kept: a cell is placed by where its own group matched, never by searching the line for its digits, which
// finds the task's where the two cells read alike — 6300 6300 100%.)
const ROW_END = /[ \t\u3000|]((\d+(?:\.\d+)?)(万)?(?:人次|人|个|户|元|张)?)[ \t\u3000|]+((\d+(?:\.\d+)?)(万)?(?:人次|人|个|户|元|张)?)[ \t\u3000|]+(\d+(?:\.\d+)?)([%％])?[ \t\u3000|]*$/d;

/**
 * A row ending in two bare figures, its share cell empty or a dash: a rate's row (城镇登记失业率 4.5 3.2; 城镇调查失业率 %
 * 5.5以内 5.1 —, the ceiling written with its word).
 */
const RATE_ROW_END = /[ \t\u3000|](\d{1,2}(?:\.\d+)?)(以内|以下|左右)?[ \t\u3000|]+(\d{1,2}(?:\.\d+)?)(?:[ \t\u3000|]+(?:—{1,2}|－|-|\/|／|无))?[ \t\u3000|]*$/d;
/** What may follow a rate row's level: blanks, a dash or 无 in the share cell, the line's end. */
const RATE_ROW_REST = /^(?:[ \t\u3000|]+(?:—{1,2}|－|-|\/|／|无))?[ \t\u3000|]*(?:\n|$)/;
const CEILING_WORD: Readonly<Record<string, Comparator>> = { 以内: '<=', 以下: '<=', 左右: '~' };
/** 单位：万人, （单位：万元） or 单位：万人、% on its own line above a table: the unit of its bare counts. */
const TABLE_UNIT = /单位\s*[：:]\s*(万|亿)?(?:人次|人|元|个|户|张)(?:[、，,/／]\s*[^\n、，,/／]{1,6}){0,3}[)）]?\s*$/;
/** A row's own unit cell before its figures (城镇新增就业 万人 110 …). */
const ROW_UNIT = /[ \t\u3000|](万|亿)?(?:人次|人|元|个|户|张)[ \t\u3000|]*$/;
/** How many lines above the heading a 单位 line may stand. */
const UNIT_LINES = 3;

/** The multiplier the heading's 单位 line names, if one stands just above it or on it. */
function tableUnit(text: string, headingAt: number): string | undefined {
  let end = text.indexOf('\n', headingAt);
  if (end < 0) end = text.length;
  let start = text.lastIndexOf('\n', headingAt - 1) + 1;
  for (let k = 0; k <= UNIT_LINES; k++) {
    const m = TABLE_UNIT.exec(text.slice(start, end));
    if (m) return m[1] ?? '';
    if (start === 0) break;
    end = start - 1;
    start = text.lastIndexOf('\n', end - 1) + 1;
  }
  return undefined;
}

/** A bare cell's figure, as a quantity without a unit. */
function bareCell(start: number, digits: string, value = Number(digits)): Quantity {
  return { start, end: start + digits.length, value, unit: '', rawUnit: '', masked: false, comparator: null, percent: false };
}

/**
 * The bare figures of such rows (8950 7356 82%), which the scanner leaves alone — a bare number is no quantity in
 * running text — as quantities without a unit, for the rule below to measure.
 */
export function progressRowCells(text: string): Quantity[] {
  const out: Quantity[] = [];
  const heading = HEADING.exec(text);
  if (!heading) return out;
  const headingUnit = tableUnit(text, heading.index);
  let at = text.indexOf('\n', heading.index);
  while (at >= 0 && at < text.length) {
    const next = text.indexOf('\n', at + 1);
    const end = next < 0 ? text.length : next;
    const line = text.slice(at + 1, end);
    let m = ROW_END.exec(line);
    // (城镇新增就业 3000 1850 61.7 under 完成率, its % on the 单位 line or the heading: the share, written bare.)
    const bareShare = m !== null && !m[8] && SHARE_COLUMN.test(heading[0]) && Number(m[7]) <= BARE_SHARE_MAX;
    if (m && !m[8] && !bareShare) m = null;
    // 城镇登记失业率 4.5 3.2 (its share left blank): a rate's ceiling and its level, percentages both.
    const pair = m ? null : RATE_ROW_END.exec(line);
    // (Only after a rate's name: bare numbers elsewhere stay no quantities.)
    if (pair && /率/.test(line.slice(0, pair.index))) {
      out.push({ ...bareCell(at + 1 + pair.indices![1]![0], pair[1]!), comparator: pair[2] ? CEILING_WORD[pair[2]]! : null });
      out.push(bareCell(at + 1 + pair.indices![3]![0], pair[3]!));
    }
    if (m) {
      if (bareShare) out.push({ ...bareCell(at + 1 + m.indices![7]![0], m[7]!), unit: '%', rawUnit: '%', percent: true });
      const rowUnit = ROW_UNIT.exec(line.slice(0, m.indices![1]![0]));
      const exp = multiplierExponent(rowUnit ? rowUnit[1] : headingUnit);
      // A bare cell only: one with a unit or 万 is a quantity the scanner reads itself.
      for (const cell of [1, 4]) {
        if (m[cell] !== m[cell + 1] || m[cell + 2]) continue;
        const [int, frac = ''] = m[cell]!.split('.');
        out.push(bareCell(at + 1 + m.indices![cell]![0], m[cell]!, exp ? scaleDecimal(int!, frac, exp) : undefined));
      }
    }
    if (next < 0) break;
    at = next;
  }
  return out;
}

export const progressRow: Rule = ({ text, quantities, index, matcher }) => {
  const q = quantities[index]!;
  // The row's last three figures, with blanks only between them and after them. Only neighbouring figures are looked
  // at, never the whole line: a line of a hundred thousand figures costs no more per figure than a row does.
  let after = 0;
  while (after < 3 && index + after + 1 < quantities.length && sameLine(text, quantities[index + after]!, quantities[index + after + 1]!)) after++;
  if (after > 2) return null;
  const rate = rateRow(text, quantities, index, after, matcher);
  if (rate) return rate;
  const first = index - (2 - after);
  if (first < 0) return null;
  const last3 = [quantities[first]!, quantities[first + 1]!, quantities[first + 2]!];
  const position = 2 - after;
  if (last3[2]!.unit !== '%' || last3[0]!.unit === '%' || last3[1]!.unit === '%') return null;
  if (!CELL_GAP.test(text.slice(last3[0]!.end, last3[1]!.start)) || !CELL_GAP.test(text.slice(last3[1]!.end, last3[2]!.start))) return null;
  if (!/^[ \t\u3000|]*(?:\n|$)/.test(text.slice(last3[2]!.end, last3[2]!.end + 40))) return null;
  const lineStart = text.lastIndexOf('\n', last3[0]!.start - 1) + 1;
  if (!HEADING.test(text.slice(Math.max(0, lineStart - HEADING_REACH), lineStart))) return null;
  // The row's measure: the last label before its task figure.
  const label = matcher.labelsIn(text, lineStart, last3[0]!.start).pop();
  if (!label) return null;
  const kind = KINDS[position]!;
  const unit = kind === 'progress' ? '%' : unitFor(q, label.def);
  if (unit === null) return null;
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start: q.start, end: q.end, gapStart: q.start, kind };
};

/** Whether nothing but the same line stands between two figures. */
function sameLine(text: string, a: Quantity, b: Quantity): boolean {
  // (Only the gap is read: a page without line breaks stays linear.)
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) === NEWLINE) return false;
  return true;
}
const NEWLINE = 10;

/** A rate's row with its share cell empty: its last two figures, bare, are the ceiling set and the level reached. */
function rateRow(text: string, quantities: readonly Quantity[], index: number, after: number, matcher: Parameters<Rule>[0]['matcher']): ReturnType<Rule> {
  if (after > 1) return null;
  const pair = after === 1 ? [quantities[index]!, quantities[index + 1]!] : [quantities[index - 1], quantities[index]!];
  const [task, done] = pair;
  // (Bare both, or both written with their %: 城镇登记失业率 3.5%以内 2.8% —.)
  if (!task || !((task.unit === '' && done!.unit === '') || (task.unit === '%' && done!.unit === '%'))) return null;
  if (!/^(?:以内|以下|左右)?[ \t\u3000|]+$/.test(text.slice(task.end, done!.start)) || !RATE_ROW_REST.test(text.slice(done!.end, done!.end + 40))) return null;
  const lineStart = text.lastIndexOf('\n', task.start - 1) + 1;
  // The row's only figures: a rate row has no others before them.
  if (index >= 2 && after === 0 && !text.slice(quantities[index - 2]!.end, lineStart).includes('\n')) return null;
  if (!HEADING.test(text.slice(Math.max(0, lineStart - HEADING_REACH), lineStart))) return null;
  const label = matcher.labelsIn(text, lineStart, task.start).pop();
  if (!label || label.def.defaultUnit !== '%') return null;
  const q = quantities[index]!;
  return { indicator: label.def.id, label: label.text, unit: '%', quantity: q, start: q.start, end: q.end, gapStart: q.start, kind: after === 1 ? 'target' : 'actual' };
}
