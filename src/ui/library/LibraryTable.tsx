/** The library's entries as a table, a page of rows at a time: figure, place, time, source, note, delete. */
import { figureText, type CellWords } from '../../compare/cell-text';
import { formatPeriod } from '../../compare/format';
import type { LibraryItem } from '../../store/library-types';
import type { CompareApi } from '../compare/api';
import { indicatorName } from '../compare/compare-words';
import { t } from '../i18n';
import { NoteField } from './NoteField';

/** Rows added each time the reader asks for more: ten thousand rows would take seconds to lay out. */
export const PAGE_SIZE = 200;

function figureOf({ record: r }: LibraryItem) {
  return { value: r.value, max: r.max ?? null, unit: r.unit, comparator: r.comparator, kind: r.kind };
}

interface Props {
  api: CompareApi;
  entries: LibraryItem[];
  words: CellWords;
  /** A note was saved so that the list should show it. */
  onChanged(): void;
  onRemove(keys: string[]): void;
  /** How many rows are laid out (kept by the view, so a filter that empties the list keeps it). */
  shown: number;
  onMore(): void;
}

export function LibraryTable({ api, entries, words, onChanged, onRemove, shown, onMore }: Props) {
  return (
    <div class="il-table-wrap">
      <table class="il-table il-library-table" data-testid="library-table">
        <thead>
          <tr>
            <th scope="col">{t('compare_indicator')}</th>
            <th scope="col">{t('library_value')}</th>
            <th scope="col">{t('library_region')}</th>
            <th scope="col">{t('library_period')}</th>
            <th scope="col">{t('library_source')}</th>
            <th scope="col">{t('library_clipped_at')}</th>
            <th scope="col">{t('library_note')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {entries.slice(0, shown).map((e) => (
            <tr key={e.key} data-key={e.key}>
              <th scope="row">{indicatorName(e.record)}</th>
              <td title={e.record.text}>{figureText(figureOf(e), words)}</td>
              <td>{e.record.region ?? ''}</td>
              <td>{formatPeriod(e.record.period)}</td>
              <td>
                <button type="button" class="il-open" title={e.source.url} onClick={() => void api.openSource({ source: e.source, record: e.record })}>
                  {e.source.title || e.source.url}
                </button>
              </td>
              <td>{new Date(e.clippedAt).toLocaleString()}</td>
              <td>
                <NoteField entry={e} onSave={(note, quiet) => void api.setNote(e.key, note).then(() => quiet || onChanged())} />
              </td>
              <td>
                <button type="button" onClick={() => onRemove([e.key])}>
                  {t('library_delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length > shown && (
        <button type="button" class="il-more" onClick={onMore}>
          {t('library_more', [Math.min(PAGE_SIZE, entries.length - shown), entries.length])}
        </button>
      )}
    </div>
  );
}
