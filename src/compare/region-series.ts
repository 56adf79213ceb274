/**
 * One indicator for one region across periods: the comparison's columns of that region (however each page wrote its
 * name: 河南, 河南省) merged period by period and ordered on one time axis — 2021–2025, 2025, 2026. A span of years,
 * its yearly average and a single year stay separate points, as they are separate columns of the comparison; each
 * point's cell pairs its targets, actuals and stated progress as a comparison cell does. Pure.
 */
import { mergeKey } from './build';
import { pairCell } from './pairing';
import { scopeOf } from './period-scope';
import { isGenericRegion, looseRegionKey } from './region-columns';
import type { Cell, Column, ComparisonTable, Figure, Row } from './types';

/** A region the table has figures for, under the name most pages give it in full. */
export interface SeriesRegion {
  key: string;
  name: string;
  /** The names the pages wrote (河南, 河南省). */
  names: string[];
}

export interface RegionSeries {
  region: SeriesRegion;
  /** One column per period, in time order: a row of the comparison's shape, so the chart draws it as it draws a row. */
  columns: Column[];
  row: Row;
}

/** The column's region as the comparison keyed it (generic labels carry their page): the id without its period. */
function columnRegionKey(column: Column): string {
  const id = column.id.replace(/\|avg$/, '');
  return id.slice(0, id.lastIndexOf('|'));
}

/** The loose key of a column's region; a generic 全县 or a column with no region stays tied to its page. */
export function regionOfColumn(column: Column): string {
  if (column.region === '' || isGenericRegion(column.region)) return columnRegionKey(column);
  return looseRegionKey(column.region);
}

/** The regions of the table's columns, in order of first appearance, each once. */
export function seriesRegions(table: Pick<ComparisonTable, 'columns'>, rowKey?: string, rows?: readonly Row[]): SeriesRegion[] {
  const row = rowKey === undefined ? undefined : rows?.find((r) => r.key === rowKey);
  const out = new Map<string, SeriesRegion>();
  for (const column of [...table.columns].sort((a, b) => a.order - b.order)) {
    if (row && !Object.prototype.hasOwnProperty.call(row.cells, column.id)) continue;
    const key = regionOfColumn(column);
    const name = column.region || column.regionNote || key;
    const seen = out.get(key);
    if (!seen) out.set(key, { key, name, names: [name] });
    else if (!seen.names.includes(name)) {
      seen.names.push(name);
      // The longest name is the full one (河南省 over 河南).
      if (name.length > seen.name.length) seen.name = name;
    }
  }
  return [...out.values()];
}

/** [start, end) of a period in years: 2025 → [2025, 2026), 2021-2025 → [2021, 2026), 2025H2 → [2025.5, 2026). */
export function periodBounds(period: string | null): [number, number] | null {
  if (!period) return null;
  let m = /^(\d{4})$/.exec(period);
  if (m) return [Number(m[1]), Number(m[1]) + 1];
  m = /^(\d{4})-(\d{4})$/.exec(period);
  if (m) return [Number(m[1]), Number(m[2]) + 1];
  m = /^(\d{4})H([12])$/.exec(period);
  if (m) return [Number(m[1]) + (Number(m[2]) - 1) / 2, Number(m[1]) + Number(m[2]) / 2];
  m = /^(\d{4})Q([1-4])(?:-Q([1-4]))?$/.exec(period);
  if (m) return [Number(m[1]) + (Number(m[2]) - 1) / 4, Number(m[1]) + Number(m[3] ?? m[2]) / 4];
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return [Number(m[1]) + (Number(m[2]) - 1) / 12, Number(m[1]) + Number(m[2]) / 12];
  m = /^(\d{4})/.exec(period);
  return m ? [Number(m[1]), Number(m[1]) + 1] : null;
}

/**
 * Time order: by where the period starts, then where it ends (2021 before 2021–2025), a span's total before its
 * yearly average; periods with no year last.
 */
export function compareSeriesColumns(a: Column, b: Column): number {
  const pa = periodBounds(a.period);
  const pb = periodBounds(b.period);
  if (!pa || !pb) return (pa ? -1 : pb ? 1 : 0) || a.order - b.order;
  return pa[0] - pb[0] || pa[1] - pb[1] || Number(a.id.endsWith('|avg')) - Number(b.id.endsWith('|avg')) || a.order - b.order;
}

/** The figures of one period from several columns (pages wrote the name two ways), each figure once. */
function mergedCell(cells: readonly Cell[]): Cell {
  const figures: Figure[] = [];
  const byKey = new Map<string, Figure>();
  for (const f of cells.flatMap((c) => c.figures)) {
    const key = mergeKey(f);
    const seen = byKey.get(key);
    if (seen) {
      seen.mentions += f.mentions;
      continue;
    }
    // A copy: the comparison's own cell keeps its count.
    const copy = { ...f };
    byKey.set(key, copy);
    figures.push(copy);
  }
  return cells.length === 1 ? cells[0]! : { figures, progress: pairCell(figures) };
}

/** The row's figures for the region, one column per period in time order; null when the table has no such row. */
export function regionSeries(table: ComparisonTable, rowKey: string, regionKey: string): RegionSeries | null {
  const row = table.rows.find((r) => r.key === rowKey);
  if (!row) return null;
  const region = seriesRegions(table, rowKey, table.rows).find((r) => r.key === regionKey) ?? {
    key: regionKey,
    name: regionKey,
    names: [],
  };
  const byPeriod = new Map<string, { column: Column; cells: Cell[] }>();
  for (const column of table.columns) {
    if (regionOfColumn(column) !== regionKey) continue;
    const cell = row.cells[column.id];
    if (!cell || cell.figures.length === 0) continue;
    // The comparison's column minus its region: the period and, over a span, whether it is the yearly average.
    const periodId = `${column.period ?? ''}${column.id.endsWith('|avg') ? '|avg' : ''}`;
    const seen = byPeriod.get(periodId);
    if (seen) seen.cells.push(cell);
    else byPeriod.set(periodId, { column, cells: [cell] });
  }
  const columns: Column[] = [];
  const cells: Record<string, Cell> = {};
  for (const [periodId, { column, cells: list }] of byPeriod) {
    const id = `${regionKey}|${periodId}`;
    columns.push({ ...column, id, region: region.name, scope: scopeOf(region.name) });
    cells[id] = mergedCell(list);
  }
  columns.sort(compareSeriesColumns);
  columns.forEach((c, i) => (c.order = i));
  return { region, columns, row: { ...row, cells } };
}
