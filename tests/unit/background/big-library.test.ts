/**
 * A library bigger than one message can carry: listed, searched, imported, exported and deleted from an extension page
 * in pages and chunks, through the real handlers and store (fake IndexedDB), no reply over LIBRARY_PAGE entries.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { toLibraryJson } from '../../../src/export/json';
import { importLibraryFile, inChunks, listAllEntries } from '../../../src/messaging/library-client';
import { LIBRARY_PAGE, type Send } from '../../../src/messaging/protocol';
import { libraryBackground } from '../ui/router-api';
import type { IndicatorRecord } from '../../../src/extract/types';

const ENTRIES = 12_345;

function entry(i: number) {
  const record: IndicatorRecord = {
    indicator: 'urban_new_jobs', label: '城镇新增就业', value: i, unit: '人', comparator: '=', kind: 'actual',
    masked: false, region: i % 2 ? '陕西省' : '山东省', period: String(2000 + (i % 25)), text: `城镇新增就业${i}人`, start: 0, end: 10,
  };
  return { record, source: { url: `https://example.gov.cn/${i}.html`, title: `第${i}页`, quote: record.text, prefix: '', suffix: '' }, note: '' };
}

async function setup() {
  let largest = 0;
  const count = (v: unknown) => ((v as { entries?: unknown[] } | undefined)?.entries?.length ?? 0);
  const { library, send } = await libraryBackground((_type, payload, value) => {
    largest = Math.max(largest, count(payload), count(value));
  });
  return { send: send as Send, library, largest: () => largest };
}

describe('a library bigger than one message', () => {
  it('is imported in chunks, listed and searched in pages, exported whole and deleted', async () => {
    const { send, library, largest } = await setup();
    const file = toLibraryJson(Array.from({ length: ENTRIES }, (_, i) => ({ ...entry(i), clippedAt: Date.UTC(2026, 0, 1) + i })));
    expect(await importLibraryFile(send, file)).toEqual({ ok: true, added: ENTRIES, duplicates: 0 });
    expect(await library.count()).toBe(ENTRIES);

    const all = await listAllEntries(send);
    expect(all).toHaveLength(ENTRIES);
    expect(new Set(all.map((e) => e.key)).size).toBe(ENTRIES);
    const shaanxi = await listAllEntries(send, { region: '陕西省' });
    expect(shaanxi).toHaveLength(Math.floor(ENTRIES / 2));
    // The export the library view writes holds every entry.
    const exported = JSON.parse(toLibraryJson(all.map((e) => ({ record: e.record, source: e.source, note: e.note, clippedAt: e.clippedAt })))) as { entries: unknown[] };
    expect(exported.entries).toHaveLength(ENTRIES);

    expect(await inChunks(all.map((e) => e.key), async (keys) => (await send('library:delete', { keys })).removed)).toBe(ENTRIES);
    expect(await library.count()).toBe(0);
    expect(largest()).toBeLessThanOrEqual(LIBRARY_PAGE);
  }, 120_000);

  it('a malformed file stores nothing, wherever its fault is', async () => {
    const { send, library } = await setup();
    const good = Array.from({ length: LIBRARY_PAGE + 10 }, (_, i) => entry(i));
    const file = JSON.parse(toLibraryJson(good)) as { entries: Array<{ record: { unit: unknown } }> };
    file.entries[LIBRARY_PAGE + 5]!.record.unit = 7;
    const reply = await importLibraryFile(send, JSON.stringify(file));
    expect(reply).toEqual({ ok: false, error: `entries[${LIBRARY_PAGE + 5}].record.unit: expected a string` });
    expect(await library.count()).toBe(0);
  }, 60_000);
});
