/** The readable (non-JSON) output of the extract command: one block per document. */
import type { ExtractResult } from '../extract/types';
import { renderColumns } from './display-width';
import { oneLine, readableValue } from './format-record';

export interface DocumentResult extends ExtractResult {
  file: string;
  title?: string;
  /** The printed one-line message when the document could not be read. */
  error?: string;
  /** A PDF's page of each record (same order as `records`); shown in the table, never in the JSON. */
  pages?: number[];
}

const HEADER = ['indicator', 'label', 'value', 'cmp', 'kind', 'region', 'period', 'text'];

export function renderDocument(result: DocumentResult): string {
  const lines = [result.file];
  if (result.error !== undefined) {
    lines.push(`  not read: ${result.error.replace(/^indicator-lens: .*?: /, '')}`);
    return lines.join('\n');
  }
  if (result.title !== undefined) lines.push(`  title: ${oneLine(result.title)}`);
  lines.push(
    `  relevant: ${result.relevant ? 'yes' : 'no'}   region: ${result.region ?? '—'}   period: ${result.period ?? '—'}   records: ${result.records.length}`,
  );
  if (result.records.length > 0) {
    const rows = result.records.map((record, i) => [
      ...(result.pages ? [String(result.pages[i] ?? '')] : []),
      record.indicator,
      oneLine(record.label),
      readableValue(record),
      record.comparator,
      record.kind,
      record.region ?? '—',
      record.period ?? '—',
      oneLine(record.text),
    ]);
    lines.push(...renderColumns([result.pages ? ['page', ...HEADER] : HEADER, ...rows], '  '));
  }
  return lines.join('\n');
}

export function renderReport(results: readonly DocumentResult[]): string {
  return results.length === 0 ? '' : `${results.map(renderDocument).join('\n\n')}\n`;
}
