/** CSV export: UTF-8 with BOM (Excel reads Chinese correctly), CRLF rows, RFC 4180 quoting. */
import type { ExportItem } from './export-types';

export const CSV_COLUMNS = [
  'indicator', 'label', 'value', 'max', 'unit', 'comparator', 'kind', 'masked', 'region', 'period', 'text',
  'start', 'end', 'source_url', 'source_title', 'clipped_at', 'note',
] as const;

const BOM = '\uFEFF';

/** Free text starting with = + - @ would run as a formula in a spreadsheet; a leading ' keeps it text. */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(item: ExportItem): string[] {
  const r = item.record;
  // Every free-text cell by the same rule: any of them may come from a page or an imported file (a region such as
  // =HYPERLINK(…) or a unit =1+1 must stay text). Indicator, comparator and kind are checked against the
  // vocabulary on import and written as they are (the comparator = is the spec's, not a formula); numbers as numbers.
  const free = (t: string | null | undefined) => (t === null || t === undefined ? t : neutralise(t));
  const cells: Array<string | number | boolean | null | undefined> = [
    r.indicator, free(r.label), r.value, r.max ?? null, free(r.unit), r.comparator, r.kind, r.masked, free(r.region),
    free(r.period), free(r.text), r.start, r.end, free(item.source.url), free(item.source.title),
    item.clippedAt === undefined ? '' : new Date(item.clippedAt).toISOString(), free(item.note ?? ''),
  ];
  return cells.map(csvField);
}

export function toCsv(items: readonly ExportItem[]): string {
  const lines = [CSV_COLUMNS.join(','), ...items.map((i) => row(i).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
