/**
 * CSV export: UTF-8 with BOM (Excel reads Chinese correctly), CRLF rows, RFC 4180 quoting. Each figure carries what a
 * reader needs to cite it — the sentence, the page's title and URL, the date it was read — and no character offsets,
 * which mean nothing outside the extension. Headers in the UI's language for people, or the stable machine names below
 * for scripts.
 */
import { periodTypeOf, scopeOf, type PeriodType, type Scope } from '../compare/period-scope';
import type { ExportItem } from './export-types';

export const CSV_COLUMNS = [
  'indicator', 'label', 'value', 'max', 'unit', 'comparator', 'kind', 'masked', 'region', 'scope', 'period',
  'period_type', 'text', 'sentence', 'source_title', 'source_url', 'read_at', 'clipped_at', 'note',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvOptions {
  /** Header names by column (the UI's language); the machine names when absent. */
  headers?: Readonly<Record<CsvColumn, string>>;
  /** Period types and levels as words; their machine names when absent. */
  names?: { periodType(type: PeriodType): string; scope(scope: Scope): string };
}

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

const isoDate = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

function row(item: ExportItem, options: CsvOptions): string[] {
  const r = item.record;
  // Every free-text cell by the same rule: any of them may come from a page or an imported file (a region such as
  // =HYPERLINK(…) or a unit =1+1 must stay text). Indicator, comparator and kind are checked against the
  // vocabulary on import and written as they are (the comparator = is the spec's, not a formula); numbers as numbers.
  const free = (t: string | null | undefined) => (t === null || t === undefined ? t : neutralise(t));
  const periodType = periodTypeOf(r, item.sentence);
  const scope = scopeOf(r.region);
  const cells: Array<string | number | boolean | null | undefined> = [
    r.indicator, free(r.label), r.value, r.max ?? null, free(r.unit), r.comparator, r.kind, r.masked, free(r.region),
    options.names?.scope(scope) ?? scope, free(r.period), options.names?.periodType(periodType) ?? periodType,
    free(r.text), free(item.sentence ?? ''), free(item.source.title), free(item.source.url), isoDate(item.readAt),
    isoDate(item.clippedAt), free(item.note ?? ''),
  ];
  return cells.map(csvField);
}

export function toCsv(items: readonly ExportItem[], options: CsvOptions = {}): string {
  const header = CSV_COLUMNS.map((c) => csvField(neutralise(options.headers?.[c] ?? c)));
  const lines = [header.join(','), ...items.map((i) => row(i, options).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
