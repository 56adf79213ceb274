/** The comparison of open tabs (and optionally the library): toolbar, table, chart. Used by the popup and the full page. */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { buildFullTable, viewTable } from '../../compare/build';
import type { ColumnSort, Figure } from '../../compare/types';
import { toCsv } from '../../export/csv';
import { downloadText, exportFilename } from '../../export/download';
import type { ExportItem } from '../../export/export-types';
import { toLibraryJson } from '../../export/json';
import { columnLabel, toMarkdown } from '../../export/markdown';
import type { TabResult } from '../../messaging/protocol';
import type { LibraryItem } from '../../store/library-types';
import { t } from '../i18n';
import type { CompareApi } from './api';
import { BarChart } from './BarChart';
import { CompareTable } from './CompareTable';
import { clipOf, libraryInputs, sourceRefOf, tabInputs } from './compare-inputs';
import { PickList } from './PickList';
import { rememberedIncludeLibrary, rememberIncludeLibrary } from './include-library';
import { cellWords, indicatorName } from './compare-words';

/** Columns shown before the user picks: a popup is 780 px wide, and thousands of cells only slow it down. */
const DEFAULT_COLUMNS = { popup: 20, page: 60 } as const;

type SortChoice = 'appearance' | 'label' | 'desc' | 'asc';

interface Data {
  tabs: TabResult[];
  library: LibraryItem[];
}

function exportItem(f: Figure, library: ReadonlyMap<string, LibraryItem>): ExportItem {
  const stored = f.libraryKey === undefined ? undefined : library.get(f.libraryKey);
  if (stored) return { record: stored.record, source: stored.source, note: stored.note, clippedAt: stored.clippedAt };
  return { record: f.record, source: sourceRefOf(f, library) };
}

export function ComparisonView({ api, variant }: { api: CompareApi; variant: 'popup' | 'page' }) {
  const [includeLibrary, setIncludeLibraryState] = useState(() => rememberedIncludeLibrary(variant));
  const setIncludeLibrary = (on: boolean) => {
    rememberIncludeLibrary(variant, on);
    setIncludeLibraryState(on);
  };
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  // null: the default choice, the first columns up to what the view can show (open tabs come first).
  const [pickedColumns, setPickedColumns] = useState<Set<string> | null>(null);
  const [hiddenRows, setHiddenRows] = useState<Set<string>>(new Set());
  const [sort, setSort] = useState<SortChoice>('appearance');
  const [chosenRow, setChosenRow] = useState<string | null>(null);
  const [status, setStatus] = useState('');
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
  const words = useMemo(cellWords, []);
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

  const visibleFigures = () => table.rows.flatMap((r) => table.columns.flatMap((c) => r.cells[c.id]?.figures ?? []));

  async function clip(figures: Figure[]) {
    if (figures.length === 0) return;
    try {
      const { added, duplicates } = await api.clip(figures.map((f) => clipOf(f, libraryByKey)));
      setStatus(t('compare_clip_result', [added, duplicates]));
      if (includeLibrary) setReloads((n) => n + 1);
    } catch (e) {
      setStatus(t('compare_error', [e instanceof Error ? e.message : String(e)]));
    }
  }

  /** Every figure of the page under the popup, shown or not. */
  async function clipActivePage() {
    const tabId = await api.activeTabId();
    const page = tabInputs((data?.tabs ?? []).filter((r) => r.tabId === tabId));
    const clips = page.flatMap((p) =>
      p.records.map((record) => ({
        record,
        source: { url: p.source.url, title: p.source.title, quote: record.text, prefix: '', suffix: '' },
      })),
    );
    if (clips.length === 0) {
      setStatus(t('compare_page_empty'));
      return;
    }
    try {
      const { added, duplicates } = await api.clip(clips);
      setStatus(t('compare_clip_result', [added, duplicates]));
      if (includeLibrary) setReloads((n) => n + 1);
    } catch (e) {
      setStatus(t('compare_error', [e instanceof Error ? e.message : String(e)]));
    }
  }

  async function open(f: Figure) {
    const request = { source: sourceRefOf(f, libraryByKey), record: f.record };
    const reply = await api.openSource(f.source.tabId === undefined ? request : { ...request, tabId: f.source.tabId });
    if (!reply.found) setStatus(t('compare_not_found'));
  }

  async function copyMarkdown() {
    const md = toMarkdown(table, { words, indicatorHeader: t('compare_indicator'), rowName: indicatorName });
    await navigator.clipboard.writeText(md);
    setStatus(t('compare_copied'));
  }

  function exportAs(kind: 'csv' | 'json') {
    const items = visibleFigures().map((f) => exportItem(f, libraryByKey));
    if (kind === 'csv') downloadText(exportFilename('csv'), toCsv(items), 'text/csv;charset=utf-8');
    else downloadText(exportFilename('json'), toLibraryJson(items), 'application/json');
  }

  const chosen = chosenRow ? table.rows.find((r) => r.key === chosenRow) : undefined;
  const ready = data !== null;

  return (
    <section class={`il-compare il-${variant}`} data-state={error ? 'error' : ready ? 'ready' : 'loading'}>
      <div class="il-toolbar" role="toolbar">
        <label class="il-toggle">
          <input
            type="checkbox"
            checked={includeLibrary}
            onChange={(e) => setIncludeLibrary((e.currentTarget as HTMLInputElement).checked)}
          />
          {t('compare_include_library')}
        </label>
        <PickList
          testId="column-picker"
          summary={t('compare_columns', [table.columns.length, full.columns.length])}
          items={full.columns.map((c) => ({ id: c.id, label: columnLabel(c) }))}
          hidden={hiddenColumns}
          onChange={(hidden) => setPickedColumns(new Set(full.columns.filter((c) => !hidden.has(c.id)).map((c) => c.id)))}
        />
        <PickList
          testId="indicator-filter"
          summary={t('compare_indicators', [table.rows.length, full.rows.length])}
          items={full.rows.map((r) => ({ id: r.key, label: indicatorName(r) }))}
          hidden={hiddenRows}
          onChange={setHiddenRows}
        />
        <select
          aria-label={t('compare_sort')}
          value={sort}
          onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as SortChoice)}
        >
          <option value="appearance">{t('compare_sort_appearance')}</option>
          <option value="label">{t('compare_sort_label')}</option>
          <option value="desc" disabled={!chosenRow}>{t('compare_sort_desc')}</option>
          <option value="asc" disabled={!chosenRow}>{t('compare_sort_asc')}</option>
        </select>
        <button type="button" onClick={() => void clip(visibleFigures().filter((f) => f.origin === 'tab'))}>
          {t('compare_clip_all')}
        </button>
        <button type="button" onClick={() => void copyMarkdown()}>{t('compare_copy_md')}</button>
        <button type="button" onClick={() => exportAs('csv')}>{t('compare_export_csv')}</button>
        <button type="button" onClick={() => exportAs('json')}>{t('compare_export_json')}</button>
        {variant === 'popup' && (
          <>
            <button type="button" onClick={() => void clipActivePage()}>{t('compare_clip_page')}</button>
            <button type="button" onClick={() => void api.togglePanel().catch(() => undefined)}>
              {t('compare_toggle_panel')}
            </button>
            <button type="button" onClick={() => void api.openFullView()}>{t('compare_open_full')}</button>
          </>
        )}
      </div>
      {error && <p class="il-error" role="alert">{t('compare_error', [error])}</p>}
      {data?.tabs
        .filter((r) => r.kept)
        .map((r) => (
          <p class="il-kept-note" data-testid="kept-note" key={`${r.tabId}:${r.frameId}`}>
            {t('compare_tab_kept', [r.title || r.url, r.kept!.records, r.kept!.of])}
          </p>
        ))}
      {!ready && !error && <p class="il-loading">{t('compare_loading')}</p>}
      {ready && full.rows.length === 0 && <p class="il-empty">{t('compare_empty')}</p>}
      {ready && full.rows.length > 0 && (
        <CompareTable
          table={table}
          words={words}
          chosenRow={chosenRow}
          onChooseRow={(key) => setChosenRow((cur) => (cur === key ? null : key))}
          onOpen={(f) => void open(f)}
          onClip={(fs) => void clip(fs)}
        />
      )}
      {chosen && (
        <div class="il-chart-wrap">
          <button type="button" class="il-chart-close" onClick={() => setChosenRow(null)} aria-label={t('compare_chart_close')}>
            ×
          </button>
          <BarChart row={chosen} columns={table.columns} name={indicatorName(chosen)} words={words} />
        </div>
      )}
      <p class="il-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
