/** What the card says about a record, as plain strings (kept apart from the Preact view so it is testable alone). */
import type { Comparator, IndicatorRecord } from '../extract/types';
import { formatExact, formatFigureValue, formatPeriod } from '../compare/format';
import { cleanOtherLabel } from '../compare/other-label';
import { indicatorDisplayName, kindName, WORDS } from './words';

export interface CardModel {
  name: string;
  /** 40万人 style, with the comparator sign: ≥40万人. */
  readable: string;
  /** Exact base-unit value: ≥ 400,000 人; empty when masked. */
  exact: string;
  kind: string;
  kindKey: IndicatorRecord['kind'];
  region: string;
  period: string;
}

const SIGNS: Record<Comparator, string> = { '>=': '≥ ', '<=': '≤ ', '~': '≈ ', '=': '', range: '' };

export function indicatorName(record: Pick<IndicatorRecord, 'indicator' | 'label'>): string {
  if (record.indicator === 'other') return cleanOtherLabel(record.label) ?? WORDS.other;
  if (record.indicator.startsWith('custom:')) return record.label || WORDS.other;
  return indicatorDisplayName(record.indicator) ?? record.label;
}

export function exactValue(record: Pick<IndicatorRecord, 'value' | 'max' | 'unit' | 'comparator'>): string {
  if (record.value === null) return '';
  if (record.comparator === 'range' && record.max != null) {
    return `${formatExact(record.value)} – ${formatExact(record.max)} ${record.unit}`;
  }
  return `${SIGNS[record.comparator]}${formatExact(record.value)} ${record.unit}`;
}

export function cardModel(record: IndicatorRecord, page: { region: string | null; period: string | null }): CardModel {
  return {
    name: indicatorName(record),
    readable: record.masked || record.value === null
      ? `${WORDS.masked}（${record.text}）`
      : formatFigureValue(record.value, record.unit, record.comparator, record.max),
    exact: exactValue(record),
    kind: kindName(record.kind),
    kindKey: record.kind,
    region: record.region ?? page.region ?? WORDS.unknown,
    period: formatPeriod(record.period ?? page.period) || WORDS.unknown,
  };
}
