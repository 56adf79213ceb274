/** Localised names used by the comparison views. */
import type { CellWords } from '../../compare/cell-text';
import type { Row } from '../../compare/types';
import { t, tMaybe } from '../i18n';

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

/** Core indicators by their localised name; custom and other ones by the label written on the page. */
export function indicatorName(row: Pick<Row, 'indicator' | 'label'>): string {
  if (row.indicator === 'other' || row.indicator.startsWith('custom:')) return row.label;
  return tMaybe(`indicator_${row.indicator}`) ?? row.label;
}
