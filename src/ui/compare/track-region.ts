/**
 * From a row of the popup's comparison to the full page's view of that indicator over time, for one region, and the
 * hash that carries the choice (#region?row=urban_new_jobs&region=河南), so a reload or a bookmark shows it again.
 */
import { regionOfColumn } from '../../compare/region-series';
import type { ComparisonTable, Row } from '../../compare/types';
import type { CompareApi } from './api';

export interface RegionChoice {
  row?: string;
  /** A region as a page wrote it, or its loose key. */
  region?: string;
}

/** The hash that opens the view on a choice: #region?row=urban_new_jobs&region=河南省. */
export function regionHash(choice: RegionChoice): string {
  const query = new URLSearchParams();
  if (choice.row) query.set('row', choice.row);
  if (choice.region) query.set('region', choice.region);
  return `#region?${query.toString()}`;
}

export function parseRegionHash(hash: string): RegionChoice | null {
  const m = /^#region(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  const query = new URLSearchParams(m[1] ?? '');
  const choice: RegionChoice = {};
  const row = query.get('row');
  const region = query.get('region');
  if (row) choice.row = row;
  if (region) choice.region = region;
  return choice;
}

/**
 * The region is the page's under the popup when it has a figure in the row (the page one is reading), else the
 * first column's with one; the view lets the user pick another.
 */
export function trackedRegion(table: ComparisonTable, row: Row, activeTabId: number | undefined): string | undefined {
  const columns = table.columns.filter((c) => (row.cells[c.id]?.figures.length ?? 0) > 0);
  const own = columns.find((c) => row.cells[c.id]!.figures.some((f) => f.source.tabId !== undefined && f.source.tabId === activeTabId));
  const column = own ?? columns[0];
  return column && regionOfColumn(column);
}

export async function trackRegion(api: CompareApi, table: ComparisonTable, row: Row): Promise<void> {
  const active = await api.activeTabId().catch(() => undefined);
  const region = trackedRegion(table, row, active);
  await api.openFullView(regionHash(region ? { row: row.key, region } : { row: row.key }));
}
