/** The comparison of open tabs (and optionally the library): toolbar, table, chart. Used by the popup and the full page. */
import { useMemo, useState } from 'preact/hooks';
import { columnLabel } from '../../export/markdown';
import { t } from '../i18n';
import type { CompareApi } from './api';
import { BarChart } from './BarChart';
import { useClipped } from './clipped';
import { ActionButtons, comparisonActions } from './ComparisonActions';
import { CompareTable } from './CompareTable';
import { cellWords, indicatorName } from './compare-words';
import { PickList } from './PickList';
import { IncludeLibraryToggle } from './IncludeLibraryToggle';
import { trackRegion } from './track-region';
import type { Row } from '../../compare/types';
import { useComparisonData, type SortChoice, type Variant } from './use-comparison-data';

export function ComparisonView({ api, variant }: { api: CompareApi; variant: Variant }) {
  const state = useComparisonData(api, variant);
  const { data, error, full, table, chosenRow, setChosenRow } = state;
  const [status, setStatus] = useState('');
  const words = useMemo(cellWords, []);
  const clipped = useClipped(api, data, state.includeLibrary, state.libraryByKey);
  const actions = comparisonActions(api, state, words, setStatus, clipped);
  const chosen = chosenRow ? table.rows.find((r) => r.key === chosenRow) : undefined;
  const ready = data !== null;

  return (
    <section class={`il-compare il-${variant}`} data-state={error ? 'error' : ready ? 'ready' : 'loading'}>
      <div class="il-toolbar" role="toolbar">
        <IncludeLibraryToggle state={state} />
        <PickList
          testId="column-picker"
          summary={t('compare_columns', [table.columns.length, full.columns.length])}
          items={full.columns.map((c) => ({ id: c.id, label: columnLabel(c) }))}
          hidden={state.hiddenColumns}
          onChange={state.hideColumns}
        />
        <PickList
          testId="indicator-filter"
          summary={t('compare_indicators', [table.rows.length, full.rows.length])}
          items={full.rows.map((r) => ({ id: r.key, label: indicatorName(r) }))}
          hidden={state.hiddenRows}
          onChange={state.setHiddenRows}
        />
        <select
          aria-label={t('compare_sort')}
          value={state.sort}
          onChange={(e) => state.setSort((e.currentTarget as HTMLSelectElement).value as SortChoice)}
        >
          <option value="appearance">{t('compare_sort_appearance')}</option>
          <option value="label">{t('compare_sort_label')}</option>
          <option value="desc" disabled={!chosenRow}>{t('compare_sort_desc')}</option>
          <option value="asc" disabled={!chosenRow}>{t('compare_sort_asc')}</option>
        </select>
        <ActionButtons api={api} actions={actions} variant={variant} />
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
          onOpen={(f) => void actions.open(f)}
          onClip={(fs) => void actions.clip(fs)}
          isClipped={clipped.isClipped}
          onUnclip={(fs) => void actions.unclip(fs)}
          onCopy={(f, format) => void actions.copyFigure(f, format)}
          {...(variant === 'popup' ? { onTrack: (row: Row) => void trackRegion(api, table, row) } : {})}
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
