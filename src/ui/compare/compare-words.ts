/** Localised names used by the comparison views. */
import type { CellWords } from '../../compare/cell-text';
import type { ChartSeries } from '../../compare/chart-series';
import { periodTypeName, scopeName } from '../period-words';
import type { Row } from '../../compare/types';
import { otherRowLabel } from '../../compare/row-order';
import { t, tMaybe } from '../i18n';

export { periodTypeName, scopeName };

export function cellWords(): CellWords {
  return {
    target: t('compare_kind_target'),
    actual: t('compare_kind_actual'),
    progress: t('compare_kind_progress'),
    done: t('compare_done'),
    computed: t('compare_computed'),
    met: t('compare_met'),
    notMet: t('compare_not_met'),
  };
}

/** The user's custom indicators by slug (settings); the page sets them before rendering. */
let customNames: ReadonlyMap<string, string> = new Map();

export function setCustomIndicatorNames(custom: ReadonlyArray<{ slug: string; name: string }>): void {
  customNames = new Map(custom.map((c) => [c.slug, c.name]));
}

/**
 * Core indicators by their localised name, custom ones by the name the user gave them (the label written on the
 * page once the indicator is deleted), other ones by the noun phrase of their label (otherRowLabel).
 */
export function indicatorName(row: Pick<Row, 'indicator' | 'label'>): string {
  if (row.indicator.startsWith('custom:')) return customNames.get(row.indicator.slice('custom:'.length)) ?? row.label;
  if (row.indicator === 'other') return otherRowLabel(row.label) || t('compare_other_unnamed');
  return tMaybe(`indicator_${row.indicator}`) ?? row.label;
}

/** "2 个年均/每年, 1 个县级, 1 个单位不同", or '' when the chart left nothing out. */
export function leftOutText(leftOut: ChartSeries['leftOut']): string {
  const items = [
    ...[...leftOut.periodTypes].map(([type, n]) => t('compare_chart_left_out_item', [n, periodTypeName(type)])),
    ...[...leftOut.scopes].map(([scope, n]) => t('compare_chart_left_out_item', [n, scopeName(scope)])),
    ...(leftOut.otherUnit > 0 ? [t('compare_chart_left_out_item', [leftOut.otherUnit, t('compare_chart_other_unit')])] : []),
  ];
  return items.length === 0 ? '' : t('compare_chart_left_out', [items.join('，')]);
}
