/** Readable numbers and periods for the comparison: 400000 人 → 40万人, 2023H1 → 2023上半年. */
import type { Comparator } from '../extract/types';

/** Units that are a plain count or amount and read better with 万/亿; rates and ratios never do. */
const NON_MAGNITUDE_UNITS = new Set(['%', '‰', '倍', '个百分点']);

function trimDecimals(n: number, digits: number): string {
  const fixed = n.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** 400000 → "40万", 1535000000 → "15.35亿", 4100 → "4100", 4.5 → "4.5". */
export function formatNumber(value: number, unit: string): string {
  if (NON_MAGNITUDE_UNITS.has(unit)) return trimDecimals(value, 2);
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trimDecimals(value / 1e8, 2)}亿`;
  if (abs >= 1e4) return `${trimDecimals(value / 1e4, 2)}万`;
  return trimDecimals(value, 2);
}

/** The exact value with digit grouping, for hover: 400000 → "400,000". */
export function formatExact(value: number): string {
  const [int, frac] = String(value).split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

const COMPARATOR_SIGNS: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '~': '≈', '=': '', range: '' };

/** "≥40万人", "≈5.5%", "4万–5万人", "****人" for a masked figure. */
export function formatFigureValue(
  value: number | null,
  unit: string,
  comparator: Comparator,
  max?: number | null,
): string {
  if (value === null) return `****${unit}`;
  if (comparator === 'range' && max != null) {
    return `${formatNumber(value, unit)}–${formatNumber(max, unit)}${unit}`;
  }
  return `${COMPARATOR_SIGNS[comparator]}${formatNumber(value, unit)}${unit}`;
}

/** "2023H1" → "2023上半年", "2023-05" → "2023年5月", "2021-2025" → "2021–2025"; anything else unchanged. */
export function formatPeriod(period: string | null): string {
  if (!period) return '';
  let m = /^(\d{4})H([12])$/.exec(period);
  if (m) return `${m[1]}${m[2] === '1' ? '上半年' : '下半年'}`;
  m = /^(\d{4})Q([1-4])$/.exec(period);
  if (m) return `${m[1]}年第${'一二三四'[Number(m[2]) - 1]}季度`;
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  m = /^(\d{4})-(\d{4})$/.exec(period);
  if (m) return `${m[1]}–${m[2]}`;
  return period;
}
