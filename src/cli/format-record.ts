/** Human-readable pieces of a record for the CLI table. */
import type { IndicatorRecord } from '../extract/types';

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** `value` in 万/亿 when that takes at most 2 decimals (40.97万, as pages write it; not 1.5325万), else null. */
function inChineseMagnitude(value: number): string | null {
  for (const [size, name] of [[1e8, '亿'], [1e4, '万']] as const) {
    if (Math.abs(value) < size) continue;
    const scaled = Number((value / size).toFixed(2));
    if (Math.abs(scaled * size - value) <= Math.abs(value) * 1e-9) return `${scaled}${name}`;
  }
  return null;
}

/** `short` as a page writes it (40万人); `base` the plain figure when that differs (400,000 人). */
function amount(value: number, unit: string): { short: string; base: string | null } {
  const magnitude = unit === '%' ? null : inChineseMagnitude(value);
  if (magnitude === null) return { short: `${value}${unit}`, base: null };
  return { short: `${magnitude}${unit}`, base: `${GROUPED.format(value)} ${unit}` };
}

/** 40万人 (400,000 人); 4.5%; 4万–5万人 (40,000–50,000 人); masked figures as "masked". */
export function readableValue(record: Pick<IndicatorRecord, 'value' | 'max' | 'unit' | 'comparator' | 'masked'>): string {
  const { value, unit } = record;
  if (value === null) return record.masked ? `masked (${unit})` : `— ${unit}`;
  const low = amount(value, unit);
  if (record.comparator === 'range' && record.max !== undefined && record.max !== null) {
    const high = amount(record.max, unit);
    const span = `${low.short.slice(0, low.short.length - unit.length)}–${high.short}`;
    return low.base === null && high.base === null
      ? span
      : `${span} (${GROUPED.format(value)}–${GROUPED.format(record.max)} ${unit})`;
  }
  return low.base === null ? low.short : `${low.short} (${low.base})`;
}

/** One table line per record: control characters would break the layout. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\n\r]/g, '↵').replace(/[\t\f\v]/g, ' ');
}
