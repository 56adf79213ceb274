/** The clipped library: search and filters, notes, delete with undo, import and export. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { figureText } from '../../compare/cell-text';
import { formatPeriod } from '../../compare/format';
import { rowKeyOf } from '../../compare/row-order';
import { toCsv } from '../../export/csv';
import { downloadText, exportFilename } from '../../export/download';
import { toLibraryJson } from '../../export/json';
import type { LibraryItem, LibraryQuery } from '../../store/library-types';
import type { CompareApi } from '../compare/api';
import { cellWords, indicatorName } from '../compare/compare-words';
import { t } from '../i18n';

interface Facets {
  indicators: Array<[string, string]>;
  regions: string[];
  periods: string[];
  sources: Array<[string, string]>;
}

function facetsOf(entries: readonly LibraryItem[]): Facets {
  const indicators = new Map<string, string>();
  const regions = new Set<string>();
  const periods = new Set<string>();
  const sources = new Map<string, string>();
  for (const e of entries) {
    indicators.set(rowKeyOf(e.record), indicatorName(e.record));
    if (e.record.region) regions.add(e.record.region);
    if (e.record.period) periods.add(e.record.period);
    sources.set(e.source.url, e.source.title || e.source.url);
  }
  return { indicators: [...indicators], regions: [...regions].sort(), periods: [...periods].sort(), sources: [...sources] };
}

function figureOf({ record: r }: LibraryItem) {
  return { value: r.value, max: r.max ?? null, unit: r.unit, comparator: r.comparator, kind: r.kind };
}

/** Typing pauses this long before the note is saved. */
export const NOTE_SAVE_DELAY_MS = 500;

/**
 * Uncontrolled on purpose, so typing never waits for a re-render. The note is saved as it is typed (after a short
 * pause, quietly: the list is not reloaded under the cursor), and at once on blur, Enter, or when the page goes away —
 * a note typed and then the tab closed is kept.
 */
function NoteField({ entry, onSave }: { entry: LibraryItem; onSave(note: string, quiet: boolean): void }) {
  const saved = useRef(entry.note);
  const pending = useRef<{ value: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const flush = (quiet: boolean) => {
    const p = pending.current;
    if (p) clearTimeout(p.timer);
    pending.current = null;
    // (On blur or Enter, a note saved quietly while typed is saved once more, so the list shows it.)
    if (p && (p.value !== saved.current || (!quiet && p.value !== entry.note))) {
      saved.current = p.value;
      onSave(p.value, quiet);
    }
  };
  useEffect(() => {
    const away = () => flush(true);
    addEventListener('pagehide', away);
    return () => {
      removeEventListener('pagehide', away);
      away();
    };
  }, []);
  const typed = (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { value, timer: setTimeout(() => flush(true), NOTE_SAVE_DELAY_MS) };
  };
  const done = (e: Event) => {
    typed(e);
    flush(false);
  };
  return (
    <input
      key={entry.note}
      class="il-note"
      aria-label={t('library_note')}
      placeholder={t('library_note')}
      defaultValue={entry.note}
      onInput={typed}
      onBlur={done}
      onKeyDown={(e) => e.key === 'Enter' && done(e)}
    />
  );
}

const PAGE_SIZE = 200;

export function LibraryView({ api }: { api: CompareApi }) {
  const [all, setAll] = useState<LibraryItem[] | null>(null);
  const [entries, setEntries] = useState<LibraryItem[]>([]);
  const [query, setQuery] = useState<LibraryQuery>({});
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean; undo?: string[] } | null>(null);
  const [version, setVersion] = useState(0);
  // Ten thousand rows would take seconds to lay out; the list grows on demand.
  const [shown, setShown] = useState(PAGE_SIZE);
  const words = useMemo(cellWords, []);

  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => ({ ...q, text })), 200);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    let live = true;
    void api.libraryList().then((list) => live && setAll(list));
    return () => {
      live = false;
    };
  }, [api, version]);

  useEffect(() => {
    let live = true;
    const clean = Object.fromEntries(Object.entries(query).filter(([, v]) => v)) as LibraryQuery;
    void api.libraryList(clean).then((list) => live && setEntries(list));
    return () => {
      live = false;
    };
  }, [api, query, version]);

  const facets = useMemo(() => facetsOf(all ?? []), [all]);
  const refresh = () => setVersion((v) => v + 1);

  async function remove(keys: string[]) {
    const n = await api.remove(keys);
    setMessage({ text: t('library_deleted', [n]), undo: keys });
    refresh();
  }

  async function undo(keys: string[]) {
    await api.restore(keys);
    setMessage(null);
    refresh();
  }

  async function importFile(file: File) {
    const reply = await api.importJson(await file.text());
    if (reply.ok) setMessage({ text: t('library_imported', [reply.added, reply.duplicates]) });
    else setMessage({ text: t('library_import_failed', [reply.error]), error: true });
    refresh();
  }

  const select = (key: keyof LibraryQuery, label: string, options: Array<[string, string]>) => (
    <select
      aria-label={label}
      value={query[key] ?? ''}
      onChange={(e) => setQuery((q) => ({ ...q, [key]: (e.currentTarget as HTMLSelectElement).value }))}
    >
      <option value="">{label}</option>
      {options.map(([value, name]) => (
        <option key={value} value={value}>
          {name}
        </option>
      ))}
    </select>
  );

  const items = () => entries.map((e) => ({ record: e.record, source: e.source, note: e.note, clippedAt: e.clippedAt }));

  return (
    <section class="il-library" data-state={all ? 'ready' : 'loading'}>
      <div class="il-toolbar" role="toolbar">
        <input
          type="search"
          class="il-search"
          aria-label={t('library_search')}
          placeholder={t('library_search')}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        {select('indicator', t('library_any_indicator'), facets.indicators)}
        {select('region', t('library_any_region'), facets.regions.map((r) => [r, r]))}
        {select('period', t('library_any_period'), facets.periods.map((p) => [p, formatPeriod(p)]))}
        {select('url', t('library_any_source'), facets.sources)}
        <label class="il-import">
          {t('library_import')}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-file"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) void importFile(file).finally(() => (input.value = ''));
            }}
          />
        </label>
        <button type="button" onClick={() => downloadText(exportFilename('csv'), toCsv(items()), 'text/csv;charset=utf-8')}>
          {t('compare_export_csv')}
        </button>
        <button type="button" onClick={() => downloadText(exportFilename('json'), toLibraryJson(items()), 'application/json')}>
          {t('compare_export_json')}
        </button>
        <span class="il-count" data-testid="library-count">
          {t('library_count', [entries.length])}
        </span>
      </div>
      {message && (
        <p class={message.error ? 'il-error' : 'il-status'} role={message.error ? 'alert' : 'status'} data-testid="library-message">
          {message.text}
          {message.undo && (
            <button type="button" onClick={() => void undo(message.undo!)}>
              {t('library_undo')}
            </button>
          )}
        </p>
      )}
      {all && all.length === 0 && <p class="il-empty">{t('library_empty')}</p>}
      {entries.length > 0 && (
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
                    <NoteField entry={e} onSave={(note, quiet) => void api.setNote(e.key, note).then(() => quiet || refresh())} />
                  </td>
                  <td>
                    <button type="button" onClick={() => void remove([e.key])}>
                      {t('library_delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries.length > shown && (
            <button type="button" class="il-more" onClick={() => setShown((n) => n + PAGE_SIZE)}>
              {t('library_more', [Math.min(PAGE_SIZE, entries.length - shown), entries.length])}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
