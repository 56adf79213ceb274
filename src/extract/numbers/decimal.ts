// Multipliers are applied by moving the decimal point in the digit string and parsing once, so 0.41万 is exactly
// 4100 and 15.35亿 exactly 1535000000 (multiplying floats would give 4099.9999999999995).

/** The decimal `int.frac × 10^exp` as a plain digit string ("0.41", 4 → "4100"). Digits are ASCII. */
export function shiftDecimal(int: string, frac: string, exp: number): string {
  const digits = int + frac;
  const point = int.length + exp;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  if (point <= 0) return '0.' + '0'.repeat(-point) + digits;
  return digits.slice(0, point) + '.' + digits.slice(point);
}

/** Nearest double to `int.frac × 10^exp`. */
export function scaleDecimal(int: string, frac: string, exp: number): number {
  return Number(shiftDecimal(int === '' ? '0' : int, frac, exp));
}

/**
 * A whole number as a regular-expression source, its thousands marked by ASCII commas or not (52,242 or 52242), as the
 * scanner reads one in prose: for readers of table cells and figures set apart, which match a cell or a figure whole.
 */
export const WHOLE_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)`;
