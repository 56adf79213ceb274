/** Row keys and their order: core indicators in spec order, then custom ones, then `other` by label. */
import { CORE_INDICATORS, type IndicatorRecord } from '../extract/types';

const CORE_RANK = new Map<string, number>(CORE_INDICATORS.map((id, i) => [id, i]));
const collator = new Intl.Collator('zh-Hans-CN');

export function rowKeyOf(record: Pick<IndicatorRecord, 'indicator' | 'label'>): string {
  return record.indicator === 'other' ? `other:${record.label}` : record.indicator;
}

function group(key: string): number {
  if (CORE_RANK.has(key)) return 0;
  if (key.startsWith('custom:')) return 1;
  return 2;
}

export function compareRowKeys(a: string, b: string): number {
  const ga = group(a);
  const gb = group(b);
  if (ga !== gb) return ga - gb;
  if (ga === 0) return (CORE_RANK.get(a) ?? 0) - (CORE_RANK.get(b) ?? 0);
  return collator.compare(a, b);
}
