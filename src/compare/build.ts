/** Builds the comparison table from the records of many pages (tabs and/or library). Pure. */
import type { IndicatorRecord } from '../extract/types';
import { formatPeriod } from './format';
import { pairCell } from './pairing';
import { periodTypeOf, scopeOf, type PeriodType, type Scope } from './period-scope';
import { resolveRegion } from './region-columns';
import { compareRowKeys, otherRowLabel, rowKeyOf } from './row-order';
import { sortColumns, sortRows } from './sort';
import type { Cell, Column, CompareInput, CompareRecord, CompareOptions, ComparisonTable, Figure, Row } from './types';
import { commonUnit, convert } from './unit-conversion';

interface Placed {
  record: CompareRecord;
  input: CompareInput;
  libraryKey?: string;
  rowKey: string;
  columnId: string;
  periodType: PeriodType;
  scope: Scope;
}

function toFigure(p: Placed, rowUnit: string): Figure {
  const r = p.record;
  // Progress is a share of plan in %, never converted to the row's unit.
  const unit = r.kind === 'progress' ? r.unit : rowUnit;
  const value = r.value === null ? null : convert(r.value, r.unit, unit);
  const max = r.max == null ? null : convert(r.max, r.unit, unit);
  const fig: Figure = {
    record: r,
    source: p.input.source,
    origin: p.input.origin,
    value: value ?? r.value,
    max: max ?? r.max ?? null,
    unit: value === null && r.value !== null ? r.unit : unit,
    comparator: r.comparator,
    kind: r.kind,
    mentions: 1,
    periodType: p.periodType,
    scope: p.scope,
  };
  if (p.libraryKey !== undefined) fig.libraryKey = p.libraryKey;
  return fig;
}

/** The same figure mentioned twice (title and body, or two pages) is shown once. */
export function mergeKey(f: Figure): string {
  return [f.kind, f.periodType, f.comparator, f.value, f.max, f.unit, f.record.masked ? f.record.label : ''].join('|');
}

function buildCell(placed: readonly Placed[], rowUnit: string): Cell {
  const figures: Figure[] = [];
  const byKey = new Map<string, Figure>();
  for (const p of placed) {
    const f = toFigure(p, rowUnit);
    const key = mergeKey(f);
    const seen = byKey.get(key);
    if (seen) {
      seen.mentions += 1;
      continue;
    }
    byKey.set(key, f);
    figures.push(f);
  }
  return { figures, progress: pairCell(figures) };
}

/**
 * A cell is built when first read: a popup opening on a thousand records shows a few dozen cells, and the rest are
 * read frame by frame as the table fills in. The getter keeps its value, also when copied to another object.
 */
function defineLazy(cells: Record<string, Cell>, columnId: string, build: () => Cell): void {
  let cell: Cell | undefined;
  Object.defineProperty(cells, columnId, { enumerable: true, configurable: true, get: () => (cell ??= build()) });
}

/** Every row and column of the inputs, unfiltered, in default order. */
export function buildFullTable(inputs: readonly CompareInput[]): ComparisonTable {
  const columns = new Map<string, Column>();
  const placedByRow = new Map<string, Placed[]>();
  for (const input of inputs) {
    input.records.forEach((record, i) => {
      const region = resolveRegion(record.region, input.region, input.source);
      const period = record.period || input.period;
      const periodType = periodTypeOf({ ...record, period }, record.sentence);
      // Over a span of years, a yearly average and the span's total are different quantities: never one cell.
      const average = periodType === 'annual-average' && /^\d{4}-\d{4}$/.test(period ?? '');
      const columnId = `${region.key}|${period ?? ''}${average ? '|avg' : ''}`;
      const scope = scopeOf(region.region);
      if (!columns.has(columnId)) {
        const col: Column = {
          id: columnId,
          region: region.region,
          scope,
          period,
          periodLabel: average ? `${formatPeriod(period)} 年均` : formatPeriod(period),
          order: columns.size,
        };
        if (region.note !== undefined) col.regionNote = region.note;
        columns.set(columnId, col);
      }
      const rowKey = rowKeyOf(record);
      const placed: Placed = { record, input, rowKey, columnId, periodType, scope };
      const key = input.keys?.[i];
      if (key !== undefined) placed.libraryKey = key;
      let list = placedByRow.get(rowKey);
      if (!list) placedByRow.set(rowKey, (list = []));
      list.push(placed);
    });
  }

  const rows: Row[] = [];
  for (const [rowKey, placed] of placedByRow) {
    const first = placed[0]!;
    const unit =
      commonUnit(placed.filter((p) => p.record.kind !== 'progress').map((p) => p.record.unit)) || first.record.unit;
    const byColumn = new Map<string, Placed[]>();
    for (const p of placed) {
      let list = byColumn.get(p.columnId);
      if (!list) byColumn.set(p.columnId, (list = []));
      list.push(p);
    }
    const cells: Record<string, Cell> = {};
    for (const [columnId, list] of byColumn) defineLazy(cells, columnId, () => buildCell(list, unit));
    const label = first.record.indicator === 'other' ? otherRowLabel(first.record.label) : first.record.label;
    const row: Row = { key: rowKey, indicator: first.record.indicator, label, unit, cells };
    if (rowKey === 'other:') row.unnamed = true;
    rows.push(row);
  }
  rows.sort((a, b) => compareRowKeys(a.key, b.key));
  return { columns: [...columns.values()], rows };
}

/** Filters and orders a full table without rebuilding it (cheap enough to run on every click). */
export function viewTable(full: ComparisonTable, options: CompareOptions = {}): ComparisonTable {
  const keepColumn = (id: string) => !options.columns || options.columns.has(id);
  const columns = full.columns.filter((c) => keepColumn(c.id));
  let rows = full.rows.filter((r) => !options.rows || options.rows.has(r.key));
  if (options.columns) {
    rows = rows.map((r) => {
      // Descriptors, not values: a cell not yet built stays unbuilt.
      const cells: Record<string, Cell> = {};
      for (const id of Object.keys(r.cells)) {
        if (keepColumn(id)) Object.defineProperty(cells, id, Object.getOwnPropertyDescriptor(r.cells, id)!);
      }
      return { ...r, cells };
    });
  }
  return {
    columns: sortColumns(columns, rows, options.columnSort ?? { by: 'appearance' }),
    rows: sortRows(rows, options.rowSort ?? { by: 'indicator' }),
  };
}

export function buildComparison(inputs: readonly CompareInput[], options: CompareOptions = {}): ComparisonTable {
  return viewTable(buildFullTable(inputs), options);
}
