import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLibrary, openLibraryDb } from '../../../src/store/library';
import { LIBRARY_DB_VERSION } from '../../../src/store/library-schema';
import { rec } from '../compare/records';

describe('library schema migrations', () => {
  it('v1 → v2 keeps every entry, adds search text and the soft-delete field, and the new indexes work', async () => {
    const name = 'lib-migrate';
    const v1 = await openLibraryDb(name, 1);
    expect([...v1.transaction('entries').store.indexNames]).toEqual(['indicator']);
    const base = { note: '', clippedAt: 1, updatedAt: 1 };
    // v1 stored entries without `deletedAt` and `search`.
    await v1.put('entries', {
      key: 'k1',
      record: rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', region: '陕西省', period: '2022' }),
      source: { url: 'https://a/1', title: '陕西省人社厅', quote: '40万人', prefix: '', suffix: '' },
      ...base,
    } as never);
    await v1.put('entries', {
      key: 'k2',
      record: rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 1100000, unit: '人', region: '山东省', period: '2022' }),
      source: { url: 'https://b/1', title: '山东', quote: '110万人', prefix: '', suffix: '' },
      ...base,
      note: '备注',
    } as never);
    v1.close();

    expect(LIBRARY_DB_VERSION).toBe(2);
    const v2 = await openLibraryDb(name);
    expect([...v2.transaction('entries').store.indexNames].sort()).toEqual(['clippedAt', 'indicator', 'url']);
    const k1 = await v2.get('entries', 'k1');
    expect(k1?.deletedAt).toBeNull();
    expect(k1?.search).toContain('陕西省人社厅');
    expect((await v2.getAllFromIndex('entries', 'url', 'https://b/1')).map((e) => e.key)).toEqual(['k2']);
    v2.close();

    const lib = await openLibrary({ name });
    expect((await lib.list({ text: '备注' })).map((e) => e.key)).toEqual(['k2']);
    expect(await lib.count()).toBe(2);
    lib.close();
  });
});
