/**
 * The comparison's data and view state: open tabs' results (and the library's entries when included) loaded as one
 * table, then the columns, rows and column order the user chose applied to it.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { buildFullTable, viewTable } from '../../compare/build';
import type { ColumnSort } from '../../compare/types';
import type { TabResult } from '../../model';
import type { LibraryItem } from '../../store/library-types';
import type { CompareApi } from './api';
import { libraryInputs, tabInputs } from './compare-inputs';
import { rememberedIncludeLibrary, rememberIncludeLibrary } from './include-library';

/** Columns shown before the user picks: a popup is 780 px wide, and thousands of cells only slow it down. */
const DEFAULT_COLUMNS = { popup: 20, page: 60 } as const;

export type SortChoice = 'appearance' | 'label' | 'desc' | 'asc';
export type Variant = 'popup' | 'page';

export interface ComparisonData {
  tabs: TabResult[];
  library: LibraryItem[];
}

export function useComparisonData(api: CompareApi, variant: Variant) {
  const [includeLibrary, setIncludeLibraryState] = useState(() => rememberedIncludeLibrary(variant));
  const setIncludeLibrary = (on: boolean) => {
    rememberIncludeLibrary(variant, on);
    setIncludeLibraryState(on);
  };
  const [data, setData] = useState<ComparisonData | null>(null);
  const [error, setError] = useState<string | null>(null);
  // null: the default choice, the first columns up to what the view can show (open tabs come first).
  const [pickedColumns, setPickedColumns] = useState<Set<string> | null>(null);
  const [hiddenRows, setHiddenRows] = useState<Set<string>>(new Set());
  const [sort, setSort] = useState<SortChoice>('appearance');
  const [chosenRow, setChosenRow] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  // A layout effect subscribes right after the first render: an ordinary effect would wait for the next frame, while
  // the popup's prefetched answers may already be there.
  useLayoutEffect(() => {
    let live = true;
    Promise.all([api.tabResults(), includeLibrary ? api.libraryList() : Promise.resolve([])])
      .then(([tabs, library]) => {
        performance.mark('il-compare-data');
        if (live) setData({ tabs, library });
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [api, includeLibrary, reloads]);

  const libraryByKey = useMemo(() => new Map((data?.library ?? []).map((e) => [e.key, e])), [data]);
  const full = useMemo(
    () => buildFullTable(data ? [...tabInputs(data.tabs), ...libraryInputs(data.library)] : []),
    [data],
  );
  const visibleColumns = useMemo(
    () => pickedColumns ?? new Set(full.columns.slice(0, DEFAULT_COLUMNS[variant]).map((c) => c.id)),
    [full, pickedColumns, variant],
  );
  const hiddenColumns = useMemo(
    () => new Set(full.columns.filter((c) => !visibleColumns.has(c.id)).map((c) => c.id)),
    [full, visibleColumns],
  );
  const table = useMemo(() => {
    const visibleRows = new Set(full.rows.filter((r) => !hiddenRows.has(r.key)).map((r) => r.key));
    const columnSort: ColumnSort =
      (sort === 'asc' || sort === 'desc') && chosenRow
        ? { by: 'row', rowKey: chosenRow, dir: sort }
        : { by: sort === 'label' ? 'label' : 'appearance' };
    const view = viewTable(full, { rows: visibleRows, columns: visibleColumns, columnSort });
    // A row with nothing in the chosen columns is noise.
    return { ...view, rows: view.rows.filter((r) => Object.keys(r.cells).length > 0) };
  }, [full, hiddenRows, visibleColumns, sort, chosenRow]);

  useEffect(() => {
    if (data) performance.mark('il-compare-rendered');
  }, [data]);

  return {
    data,
    error,
    includeLibrary,
    setIncludeLibrary,
    /** Loads again (the library changed). */
    reload: () => setReloads((n) => n + 1),
    libraryByKey,
    full,
    table,
    hiddenColumns,
    /** Shows the columns not in `hidden`. */
    hideColumns: (hidden: ReadonlySet<string>) => setPickedColumns(new Set(full.columns.filter((c) => !hidden.has(c.id)).map((c) => c.id))),
    hiddenRows,
    setHiddenRows,
    sort,
    setSort,
    chosenRow,
    setChosenRow,
  };
}

export type ComparisonState = ReturnType<typeof useComparisonData>;
