/** What the card says about a record, as plain strings (kept apart from the Preact view so it is testable alone). */
import type { Comparator, IndicatorRecord } from '../extract/types';
import { formatExact, formatFigureValue, formatPeriod } from '../compare/format';
import { cleanOtherLabel } from '../compare/label-cleaner';
import { periodTypeOf, scopeOf } from '../compare/period-scope';
import { periodTypeName, scopeName } from '../ui/period-words';
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
  /** What the period covers (全年, 年均/每年, 多年合计…) and the region's level (省级…; '' when it adds nothing). */
  periodType: string;
  scope: string;
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

/** The level of a region, when it says more than the name: none for 全国 or a name whose level is unclear. */
export function scopeLabel(region: string | null): string {
  const scope = scopeOf(region);
  const name = scopeName(scope);
  return scope === 'unknown' || name === region ? '' : name;
}

/** `sentence`: the figure's sentence when known (the card), read for 截至 or 年均 outside the highlighted words. */
export function cardModel(record: IndicatorRecord, page: { region: string | null; period: string | null }, sentence = ''): CardModel {
  const region = record.region ?? page.region;
  const period = record.period ?? page.period;
  return {
    name: indicatorName(record),
    readable: record.masked || record.value === null
      ? `${WORDS.masked}（${record.text}）`
      : formatFigureValue(record.value, record.unit, record.comparator, record.max),
    exact: exactValue(record),
    kind: kindName(record.kind),
    kindKey: record.kind,
    region: region ?? WORDS.unknown,
    period: formatPeriod(period) || WORDS.unknown,
    periodType: periodTypeName(periodTypeOf({ ...record, period }, sentence)),
    scope: scopeLabel(region),
  };
}
