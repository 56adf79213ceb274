/** The clipped library: search and filters, notes, delete with undo, import and export. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatPeriod } from '../../compare/format';
import { rowKeyOf } from '../../compare/row-order';
import { toCsv } from '../../export/csv';
import { sourceSentence } from '../compare/compare-inputs';
import { csvOptions } from '../citation-words';
import { downloadText, exportFilename } from '../../export/download';
import { toLibraryJson } from '../../export/json';
import type { LibraryItem, LibraryQuery } from '../../store/library-types';
import type { CompareApi } from '../compare/api';
import { cellWords, indicatorName } from '../compare/compare-words';
import { t } from '../i18n';
import { LibraryTable, PAGE_SIZE } from './LibraryTable';

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

function FacetSelect({ label, value, options, onChange }: { label: string; value: string; options: Array<[string, string]>; onChange(value: string): void }) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
      <option value="">{label}</option>
      {options.map(([value, name]) => (
        <option key={value} value={value}>
          {name}
        </option>
      ))}
    </select>
  );
}

const NONE: LibraryItem[] = [];

/** The library's entries (those matching `query`, or all for null), listed again when `version` changes; null until then. */
function useLibraryList(api: CompareApi, query: LibraryQuery | null, version: number): LibraryItem[] | null {
  const [list, setList] = useState<LibraryItem[] | null>(null);
  useEffect(() => {
    let live = true;
    const clean = query && (Object.fromEntries(Object.entries(query).filter(([, v]) => v)) as LibraryQuery);
    void (clean ? api.libraryList(clean) : api.libraryList()).then((items) => live && setList(items));
    return () => {
      live = false;
    };
  }, [api, query, version]);
  return list;
}

export function LibraryView({ api }: { api: CompareApi }) {
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

  const all = useLibraryList(api, null, version);
  const entries = useLibraryList(api, query, version) ?? NONE;

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
    <FacetSelect label={label} value={query[key] ?? ''} options={options} onChange={(value) => setQuery((q) => ({ ...q, [key]: value }))} />
  );

  const items = () =>
    entries.map((e) => ({ record: e.record, source: e.source, note: e.note, clippedAt: e.clippedAt, readAt: e.clippedAt, sentence: sourceSentence(e.source) }));

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
        <button type="button" onClick={() => downloadText(exportFilename('csv'), toCsv(items(), csvOptions(false)), 'text/csv;charset=utf-8')}>
          {t('compare_export_csv')}
        </button>
        <button type="button" onClick={() => downloadText(exportFilename('json'), toLibraryJson(items()), 'application/json')}>
          {t('compare_export_json')}
        </button>
        {entries.length > 0 && (
          // Every entry listed (all, or those the search and filters match) at once, with undo: a big library, or an
          // import regretted, is not deleted a row at a time.
          <button type="button" data-testid="library-delete-listed" onClick={() => void remove(entries.map((e) => e.key))}>
            {t('library_delete')} ({t('library_count', [entries.length])})
          </button>
        )}
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
        <LibraryTable
          api={api}
          entries={entries}
          words={words}
          onChanged={refresh}
          onRemove={(keys) => void remove(keys)}
          shown={shown}
          onMore={() => setShown((n) => n + PAGE_SIZE)}
        />
      )}
    </section>
  );
}
