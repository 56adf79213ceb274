/** Orderings of the table: rows by indicator or by value in a column, columns by appearance, label or value. */
import { compareRowKeys } from './row-order';
import type { Cell, Column, ColumnSort, Row, RowSort } from './types';

const collator = new Intl.Collator('zh-Hans-CN');

/** The number a cell sorts by: its first target, else its first actual, else anything with a value. */
export function sortValue(cell: Cell | undefined): number | null {
  if (!cell) return null;
  for (const kind of ['target', 'actual', 'progress'] as const) {
    const f = cell.figures.find((x) => x.kind === kind && x.value !== null);
    if (f) return f.value;
  }
  return null;
}

/** Missing values always go last, whatever the direction. */
function byValue(a: number | null, b: number | null, dir: 'asc' | 'desc'): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return dir === 'asc' ? a - b : b - a;
}

export function sortRows(rows: Row[], sort: RowSort): Row[] {
  const out = [...rows];
  if (sort.by === 'indicator') return out.sort((a, b) => compareRowKeys(a.key, b.key));
  return out.sort(
    (a, b) =>
      byValue(sortValue(a.cells[sort.columnId]), sortValue(b.cells[sort.columnId]), sort.dir) ||
      compareRowKeys(a.key, b.key),
  );
}

export function sortColumns(columns: Column[], rows: readonly Row[], sort: ColumnSort): Column[] {
  const out = [...columns];
  if (sort.by === 'appearance') return out.sort((a, b) => a.order - b.order);
  if (sort.by === 'label') {
    return out.sort(
      (a, b) => collator.compare(a.region, b.region) || (a.period ?? '').localeCompare(b.period ?? '') || a.order - b.order,
    );
  }
  const row = rows.find((r) => r.key === sort.rowKey);
  return out.sort(
    (a, b) => byValue(sortValue(row?.cells[a.id]), sortValue(row?.cells[b.id]), sort.dir) || a.order - b.order,
  );
}
