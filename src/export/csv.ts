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
  const cells: Array<string | number | boolean | null | undefined> = [
    r.indicator, neutralise(r.label), r.value, r.max ?? null, r.unit, r.comparator, r.kind, r.masked, r.region,
    r.period, neutralise(r.text), r.start, r.end, item.source.url, neutralise(item.source.title),
    item.clippedAt === undefined ? '' : new Date(item.clippedAt).toISOString(), neutralise(item.note ?? ''),
  ];
  return cells.map(csvField);
}

export function toCsv(items: readonly ExportItem[]): string {
  const lines = [CSV_COLUMNS.join(','), ...items.map((i) => row(i).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
