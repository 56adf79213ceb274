/**
 * Row keys and their order: core indicators in spec order, then custom ones, then `other` by their cleaned label, and
 * last the `other` figures whose label names nothing (one row, `other:`).
 */
import { CORE_INDICATORS, type IndicatorRecord } from '../extract/types';
import { cleanOtherLabel } from './label-cleaner';

const CORE_RANK = new Map<string, number>(CORE_INDICATORS.map((id, i) => [id, i]));
const collator = new Intl.Collator('zh-Hans-CN');

export function rowKeyOf(record: Pick<IndicatorRecord, 'indicator' | 'label'>): string {
  return record.indicator === 'other' ? `other:${otherRowLabel(record.label)}` : record.indicator;
}

/** The name of an `other` row: the measured noun phrase, or '' for the row of figures whose label names nothing. */
export function otherRowLabel(label: string): string {
  return cleanOtherLabel(label) ?? '';
}

/** Core and custom indicators lead; `other` figures are shown on demand. */
export function isOtherRow(key: string): boolean {
  return key.startsWith('other:');
}

function group(key: string): number {
  if (CORE_RANK.has(key)) return 0;
  if (key.startsWith('custom:')) return 1;
  return key === 'other:' ? 3 : 2;
}

export function compareRowKeys(a: string, b: string): number {
  const ga = group(a);
  const gb = group(b);
  if (ga !== gb) return ga - gb;
  if (ga === 0) return (CORE_RANK.get(a) ?? 0) - (CORE_RANK.get(b) ?? 0);
  return collator.compare(a, b);
}
