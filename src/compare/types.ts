/** The comparison table: rows are indicators, columns are region+period, cells hold the figures. */
import type { Comparator, IndicatorId, IndicatorRecord, Kind } from '../extract/types';
import type { PeriodType, Scope } from './period-scope';

/** Where a set of records came from: an open tab or clipped library entries of one page. */
export interface CompareSourceInfo {
  url: string;
  title: string;
  /** Set when the page is open in a tab. */
  tabId?: number;
  /** ms since epoch: when the open tab's page was read. */
  readAt?: number;
}

/** A record with the sentence it stands in, when known (the background keeps it with an open tab's figures). */
export type CompareRecord = IndicatorRecord & { sentence?: string };

export interface CompareInput {
  source: CompareSourceInfo;
  origin: 'tab' | 'library';
  /** The page-level region and period, used when a record has none. */
  region: string | null;
  period: string | null;
  records: CompareRecord[];
  /** Library entries only: one key per record (same order), to edit them later. */
  keys?: string[];
}

export interface Column {
  id: string;
  /** Region as shown (a generic 全县 gets the page title appended in `regionNote`). */
  region: string;
  /** Page title when `region` is a generic label like 全省/全县 that names no place. */
  regionNote?: string;
  /** 全国, a province, a city or a county, by the region's name. */
  scope: Scope;
  period: string | null;
  periodLabel: string;
  /** First appearance order, used as the default column order. */
  order: number;
}

export interface Figure {
  record: CompareRecord;
  source: CompareSourceInfo;
  origin: 'tab' | 'library';
  libraryKey?: string;
  /** Value converted to the row's unit (null when masked or not convertible). */
  value: number | null;
  max: number | null;
  unit: string;
  comparator: Comparator;
  kind: Kind;
  /** How many identical mentions (same value/comparator/kind/label) were merged into this one. */
  mentions: number;
  /** What the period covers: a year, part of one, up to a date, a yearly average, several years, a plan's span. */
  periodType: PeriodType;
  scope: Scope;
}

export interface Progress {
  /** Percent of the target reached; null when only "met or not" makes sense (rates, `<=` targets). */
  percent: number | null;
  /** true when computed as actual/target here; false when the page states it. */
  computed: boolean;
  /** The figure the percentage belongs to (an actual), when known. */
  actual?: Figure;
  target?: Figure;
  /** The progress figure as stated on the page (computed progress has none). */
  stated?: Figure;
  /** For `<=` targets (rates): whether the actual stays within it. */
  met?: boolean;
}

export interface Cell {
  figures: Figure[];
  progress: Progress[];
}

export interface Row {
  /** `urban_new_jobs`, `custom:slug`, or `other:<label>`. */
  key: string;
  indicator: IndicatorId;
  /** The label as written on the (first) page; the UI shows a localised name for core ids. */
  label: string;
  /** The common unit of the row (base unit, most frequent). */
  unit: string;
  cells: Record<string, Cell>;
  /** The row of `other` figures whose label names nothing: each figure is shown with its words on the page. */
  unnamed?: true;
}

export interface ComparisonTable {
  columns: Column[];
  rows: Row[];
}

export type RowSort = { by: 'indicator' } | { by: 'column'; columnId: string; dir: 'asc' | 'desc' };
export type ColumnSort = { by: 'appearance' } | { by: 'label' } | { by: 'row'; rowKey: string; dir: 'asc' | 'desc' };

export interface CompareOptions {
  /** Keep only these row keys (undefined = all). */
  rows?: ReadonlySet<string>;
  /** Keep only these column ids (undefined = all). */
  columns?: ReadonlySet<string>;
  rowSort?: RowSort;
  columnSort?: ColumnSort;
}
