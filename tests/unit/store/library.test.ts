import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary, UNDO_WINDOW_MS, type Library } from '../../../src/store/library';
import type { ClipEntry } from '../../../src/messaging/protocol';
import { rec } from '../compare/records';

let n = 0;
const open: Library[] = [];
async function fresh(now?: () => number): Promise<Library> {
  const lib = await openLibrary({ name: `lib-test-${++n}`, ...(now ? { now } : {}) });
  open.push(lib);
  return lib;
}
afterEach(() => {
  for (const l of open.splice(0)) l.close();
});

function clip(value: number, region: string, url: string, extra: Partial<ClipEntry> = {}): ClipEntry {
  return {
    record: rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value, unit: '人', comparator: '>=', kind: 'target', region, period: '2022', text: `城镇新增就业${value / 10000}万人以上` }),
    source: { url, title: `${region}人社厅`, quote: `城镇新增就业${value / 10000}万人以上`, prefix: '', suffix: '' },
    ...extra,
  };
}

describe('library store', () => {
  it('adds entries once: the same figure from the same passage is a duplicate', async () => {
    const lib = await fresh();
    expect(await lib.add([clip(400000, '陕西省', 'https://a/1'), clip(1100000, '山东省', 'https://b/1')])).toEqual({ added: 2, duplicates: 0 });
    expect(await lib.add([clip(400000, '陕西省', 'https://a/1'), clip(400000, '陕西省', 'https://a/2')])).toEqual({ added: 1, duplicates: 1 });
    expect(await lib.count()).toBe(3);
  });

  it('filters by indicator, region, period and source, and searches text including notes', async () => {
    const lib = await fresh();
    await lib.add([
      clip(400000, '陕西省', 'https://a/1'),
      clip(1100000, '山东省', 'https://b/1', { note: '与去年持平' }),
      { ...clip(5.5, '山东省', 'https://b/1'), record: rec({ indicator: 'other', label: '好评率', value: 96, unit: '%', region: '山东省', period: '2023' }) },
    ]);
    expect((await lib.list({ region: '山东省' })).length).toBe(2);
    expect((await lib.list({ indicator: 'urban_new_jobs' })).map((e) => e.record.region).sort()).toEqual(['山东省', '陕西省']);
    expect((await lib.list({ indicator: 'other:好评率' })).length).toBe(1);
    expect((await lib.list({ period: '2023' })).length).toBe(1);
    expect((await lib.list({ url: 'https://b/1' })).length).toBe(2);
    expect((await lib.list({ text: '持平' })).map((e) => e.record.value)).toEqual([1100000]);
    expect((await lib.list({ text: '陕西 新增就业' })).map((e) => e.record.value)).toEqual([400000]);
    const [first] = await lib.list({ text: '陕西' });
    expect(await lib.setNote(first!.key, '目标偏低')).toBe(true);
    expect((await lib.list({ text: '偏低' })).length).toBe(1);
  });

  it('deletes with undo; the deletion becomes final after the undo window', async () => {
    let t = 1_000_000;
    const lib = await fresh(() => t);
    await lib.add([clip(400000, '陕西省', 'https://a/1'), clip(1100000, '山东省', 'https://b/1')]);
    const [a] = await lib.list({ region: '陕西省' });
    expect(await lib.remove([a!.key])).toEqual({ removed: 1 });
    expect((await lib.list()).map((e) => e.record.region)).toEqual(['山东省']);
    expect(await lib.restore([a!.key])).toEqual({ restored: 1 });
    expect(await lib.count()).toBe(2);

    await lib.remove([a!.key]);
    t += UNDO_WINDOW_MS + 1;
    const [b] = await lib.list({ region: '山东省' });
    await lib.remove([b!.key]); // purges what expired
    expect(await lib.restore([a!.key])).toEqual({ restored: 0 });
    expect(await lib.restore([b!.key])).toEqual({ restored: 1 });
    expect((await lib.list()).map((e) => e.record.region)).toEqual(['山东省']);
  });

  it('clipping a deleted figure again brings it back', async () => {
    const lib = await fresh();
    await lib.add([clip(400000, '陕西省', 'https://a/1')]);
    const [a] = await lib.list();
    await lib.remove([a!.key]);
    expect(await lib.add([clip(400000, '陕西省', 'https://a/1')])).toEqual({ added: 1, duplicates: 0 });
    expect(await lib.count()).toBe(1);
  });

  it('lists newest clips first and keeps the import clip time', async () => {
    let t = 10;
    const lib = await fresh(() => t);
    await lib.add([clip(1, '甲县', 'u1')]);
    t = 20;
    await lib.add([clip(2, '乙县', 'u2')]);
    await lib.importEntries([{ ...clip(3, '丙县', 'u3'), clippedAt: 5 }]);
    expect((await lib.list()).map((e) => [e.record.value, e.clippedAt])).toEqual([[2, 20], [1, 10], [3, 5]]);
  });
});
