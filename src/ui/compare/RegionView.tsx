/**
 * One indicator for one region across periods (#region?row=…&region=…): a small table in time order — targets,
 * actuals with their progress, stated progress — the pages each figure came from, one click from its passage, and
 * the chart when its figures are alike. From open tabs and, when included, the library.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { cellLines, type CellLine } from '../../compare/cell-text';
import { regionSeries, seriesRegions } from '../../compare/region-series';
import type { CompareSourceInfo, Figure } from '../../compare/types';
import { t } from '../i18n';
import type { CompareApi } from './api';
import { BarChart } from './BarChart';
import { useClipped } from './clipped';
import { comparisonActions } from './ComparisonActions';
import { cellWords, indicatorName } from './compare-words';
import { FigureLine, figureLineContext } from './FigureLine';
import { IncludeLibraryToggle } from './IncludeLibraryToggle';
import { type RegionChoice } from './track-region';
import { useComparisonData } from './use-comparison-data';

/** The pages a period's figures came from, each once, with the first figure to open there. */
function sourcesOf(lines: readonly CellLine[]): Array<{ source: CompareSourceInfo; figure: Figure }> {
  const out = new Map<string, { source: CompareSourceInfo; figure: Figure }>();
  for (const { figure } of lines) if (!out.has(figure.source.url)) out.set(figure.source.url, { source: figure.source, figure });
  return [...out.values()];
}

export function RegionView({ api, initial, onChoose }: { api: CompareApi; initial: RegionChoice; onChoose(c: RegionChoice): void }) {
  const state = useComparisonData(api, 'page');
  const { data, error, full } = state;
  const [status, setStatus] = useState('');
  const words = useMemo(cellWords, []);
  const clipped = useClipped(api, data, state.includeLibrary, state.libraryByKey);
  const actions = comparisonActions(api, state, words, setStatus, clipped);
  const [choice, setChoice] = useState<RegionChoice>(initial);

  const rowKey = full.rows.some((r) => r.key === choice.row) ? choice.row! : full.rows[0]?.key;
  const regions = useMemo(() => (rowKey ? seriesRegions(full, rowKey, full.rows) : []), [full, rowKey]);
  // The choice may name the region as a page wrote it (河南) or by its key.
  const region = regions.find((r) => r.key === choice.region || r.names.includes(choice.region ?? '')) ?? regions[0];
  const series = useMemo(() => (rowKey && region ? regionSeries(full, rowKey, region.key) : null), [full, rowKey, region]);
  useEffect(() => {
    if (data) onChoose({ ...(rowKey ? { row: rowKey } : {}), ...(region ? { region: region.name } : {}) });
  }, [data, rowKey, region?.name]);

  const ctx = figureLineContext({
    onOpen: (f) => void actions.open(f),
    onClip: (fs) => void actions.clip(fs),
    isClipped: clipped.isClipped,
    onUnclip: (fs) => void actions.unclip(fs),
    onCopy: (f, format) => void actions.copyFigure(f, format),
  });
  const row = series?.row;
  const name = row ? indicatorName(row) : '';
  const ready = data !== null;

  return (
    <section class="il-compare il-page il-region" data-testid="region-view" data-state={error ? 'error' : ready ? 'ready' : 'loading'}>
      <div class="il-toolbar" role="toolbar">
        <IncludeLibraryToggle state={state} />
        <label>
          {t('region_pick_indicator')}{' '}
          <select data-testid="region-indicator" value={rowKey} onChange={(e) => setChoice({ ...choice, row: (e.currentTarget as HTMLSelectElement).value })}>
            {full.rows.map((r) => (
              <option key={r.key} value={r.key}>{indicatorName(r)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('region_pick_region')}{' '}
          <select data-testid="region-region" value={region?.key} onChange={(e) => setChoice({ ...choice, region: (e.currentTarget as HTMLSelectElement).value })}>
            {regions.map((r) => (
              <option key={r.key} value={r.key}>{r.name}</option>
            ))}
          </select>
        </label>
        {region && region.names.length > 1 && (
          <span class="il-region-names" data-testid="region-names">{t('region_written_as', [region.names.join('、')])}</span>
        )}
      </div>
      {error && <p class="il-error" role="alert">{t('compare_error', [error])}</p>}
      {!ready && !error && <p class="il-loading">{t('compare_loading')}</p>}
      {ready && full.rows.length === 0 && <p class="il-empty">{t('region_none')}</p>}
      {series && row && region && (
        <>
          <h2 class="il-region-heading">{t('region_heading', [region.name, name])}</h2>
          {series.columns.length === 0 ? (
            <p class="il-empty">{t('region_empty', [name, region.name])}</p>
          ) : (
            <div class="il-table-wrap">
              <table class="il-table il-region-table" data-testid="region-table">
                <thead>
                  <tr>
                    <th scope="col">{t('region_period')}</th>
                    <th scope="col">{words.target}</th>
                    <th scope="col">{words.actual}</th>
                    <th scope="col">{words.progress}</th>
                    <th scope="col">{t('region_sources')}</th>
                  </tr>
                </thead>
                <tbody>
                  {series.columns.map((c) => {
                    const lines = cellLines(row.cells[c.id]!, words, row.unnamed);
                    const of = (kind: Figure['kind']) => lines.filter((l) => l.figure.kind === kind);
                    return (
                      <tr key={c.id} data-period={c.period ?? ''}>
                        <th scope="row" class="il-region-period">{c.periodLabel || '—'}</th>
                        {(['target', 'actual', 'progress'] as const).map((kind) => (
                          <td key={kind} data-kind={kind}>
                            {of(kind).map((line, i) => <FigureLine key={i} line={line} ctx={ctx} />)}
                          </td>
                        ))}
                        <td data-kind="sources">
                          {sourcesOf(lines).map(({ source, figure }) => (
                            <button type="button" class="il-source" key={source.url} title={source.url}
                              aria-label={t('region_open_source', [source.title || source.url])} onClick={() => void actions.open(figure)}>
                              {source.title || source.url}
                            </button>
                          ))}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {series.columns.length > 0 && (
            <div class="il-chart-wrap">
              <BarChart row={row} columns={series.columns} name={name} words={words}
                title={t('region_chart_title', [region.name, name, row.unit])} />
            </div>
          )}
        </>
      )}
      <p class="il-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
