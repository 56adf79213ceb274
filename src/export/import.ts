/**
 * Strict validation of a library JSON file before anything is stored: the whole file is accepted or rejected,
 * and a rejection names the first problem with its path (entries[3].record.value: …).
 */
import { CORE_INDICATORS, type IndicatorRecord } from '../extract/types';
import type { ImportEntry } from '../store/library';
import { LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION } from './export-types';

export type ImportResult = { ok: true; entries: ImportEntry[] } | { ok: false; error: string };

export const MAX_IMPORT_ENTRIES = 100_000;
const COMPARATORS = new Set(['>=', '<=', '~', '=', 'range']);
const KINDS = new Set(['target', 'actual', 'progress']);
const CORE = new Set<string>(CORE_INDICATORS);
const RECORD_KEYS = new Set([
  'indicator', 'label', 'value', 'max', 'unit', 'comparator', 'kind', 'masked', 'region', 'period', 'text', 'start', 'end',
]);

class Invalid extends Error {}

type Obj = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new Invalid(`${path}: ${expected}`);
}

function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'expected an object');
  return v as Obj;
}

function str(o: Obj, key: string, path: string, opts: { nonEmpty?: boolean; max?: number } = {}): string {
  const v = o[key];
  if (typeof v !== 'string') fail(`${path}.${key}`, 'expected a string');
  if (opts.nonEmpty && v === '') fail(`${path}.${key}`, 'must not be empty');
  if (v.length > (opts.max ?? 100_000)) fail(`${path}.${key}`, 'too long');
  return v;
}

function strOrNull(o: Obj, key: string, path: string): string | null {
  return o[key] === null ? null : str(o, key, path);
}

function finiteOrNull(o: Obj, key: string, path: string): number | null {
  const v = o[key];
  if (v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${path}.${key}`, 'expected a finite number or null');
  return v;
}

function offset(o: Obj, key: string, path: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(`${path}.${key}`, 'expected a non-negative integer');
  return v;
}

/** `strict`: unknown fields are an error (import files); otherwise they are dropped (clips from the engine). */
function record(v: unknown, path: string, strict: boolean): IndicatorRecord {
  const o = obj(v, path);
  if (strict) for (const key of Object.keys(o)) if (!RECORD_KEYS.has(key)) fail(`${path}.${key}`, 'unknown field');
  const indicator = str(o, 'indicator', path, { nonEmpty: true });
  if (!CORE.has(indicator) && indicator !== 'other' && !/^custom:[\w-]+$/.test(indicator)) {
    fail(`${path}.indicator`, `unknown indicator "${indicator}"`);
  }
  const comparator = str(o, 'comparator', path);
  if (!COMPARATORS.has(comparator)) fail(`${path}.comparator`, `unknown comparator "${comparator}"`);
  const kind = str(o, 'kind', path);
  if (!KINDS.has(kind)) fail(`${path}.kind`, `unknown kind "${kind}"`);
  if (typeof o.masked !== 'boolean') fail(`${path}.masked`, 'expected true or false');
  const value = finiteOrNull(o, 'value', path);
  const start = offset(o, 'start', path);
  const end = offset(o, 'end', path);
  if (end < start) fail(`${path}.end`, 'must not be before start');
  const out: IndicatorRecord = {
    indicator: indicator as IndicatorRecord['indicator'],
    label: str(o, 'label', path),
    value,
    unit: str(o, 'unit', path, { nonEmpty: true, max: 20 }),
    comparator: comparator as IndicatorRecord['comparator'],
    kind: kind as IndicatorRecord['kind'],
    masked: o.masked,
    region: strOrNull(o, 'region', path),
    period: strOrNull(o, 'period', path),
    text: str(o, 'text', path),
    start,
    end,
  };
  if ('max' in o) out.max = finiteOrNull(o, 'max', path);
  if (comparator === 'range' && value !== null && (out.max == null || out.max < value)) {
    fail(`${path}.max`, 'a range needs a high end not below value');
  }
  return out;
}

function entry(v: unknown, path: string, strict = true): ImportEntry {
  const o = obj(v, path);
  const src = obj(o.source, `${path}.source`);
  const sp = `${path}.source`;
  const url = str(src, 'url', sp, { nonEmpty: true, max: 8192 });
  if (!URL.canParse(url)) fail(`${sp}.url`, 'not a URL');
  // A source is a web page: data:, javascript:, file: … would open something else on click.
  if (!isWebUrl(url)) fail(`${sp}.url`, 'only http and https sources can be imported');
  let note = '';
  if ('note' in o) note = str(o, 'note', path, { max: 10_000 });
  let clippedAt = Date.now();
  if (o.clippedAt !== null && o.clippedAt !== undefined) {
    const t = typeof o.clippedAt === 'string' ? Date.parse(o.clippedAt) : NaN;
    if (!Number.isFinite(t)) fail(`${path}.clippedAt`, 'expected an ISO date or null');
    clippedAt = t;
  }
  return {
    record: record(o.record, `${path}.record`, strict),
    source: {
      url,
      title: str(src, 'title', sp),
      quote: str(src, 'quote', sp),
      prefix: str(src, 'prefix', sp),
      suffix: str(src, 'suffix', sp),
    },
    note,
    clippedAt,
  };
}

/**
 * Clips sent by the card or the popup (`library:add`), checked like an import but keeping only the spec's record
 * fields; the clip time is the moment of storing.
 */
export function parseClipEntries(payload: unknown, maxEntries = 10_000): ImportResult {
  try {
    const o = obj(payload, 'payload');
    if (!Array.isArray(o.entries)) fail('entries', 'expected an array');
    if (o.entries.length > maxEntries) fail('entries', `more than ${maxEntries} entries`);
    const entries = o.entries.map((e, i) => entry({ ...obj(e, `entries[${i}]`), clippedAt: null }, `entries[${i}]`, false));
    return { ok: true, entries };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}

/** Import entries already read from a file (a chunk of one), checked as the file's would be. */
export function parseImportEntries(list: unknown, maxEntries = MAX_IMPORT_ENTRIES): ImportResult {
  try {
    if (!Array.isArray(list)) fail('entries', 'expected an array');
    if (list.length > maxEntries) fail('entries', `more than ${maxEntries} entries`);
    return { ok: true, entries: list.map((e, i) => entry(e, `entries[${i}]`)) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}

/**
 * A library file's text, read and checked whole; `raw` is its entries as written, for an extension page to send on in
 * chunks (which the background checks again, entry by entry) without reading the file twice.
 */
export function readLibraryFile(text: string): { ok: true; entries: ImportEntry[]; raw: unknown[] } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  let top: Obj;
  try {
    top = obj(data, 'file');
    if (top.format !== LIBRARY_FORMAT) fail('format', `expected "${LIBRARY_FORMAT}"`);
    if (top.version !== LIBRARY_FORMAT_VERSION) fail('version', `expected ${LIBRARY_FORMAT_VERSION}`);
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
  const parsed = parseImportEntries(top.entries);
  return parsed.ok ? { ...parsed, raw: top.entries as unknown[] } : parsed;
}

export function parseLibraryJson(text: string): ImportResult {
  const read = readLibraryFile(text);
  return read.ok ? { ok: true, entries: read.entries } : read;
}

/** Whether a source URL is a web page the extension may open (http or https). */
export function isWebUrl(url: string): boolean {
  return URL.canParse(url) && /^https?:$/.test(new URL(url).protocol);
}
