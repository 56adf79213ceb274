/** What the card says about a record, as plain strings (kept apart from the Preact view so it is testable alone). */
import type { Comparator, IndicatorRecord } from '../extract/types';
import { formatExact, formatFigureValue, formatPeriod } from '../compare/format';
import { cleanOtherLabel } from '../compare/label-cleaner';
import { periodTypeOf } from '../compare/period-scope';
import type { Citation } from '../export/citation';
import { periodTypeName, scopeLabel } from '../ui/period-words';
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

/** The card's figure as a citation of the page it is on. */
export function cardCitation(
  record: IndicatorRecord,
  page: { region: string | null; period: string | null },
  sentence: string,
  source: { title: string; url: string; readAt: number },
): Citation {
  const period = record.period ?? page.period;
  const region = record.region ?? page.region;
  return {
    name: indicatorName(record),
    record,
    kind: kindName(record.kind),
    period,
    periodType: periodTypeName(periodTypeOf({ ...record, period }, sentence)),
    region,
    scope: scopeLabel(region),
    sentence,
    ...source,
  };
}
