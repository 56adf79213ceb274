/** The words of a citation and of the CSV's headers in the UI's language (src/export stays free of the browser). */
import type { CsvColumn, CsvOptions } from '../export/csv';
import { CSV_COLUMNS } from '../export/csv';
import type { CitationLabels } from '../export/citation';
import { t, type MessageKey } from './i18n';
import { periodTypeName, scopeName } from './period-words';

export function citationLabels(): CitationLabels {
  return {
    kind: t('cite_kind'),
    period: t('cite_period'),
    region: t('cite_region'),
    stated: t('cite_stated'),
    source: t('cite_source'),
    readAt: t('cite_read_at'),
  };
}

/** CSV headers and values for people; `machine` keeps the stable column names and codes scripts rely on. */
export function csvOptions(machine: boolean): CsvOptions {
  if (machine) return {};
  const headers = Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`csv_${c}` as MessageKey)])) as Record<CsvColumn, string>;
  return { headers, names: { periodType: periodTypeName, scope: scopeName } };
}
