// Chinese numerals: 一千一百七十九 → 1179, 十二万 → 120000, 两亿三千万 → 230000000, 一万五 → 15000.
// Strict on purpose: anything that is not one well-formed numeral (十四五, 二〇二二, 三四) is rejected, because
// those runs are plan names, years and approximations, not figures.

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Digit characters that may follow 点 (两 is never a decimal digit). */
export function chineseDecimalDigit(ch: string): number {
  return ch === '两' ? -1 : (DIGITS[ch] ?? -1);
}

const NUMERAL_CODES = new Uint8Array(0x10000);
for (const ch of [...Object.keys(DIGITS), ...Object.keys(SMALL_POWERS), '万', '亿']) NUMERAL_CODES[ch.charCodeAt(0)] = 1;

export function isChineseNumeralCode(code: number): boolean {
  return NUMERAL_CODES[code] === 1;
}

export function isChineseNumeralChar(ch: string): boolean {
  return ch.length === 1 && NUMERAL_CODES[ch.charCodeAt(0)] === 1;
}

export function hasChinesePower(s: string): boolean {
  return /[十百千万亿]/.test(s);
}

/** A digit left after the last power: units after 零 (一千零五), else one place below it (一万五 = 15000). */
function placed(digit: number, place: number, zero: boolean): bigint {
  if (digit < 0) return 0n;
  return zero || place <= 10 ? BigInt(digit) : BigInt(digit) * BigInt(place / 10);
}

/** The integer value of a whole Chinese numeral, or null when `s` is not exactly one well-formed numeral. */
export function parseChineseInteger(s: string): bigint | null {
  let hundredMillions = 0n; // value of the 亿 part, already multiplied
  let tenThousands = 0n; // value of the 万 part inside the current 亿 group, already multiplied
  let wanSeen = false;
  let section = 0n; // below 万
  let digit = -1; // pending digit not yet given a place
  let place = 0; // place value of the last power (0 before any), for 一万五 = 15000
  let zero = false; // a 零 since the last power: a pending digit is units

  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit >= 0) return null;
      if (d === 0) {
        if (place === 0) return null;
        zero = true;
      } else digit = d;
      continue;
    }
    const p = SMALL_POWERS[ch];
    if (p !== undefined) {
      if (place !== 0 && p >= place) return null;
      if (digit < 0) {
        const atStart = p === 10 && place === 0 && section === 0n && !wanSeen && hundredMillions === 0n;
        if (!atStart) return null;
        digit = 1;
      }
      section += BigInt(digit) * BigInt(p);
      digit = -1;
      place = p;
      zero = false;
      continue;
    }
    if (ch === '万') {
      const part = section + placed(digit, place, zero);
      digit = -1;
      if (part === 0n || wanSeen) return null;
      tenThousands = part * 10_000n;
      wanSeen = true;
      section = 0n;
      place = 10_000;
      zero = false;
      continue;
    }
    if (ch === '亿') {
      const group = tenThousands + section + placed(digit, place, zero);
      digit = -1;
      if (group === 0n || hundredMillions !== 0n) return null;
      hundredMillions = group * 100_000_000n;
      tenThousands = 0n;
      wanSeen = false;
      section = 0n;
      place = 100_000_000;
      zero = false;
      continue;
    }
    return null;
  }
  const value = hundredMillions + tenThousands + section + placed(digit, place, zero);
  return value === 0n ? null : value;
}
