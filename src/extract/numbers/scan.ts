// The number scanner: one left-to-right pass that jumps between characters a quantity can start with
// (digits, Chinese numerals, mask characters) with a single table lookup per character. Every read is bounded
// by the run it reads and the scan resumes after that run, so the whole pass is linear in the text length.
import {
  chineseDecimalDigit,
  hasChinesePower,
  isChineseNumeralChar,
  isChineseNumeralCode,
  parseChineseInteger,
} from './chinese-numeral';
import { scaleDecimal } from './decimal';
import { digitValue, isAsciiAlnum, isAsciiWordChar, isDecimalPoint } from './fullwidth';
import type { Quantity } from './types';
import { joinCompounds } from './compound';
import {
  approxBlockerTable,
  approxTable,
  type ComparatorWord,
  multiplierTable,
  RANGE_CONNECTORS,
  rangeConnectorTable,
  suffixTable,
  unitBlockerTable,
  type UnitDef,
  unitTable,
} from './units';

/** A longer run of digits is an identifier or noise, not a figure: it is skipped whole and emits nothing. */
export const MAX_DIGITS = 30;
/** A longer run of Chinese numeral characters is not one numeral. */
const MAX_CHINESE_RUN = 40;

const ARABIC = 1;
const STAR = 2;
const CROSS = 3;
const CHINESE = 4;
const START = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) START[c] = ARABIC;
for (let c = 0xff10; c <= 0xff19; c++) START[c] = ARABIC;
for (const ch of '*＊') START[ch.charCodeAt(0)] = STAR;
for (const ch of 'Xx×') START[ch.charCodeAt(0)] = CROSS;
// 千/万/亿 never start a numeral on their own (千万工程, 万人计划); 百 only as 百分之 — save as a bare power (below).
for (const ch of '〇零一二两三四五六七八九十百') START[ch.charCodeAt(0)] = CHINESE;
const BARE_POWER = 5;
const HUNDRED = '百'.charCodeAt(0);
for (const ch of '万千') START[ch.charCodeAt(0)] = BARE_POWER;
/**
 * 逾万人, 超千名, 近万人次, 万余人: a power with no numeral before it, right after a word of more or about, or before 余/多,
 * is one of it — a figure (逾万人 ≥ 10000). Anywhere else 万/千 alone are words (万人计划, 千万工程, 上万人 is "tens of
 * thousands", vague).
 */
const BARE_POWER_BEFORE = new Set(['逾', '超', '近', '约', '过', '破'].map((s) => s.charCodeAt(0)));
const BARE_POWER_AFTER = /^(?:[万千](?:(余|多)(?:名|人次|人|个|户|元|家|次)|(?:名|人次|人|个|户|元)(?![口员力才]))|百(余|多)(?:名|人次|人|个|户|家|次))/;

function readBarePower(text: string, i: number): Core | Skip {
  const m = BARE_POWER_AFTER.exec(text.slice(i, i + 4));
  if (!m || (m[1] === undefined && m[2] === undefined && !BARE_POWER_BEFORE.has(code(text, i - 1)))) return i + 1;
  // (千多人社: the 人 is the start of a word, so there is no unit and the power is a word too.)
  if (readUnit(text, i + ((m[1] ?? m[2]) !== undefined ? 2 : 1)) === null) return i + 1;
  // (数百余人, 几千名: some hundreds, some thousands — no figure.)
  if (isChineseNumeralCode(code(text, i - 1)) || VAGUE_PREFIXES.has(code(text, i - 1))) return i + 1;
  // (百 is no multiplier the tail reads: it is the number itself.)
  const hundred = text.charCodeAt(i) === HUNDRED;
  return { start: i, end: hundred ? i + 1 : i, int: hundred ? '100' : '1', frac: '', exp: 0, multRaw: '', masked: false, chinese: true, counts: true, large: false, percentOf: false };
}

/** 第5名, 第一届; 届 before 次 (十二届十次全会) numbers a session, not a count. */
const ORDINAL_PREFIXES = new Set(['第', '届'].map((s) => s.charCodeAt(0)));
/** 数十万, 几百人: "some hundreds", not a figure. */
const VAGUE_PREFIXES = new Set(['数', '几'].map((s) => s.charCodeAt(0)));

/** Characters that glue a digit to a preceding ASCII word in URLs, codes and versions (www.x.cn/2023, v1.2, A-3). */
const URL_GLUE = new Set(['.', '/', ':', '=', '?', '&', '#', '@', '-', '+']);

/** The number itself, before 余/多, multiplier and unit. */
interface Core {
  start: number;
  end: number;
  /** ASCII digits; both '' when masked. */
  int: string;
  frac: string;
  /** Power of ten written inside the numeral (the 万 of 十二万). */
  exp: number;
  multRaw: string;
  masked: boolean;
  chinese: boolean;
  /** Chinese numeral with a power or a decimal part: not a lone digit such as 一是, 两人. */
  counts: boolean;
  /** Chinese numeral containing 万/亿 (一亿二千万): a figure even without a unit. */
  large: boolean;
  percentOf: boolean;
}

interface Tail {
  end: number;
  exp: number;
  multRaw: string;
  approx: boolean;
  unit: UnitDef | null;
}

interface Suffix {
  end: number;
  word: ComparatorWord;
}

/** Reading position to resume from when no quantity starts here. */
type Skip = number;

const code = (text: string, i: number): number => text.charCodeAt(i);

function arabicCore(start: number, end: number, int: string, frac: string): Core {
  return { start, end, int, frac, exp: 0, multRaw: '', masked: false, chinese: false, counts: true, large: false, percentOf: false };
}

function isThreeDigitGroup(text: string, k: number): boolean {
  return (
    digitValue(code(text, k)) >= 0 &&
    digitValue(code(text, k + 1)) >= 0 &&
    digitValue(code(text, k + 2)) >= 0 &&
    digitValue(code(text, k + 3)) < 0
  );
}

/**
 * 城镇新增就业71。95万人: a full stop typed for the decimal point, as some pages set it — only between digits and before a
 * multiplier or a unit (…5万人。2019年 ends a sentence; 增长2。3月份 starts a date).
 */
function ideographicPointInNumber(text: string, at: number): boolean {
  if (code(text, at) !== IDEOGRAPHIC_FULL_STOP) return false;
  let k = at + 1;
  while (k < text.length && k - at <= MAX_DIGITS && digitValue(code(text, k)) >= 0) k++;
  return k > at + 1 && UNIT_AFTER_POINT.test(text.slice(k, k + 2));
}
const IDEOGRAPHIC_FULL_STOP = '。'.charCodeAt(0);
const UNIT_AFTER_POINT = /^(?:万|亿|%|％|人|元|个|张)/;

/** Digits (ASCII or full-width) with optional thousands separators and decimal part. */
function readArabicAt(text: string, i: number): Core | Skip {
  const n = text.length;
  let count = 0;
  let int = '';
  let frac = '';
  let j = i;
  let d: number;
  while (j < n && (d = digitValue(code(text, j))) >= 0) {
    if (++count <= MAX_DIGITS) int += d;
    j++;
  }
  // Only an ASCII ',' before exactly three digits groups thousands; '，' separates list items.
  if (count <= 3 && int[0] !== '0') {
    while (code(text, j) === 0x2c && isThreeDigitGroup(text, j + 1)) {
      for (let k = j + 1; k < j + 4; k++) if (++count <= MAX_DIGITS) int += digitValue(code(text, k));
      j += 4;
    }
  }
  if ((isDecimalPoint(code(text, j)) || ideographicPointInNumber(text, j)) && digitValue(code(text, j + 1)) >= 0) {
    j++;
    while (j < n && (d = digitValue(code(text, j))) >= 0) {
      if (++count <= MAX_DIGITS) frac += d;
      j++;
    }
    if (isDecimalPoint(code(text, j)) && digitValue(code(text, j + 1)) >= 0) {
      // 1.2.3: a version or an address, skipped whole.
      while (j < n && (digitValue(code(text, j)) >= 0 || isDecimalPoint(code(text, j)))) j++;
      return j;
    }
  }
  if (count > MAX_DIGITS || isAsciiWordChar(code(text, j))) return j;
  return arabicCore(i, j, int, frac);
}

function precededByAsciiWord(text: string, i: number): boolean {
  const p = code(text, i - 1);
  return isAsciiAlnum(p) || (URL_GLUE.has(text.charAt(i - 1)) && isAsciiAlnum(code(text, i - 2)));
}

const isStarCode = (c: number): boolean => c === 0x2a || c === 0xff0a;
const isCjkCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
/** What follows a number, never a letter: a multiplier, 人/户/名/个, a percent sign. */
const MASK_UNIT_AFTER = new Set([...'万亿%％人户名个'].map((s) => s.charCodeAt(0)));
const isCrossCode = (c: number): boolean => c === 0x58 || c === 0x78 || c === 0xd7;

function readMask(text: string, i: number, kind: number): Core | Skip {
  const n = text.length;
  const isMask = kind === STAR ? isStarCode : isCrossCode;
  let j = i;
  while (j < n && isMask(code(text, j))) j++;
  let hidden = j - i;
  if (isDecimalPoint(code(text, j)) && isMask(code(text, j + 1))) {
    j++;
    while (j < n && isMask(code(text, j))) {
      j++;
      hidden++;
    }
  }
  // A lone X is a letter — unless it stands where a number would, between Chinese words and a unit (就业x万人, 的x%);
  // X runs touching ASCII letters are words (XXL, maxx).
  const loneInPlaceOfNumber = hidden === 1 && isCjkCode(code(text, i - 1)) && MASK_UNIT_AFTER.has(code(text, j));
  if (kind === CROSS && ((hidden < 2 && !loneInPlaceOfNumber) || precededByAsciiWord(text, i) || isAsciiAlnum(code(text, j)))) return j;
  return { start: i, end: j, int: '', frac: '', exp: 0, multRaw: '', masked: true, chinese: false, counts: true, large: false, percentOf: false };
}

/** After a lone Chinese digit, only these can still make it a quantity (五点五, 三至五万人). */
// (近七成: a lone digit before 成, tenths, is a percentage.)
const LONE_DIGIT_RESCUE = new Set(['点', '成', ...RANGE_CONNECTORS.map((c) => c.raw)].map((s) => s.charCodeAt(0)));
const TEN = '十'.charCodeAt(0);

const TRAILING_MULTIPLIER = /(万亿|亿|万)$/;

/** A Chinese numeral run, optionally with 点 and decimal digits (十二万, 一千一百七十九, 五点五, 零点五). */
function readChineseAt(text: string, i: number, afterPercentOf = false): Core | Skip {
  const n = text.length;
  let j = i;
  while (j < n && isChineseNumeralCode(code(text, j))) j++;
  if (j - i > MAX_CHINESE_RUN) return j;
  // The common case in running text (一是, 统一, 两人): a lone digit that no 点 or range connector can rescue.
  if (j === i + 1 && !afterPercentOf && code(text, i) !== TEN && !LONE_DIGIT_RESCUE.has(code(text, j))) return j;
  const run = text.slice(i, j);
  let frac = '';
  if (text.charAt(j) === '点' && chineseDecimalDigit(text.charAt(j + 1)) >= 0) {
    let k = j + 1;
    let d: number;
    while (k < n && k - j <= MAX_DIGITS && (d = chineseDecimalDigit(text.charAt(k))) >= 0) {
      frac += d;
      k++;
    }
    j = k;
  }
  let body = run;
  let exp = 0;
  let multRaw = '';
  const m = TRAILING_MULTIPLIER.exec(run);
  if (m && m.index > 0 && frac === '' && !/[万亿]/.test(run.slice(0, m.index))) {
    body = run.slice(0, m.index);
    multRaw = m[0];
    exp = multRaw === '万亿' ? 12 : multRaw === '亿' ? 8 : 4;
  }
  let int: string;
  if (frac !== '' && (body === '零' || body === '〇')) int = '0';
  else {
    const value = parseChineseInteger(body);
    if (value === null) return j;
    int = value.toString();
  }
  return {
    start: i,
    end: j,
    int,
    frac,
    exp,
    multRaw,
    masked: false,
    chinese: true,
    counts: hasChinesePower(run) || frac !== '',
    large: /[万亿]/.test(run),
    percentOf: false,
  };
}

/** 百分之五点五, 百分之十, 百分之百, 百分之5. */
function readPercentOf(text: string, i: number): Core | Skip {
  const at = i + 3;
  let core: Core | Skip;
  if (digitValue(code(text, at)) >= 0) core = readArabicAt(text, at);
  else if (text.charAt(at) === '百' && !isChineseNumeralChar(text.charAt(at + 1)) && text.charAt(at + 1) !== '点')
    core = arabicCore(at, at + 1, '100', '');
  else if (isChineseNumeralChar(text.charAt(at))) core = readChineseAt(text, at, true);
  else return at;
  if (typeof core === 'number') return core;
  return { ...core, start: i, chinese: false, counts: true, percentOf: true };
}

function readCore(text: string, i: number, kind: number): Core | Skip {
  const prev = code(text, i - 1);
  if (kind === CHINESE && text.startsWith('百分之', i)) return readPercentOf(text, i);
  if (ORDINAL_PREFIXES.has(prev)) return kind === CHINESE ? skipChineseRun(text, i) : skipRun(text, i, kind);
  // (百余人, 百多名: a hundred and more, as 千余人 is a thousand.)
  if (kind === CHINESE && text.charCodeAt(i) === HUNDRED && /^百[余多]/.test(text.slice(i, i + 2))) return readBarePower(text, i);
  switch (kind) {
    case ARABIC:
      return precededByAsciiWord(text, i) ? skipRun(text, i, kind) : readArabicAt(text, i);
    case CHINESE:
      // Inside a run that started with 千/万/亿 (万一, 千百): not a numeral start.
      return isChineseNumeralCode(prev) || VAGUE_PREFIXES.has(prev) ? skipChineseRun(text, i) : readChineseAt(text, i);
    case BARE_POWER:
      return readBarePower(text, i);
    default:
      return readMask(text, i, kind);
  }
}

function skipRun(text: string, i: number, kind: number): Skip {
  let j = i + 1;
  while (j < text.length && (START[code(text, j)] === kind || (kind === ARABIC && isDecimalPoint(code(text, j))))) j++;
  return j;
}

function skipChineseRun(text: string, i: number): Skip {
  let j = i + 1;
  while (j < text.length && isChineseNumeralCode(code(text, j))) j++;
  return j;
}

function readUnit(text: string, pos: number): UnitDef | null {
  const unit = unitTable.match(text, pos);
  if (!unit) return null;
  const blocker = unitBlockerTable.match(text, pos);
  return blocker && blocker.raw.length > unit.raw.length ? null : unit;
}

function isApprox(text: string, pos: number): boolean {
  return approxTable.match(text, pos) !== undefined && approxBlockerTable.match(text, pos) === undefined;
}

/** 余/多, multiplier, 余/多, unit — each optional, in this order (300余万元, 9亿多, 5000多人, 4.8万人次). */
function readTail(text: string, pos: number): Tail {
  let j = pos;
  // Pages copied from PDFs and word processors put one space between a number and its unit (40 万人, 4.5 %).
  // The same space may stand before 余/多 (60 余人), though only when a unit or multiplier follows them.
  if (isSpace(code(text, j)) && (unitOrMultiplierAt(text, j + 1) || (isApprox(text, j + 1) && unitOrMultiplierAt(text, j + 2)))) {
    j++;
  }
  let approx = isApprox(text, j);
  if (approx) j++;
  let exp = 0;
  let multRaw = '';
  // Units first: 千克 and 百分点 begin with multiplier characters.
  let unit = readUnit(text, j);
  if (!unit) {
    const mult = multiplierTable.match(text, j);
    if (mult) {
      exp = mult.exp;
      multRaw = mult.raw;
      j += mult.raw.length;
      if (!approx && isApprox(text, j)) {
        approx = true;
        j++;
        // 1千多万: the approximation sits between two multipliers.
        const outer = readUnit(text, j) ? undefined : multiplierTable.match(text, j);
        if (outer) {
          exp += outer.exp;
          multRaw += outer.raw;
          j += outer.raw.length;
        }
      }
      unit = readUnit(text, j);
    }
  }
  if (unit) j += unit.raw.length;
  return { end: j, exp, multRaw, approx, unit };
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x3000;

const unitOrMultiplierAt = (text: string, pos: number): boolean =>
  readUnit(text, pos) !== null || multiplierTable.match(text, pos) !== undefined;

function readSuffix(text: string, pos: number): Suffix | null {
  const at = isSpace(code(text, pos)) ? pos + 1 : pos;
  const word = suffixTable.match(text, at);
  return word ? { end: at + word.raw.length, word } : null;
}

/** A quantity needs a unit, a multiplier or a percent sign; a Chinese numeral also needs a power (七成 has one). */
function isQuantity(core: Core, tail: Tail, borrowedExp = 0): boolean {
  const exp = core.exp + tail.exp + borrowedExp + (tail.unit?.exp ?? 0);
  if (core.chinese && !core.counts && exp === 0) return false;
  return tail.unit !== null || exp > 0 || core.large || core.percentOf;
}

function valueOf(core: Core, exp: number): number | null {
  return core.masked ? null : scaleDecimal(core.int, core.frac, exp);
}

function rawUnitOf(core: Core, tail: Tail): string {
  return core.percentOf ? '百分之' : core.multRaw + tail.multRaw + (tail.unit?.raw ?? '');
}

function quantity(core: Core, tail: Tail, suffix: Suffix | null): Quantity {
  const q: Quantity = {
    start: core.start,
    end: suffix?.end ?? tail.end,
    value: valueOf(core, core.exp + tail.exp + (tail.unit?.exp ?? 0)),
    unit: tail.unit?.unit ?? (core.percentOf ? '%' : ''),
    rawUnit: rawUnitOf(core, tail),
    masked: core.masked,
    comparator: suffix?.word.comparator ?? (tail.approx ? '>=' : null),
    percent: core.percentOf || tail.unit?.percent === true,
  };
  if (suffix) q.suffix = suffix.word.raw;
  return q;
}

const isYear = (core: Core): boolean => core.int.length === 4 && core.frac === '' && /^(19|20)/.test(core.int);
const hasLeadingZero = (core: Core): boolean => core.int.length > 1 && core.int[0] === '0';

/** 4万至5万人, 4至5万人, 5%—6%, 5-6%, 三至五万人: one quantity with the low end as value and the high end as max. */
function readRange(text: string, low: Core, lowTail: Tail): Quantity | null {
  if (low.masked || low.percentOf || lowTail.approx) return null;
  const conn = rangeConnectorTable.match(text, lowTail.end);
  if (!conn) return null;
  const at = lowTail.end + conn.raw.length;
  const kind = START[code(text, at)];
  if (kind !== (low.chinese ? CHINESE : ARABIC)) return null;
  const high = low.chinese ? readChineseAt(text, at) : readArabicAt(text, at);
  if (typeof high === 'number') return null;
  const highTail = readTail(text, high.end);
  if (lowTail.unit && lowTail.unit.unit !== highTail.unit?.unit) return null;
  if (conn.hyphen) {
    // 2021-2025, 2026-02-15, 0571-8888: years, dates and phone numbers.
    const next = rangeConnectorTable.match(text, highTail.end);
    if (next?.hyphen && digitValue(code(text, highTail.end + next.raw.length)) >= 0) return null;
    if (hasLeadingZero(low) || hasLeadingZero(high)) return null;
    if (isYear(low) && isYear(high) && !highTail.unit && lowTail.exp + highTail.exp === 0) return null;
  }
  const lowExp = low.exp + lowTail.exp;
  const highExp = high.exp + highTail.exp;
  // A bare low end takes the high end's multiplier: 4至5万人 is 40000 to 50000.
  const borrowed = lowExp === 0 && !lowTail.unit ? highExp : 0;
  if (!isQuantity(high, highTail) || (low.chinese && !low.counts && lowExp + borrowed === 0)) return null;
  const value = valueOf(low, lowExp + borrowed);
  const max = valueOf(high, highExp);
  if (value === null || max === null || value > max) return null;
  const suffix = readSuffix(text, highTail.end);
  const q = quantity({ ...high, start: low.start }, highTail, suffix);
  q.value = value;
  q.max = max;
  q.comparator = 'range';
  return q;
}

/** Reads a quantity at `i` into `out`; returns where to resume. */
function scanAt(text: string, i: number, kind: number, out: Quantity[]): number {
  const core = readCore(text, i, kind);
  if (typeof core === 'number') return core;
  // 转移就业.54万人次: a point with no digit before it lost the number's leading digits; no value can be told.
  if (lostLeadingDigits(text, i)) return core.end;
  if (namesAgeGroup(text, core)) return core.end;
  const tail: Tail = core.percentOf
    ? { end: core.end, exp: 0, multRaw: '', approx: false, unit: null }
    : readTail(text, core.end);
  const range = readRange(text, core, tail);
  if (range) {
    out.push(range);
    return range.end;
  }
  if (!isQuantity(core, tail)) {
    const rate = rateWithoutSign(text, core, tail);
    if (rate) out.push(rate);
    return rate?.end ?? core.end;
  }
  // 七成七, 八成五: tenths, then hundredths — 7.7成, 77%.
  const hundredths = tail.unit?.raw === '成' && core.frac === '' ? tenthsDigit(text, tail.end) : -1;
  const [read, readTo] = hundredths > 0 ? [{ ...core, frac: String(hundredths) }, { ...tail, end: tail.end + 1 }] : [core, tail];
  const q = quantity(read, readTo, readSuffix(text, readTo.end));
  out.push(q);
  return q.end;
}

/** A rate's word right before its number. */
const RATE_BEFORE = /率(?:为|是|达|在|控制在)?$/;
/** Comparator words a rate's bound is written with. */
const RATE_BOUND = new Set(['以内', '以下', '左右', '以上']);

/**
 * 城镇登记失业率4.5以内: a rate's bound with its % sign dropped, as pages typed in a hurry write it — a number right
 * after 率 and bound by 以内/以下/左右/以上 is a percentage (a bare number anywhere else is a year, a date or an ordinal).
 */
function rateWithoutSign(text: string, core: Core, tail: Tail): Quantity | null {
  if (core.chinese || core.masked || tail.unit || tail.exp !== 0 || tail.approx || core.exp !== 0) return null;
  if (!RATE_BEFORE.test(text.slice(Math.max(0, core.start - 5), core.start))) return null;
  const suffix = readSuffix(text, tail.end);
  if (!suffix || !RATE_BOUND.has(suffix.word.raw)) return null;
  const q = quantity(core, tail, suffix);
  return { ...q, unit: '%', percent: true };
}

/** A lone digit right after 成 (七成七), not the start of another number or of a word (七成五万人, 三成一体). */
function tenthsDigit(text: string, at: number): number {
  const ch = text.charAt(at);
  const d = /[1-9]/.test(ch) ? Number(ch) : chineseDecimalDigit(ch);
  if (d <= 0) return -1;
  const next = text.charAt(at + 1);
  return /[\d０-９零〇一二三四五六七八九十百千万亿点.人个名户元张次体]/.test(next) ? -1 : d;
}

/**
 * 4050人员, 4050等就业困难人员, 4050下岗人员: women over 40 and men over 50 out of work, a group's name — no count of
 * 4,050 people (the figure that follows, 4050人员再就业1.98万人, is the count).
 */
const AGE_GROUP_NAMED = /^[”"』」]?(?:人员|人員|等|下岗|下崗|就业困难|就業困難|大龄|大齡)/;

function namesAgeGroup(text: string, core: Core): boolean {
  return core.int === '4050' && core.frac === '' && core.exp === 0 && !core.chinese && AGE_GROUP_NAMED.test(text.slice(core.end, core.end + 5));
}

function lostLeadingDigits(text: string, i: number): boolean {
  const point = text[i - 1];
  if (point !== '.' && point !== '．') return false;
  return !/[0-9０-９]/.test(text[i - 2] ?? '');
}

/**
 * Every quantity in `text` (40万人, 4.5%以内, 300余万元, 一千一百七十九万, 百分之五点五, ****人, 4至5万人), sorted by
 * start and non-overlapping, with UTF-16 offsets into `text`. Bare numbers (years, dates, hotlines, ordinals)
 * are not quantities. Never throws.
 */
export function scanQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = START[code(text, i)]!;
    if (kind === 0) {
      i++;
      continue;
    }
    const next = scanAt(text, i, kind, out);
    i = next > i ? next : i + 1;
  }
  return joinCompounds(text, out);
}
