/**
 * What the comparison does with its figures — clip them to the library, export or copy what is shown, open a figure's
 * source — and the toolbar buttons that ask for it. Every action says how it went in the status line.
 */
import type { ComparisonTable, Figure } from '../../compare/types';
import type { CellWords } from '../../compare/cell-text';
import { toCsv } from '../../export/csv';
import { downloadText, exportFilename } from '../../export/download';
import type { ExportItem } from '../../export/export-types';
import { toLibraryJson } from '../../export/json';
import { toMarkdown } from '../../export/markdown';
import type { ClipEntry } from '../../model';
import type { LibraryItem } from '../../store/library-types';
import { t } from '../i18n';
import type { CompareApi } from './api';
import type { ClippedState } from './clipped';
import { citationMarkdown, citationText } from '../../export/citation';
import { citationLabels, csvOptions } from '../citation-words';
import { copyText } from '../clipboard';
import { figureCitation } from './cite';
import { clipOf, readAtOf, sentenceOf, sourceRefOf, specRecord, tabInputs } from './compare-inputs';
import { indicatorName, periodTypeName } from './compare-words';
import type { ComparisonState, Variant } from './use-comparison-data';

function exportItem(f: Figure, library: ReadonlyMap<string, LibraryItem>): ExportItem {
  const stored = f.libraryKey === undefined ? undefined : library.get(f.libraryKey);
  const cite = { sentence: sentenceOf(f, library), readAt: readAtOf(f, library) };
  if (stored) return { record: stored.record, source: stored.source, note: stored.note, clippedAt: stored.clippedAt, ...cite };
  return { record: specRecord(f.record), source: sourceRefOf(f, library), ...cite };
}

const visibleFigures = (table: ComparisonTable) => table.rows.flatMap((r) => table.columns.flatMap((c) => r.cells[c.id]?.figures ?? []));

export function comparisonActions(
  api: CompareApi,
  state: ComparisonState,
  words: CellWords,
  setStatus: (text: string) => void,
  clipped?: Pick<ClippedState, 'added' | 'removed' | 'keysOf'>,
) {
  const { data, table, libraryByKey, includeLibrary, reload } = state;

  /** Clips the entries and says how many were new; the library columns follow when they are shown. */
  async function clipEntries(entries: ClipEntry[]) {
    try {
      const { added, duplicates } = await api.clip(entries);
      clipped?.added(entries);
      setStatus(t('compare_clip_result', [added, duplicates]));
      if (includeLibrary) reload();
    } catch (e) {
      setStatus(t('compare_error', [e instanceof Error ? e.message : String(e)]));
    }
  }

  async function clip(figures: Figure[]) {
    if (figures.length === 0) return;
    await clipEntries(figures.map((f) => clipOf(f, libraryByKey)));
  }

  /** Takes the figures out of the library again (the ★ of a clipped figure). */
  async function unclip(figures: Figure[]) {
    const keys = [...new Set(figures.flatMap((f) => clipped?.keysOf(f) ?? []))];
    if (keys.length === 0) return;
    try {
      const removed = await api.remove(keys);
      clipped?.removed(keys);
      setStatus(t('compare_unclip_result', [removed]));
      if (includeLibrary) reload();
    } catch (e) {
      setStatus(t('compare_error', [e instanceof Error ? e.message : String(e)]));
    }
  }

  return {
    clip,
    unclip,
    /** Every figure of the page under the popup, shown or not. */
    async clipActivePage() {
      const tabId = await api.activeTabId();
      const page = tabInputs((data?.tabs ?? []).filter((r) => r.tabId === tabId));
      const clips = page.flatMap((p) =>
        p.records.map((record) => ({
          record,
          source: { url: p.source.url, title: p.source.title, quote: record.text, prefix: '', suffix: '' },
        })),
      );
      if (clips.length === 0) return setStatus(t('compare_page_empty'));
      await clipEntries(clips);
    },
    async open(f: Figure) {
      const request = { source: sourceRefOf(f, libraryByKey), record: f.record };
      const reply = await api.openSource(f.source.tabId === undefined ? request : { ...request, tabId: f.source.tabId });
      if (!reply.found) setStatus(t('compare_not_found'));
    },
    async copyMarkdown() {
      const md = toMarkdown(table, {
        words,
        indicatorHeader: t('compare_indicator'),
        rowName: indicatorName,
        periodTypeName: (f) => periodTypeName(f.periodType),
        sourceOf: (f) => {
          const readAt = readAtOf(f, libraryByKey);
          const sentence = sentenceOf(f, libraryByKey);
          return readAt === undefined ? { sentence } : { sentence, readAt };
        },
        readAt: t('cite_read_at'),
      });
      setStatus(t((await copyText(md)) ? 'compare_copied' : 'cite_copy_failed'));
    },
    /** One figure with its source, as text or Markdown. */
    async copyFigure(f: Figure, format: 'text' | 'markdown') {
      const c = figureCitation(f, libraryByKey);
      const text = format === 'text' ? citationText(c, citationLabels()) : citationMarkdown(c, citationLabels());
      setStatus(t((await copyText(text)) ? 'cite_copied' : 'cite_copy_failed'));
    },
    exportAs(kind: 'csv' | 'csv-machine' | 'json') {
      const items = visibleFigures(table).map((f) => exportItem(f, libraryByKey));
      if (kind === 'json') downloadText(exportFilename('json'), toLibraryJson(items), 'application/json');
      else downloadText(exportFilename('csv'), toCsv(items, csvOptions(kind === 'csv-machine')), 'text/csv;charset=utf-8');
    },
    /** The shown figures of open tabs (library figures are clipped already). */
    clipShown: () => clip(visibleFigures(table).filter((f) => f.origin === 'tab')),
  };
}

export type ComparisonActionSet = ReturnType<typeof comparisonActions>;

/** The toolbar's action buttons; the popup adds those about the page under it. */
export function ActionButtons({ api, actions, variant }: { api: CompareApi; actions: ComparisonActionSet; variant: Variant }) {
  return (
    <>
      <button type="button" onClick={() => void actions.clipShown()}>
        {t('compare_clip_all')}
      </button>
      <button type="button" onClick={() => void actions.copyMarkdown()}>{t('compare_copy_md')}</button>
      <button type="button" onClick={() => actions.exportAs('csv')}>{t('compare_export_csv')}</button>
      <button type="button" onClick={() => actions.exportAs('csv-machine')}>{t('compare_export_csv_machine')}</button>
      <button type="button" onClick={() => actions.exportAs('json')}>{t('compare_export_json')}</button>
      {variant === 'popup' && (
        <>
          <button type="button" onClick={() => void actions.clipActivePage()}>{t('compare_clip_page')}</button>
          <button type="button" onClick={() => void api.togglePanel().catch(() => undefined)}>
            {t('compare_toggle_panel')}
          </button>
          <button type="button" onClick={() => void api.openFullView()}>{t('compare_open_full')}</button>
        </>
      )}
    </>
  );
}
