// PDFs and Word files read as the CLI reads them, held against the gold of the real documents they were made from
// (tests/fixtures/documents/: printed by Chromium, the .docx written by make-docx.ts; see fixture-sources.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor } from '../../../src/extract/index';
import type { Extractor } from '../../../src/extract/types';
import { readAnyDocument } from '../../../src/page/document-file';
import { pageAt } from '../../../src/page/pdf-layout';
import { DOCUMENTS_DIR, PRINTED, WORD } from '../../fixtures/documents/fixture-sources';
import { scoreFixture } from '../../fixtures/documents/printed-score';

const fixture = (name: string) => join(DOCUMENTS_DIR, name);
let extractor: Extractor;
let dir: string;

beforeAll(async () => {
  extractor = await createExtractor();
  await extractor.segmentationReady;
  dir = mkdtempSync(join(tmpdir(), 'lens-documents-'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([...PRINTED, ...WORD])('$fixture, made from $set/$gold', (source) => {
  it('yields every gold core record the text of the same document yields, with the same indicator, value and kind', async () => {
    const score = await scoreFixture(extractor, source);
    // The fixtures were chosen among documents whose text yields all its gold core records, region and period too.
    expect(score.asText.core).toBe(score.goldCore);
    expect(score.asFixture.misses.map((r) => `${r.indicator} ${r.value} ${r.kind} ${r.text}`)).toEqual([]);
    expect(score.asFixture.core).toBe(score.goldCore);
    expect(score.asFixture.full).toBe(score.goldCore);
    expect(score.asFixture.relevant).toBe(score.gold.relevant);
    for (const record of score.asFixture.records) expect(score.asFixture.text.slice(record.start, record.end)).toBe(record.text);
  });
});

describe('a printed PDF', () => {
  it('reads in reading order: no spread-out space between CJK characters, wrapped lines joined, pages numbered', async () => {
    const doc = await readAnyDocument(fixture('summary-004.pdf'));
    // The title, centred and larger than the text, wraps in the PDF: its lines are one title, as in the text.
    expect(doc.title).toBe('XX县2023年度上半年“稳就业、保民生”工作情况汇报[最新热点~素%材尽#在【公众号：哒哒君^】&]');
    // A justified line (spread glyphs) and a figure wrapped over two lines in the PDF, as they are in the text.
    expect(doc.text).toContain('参加机关事业单位养老保险人数5154人（含离退休人数1811人），完成比例107.38％；');
    expect(doc.text).toContain('参加城乡居民养老保险人数38906人（含退休人数12738人），完成比例103.75％；');
    expect(doc.text).not.toMatch(/[\u4e00-\u9fff] +[\u4e00-\u9fff]/);
    expect(doc.pageStarts).toHaveLength(5);
    const last = doc.text.lastIndexOf('##paidend##');
    expect(pageAt(doc.pageStarts!, last)).toBe(5);
    expect(pageAt(doc.pageStarts!, doc.text.indexOf('城镇新增就业1271人'))).toBe(1);
  });

  it('reads a table row as one line with a tab between cells, as HTML tables are read, and keeps the text\'s own spaces', async () => {
    const doc = await readAnyDocument(fixture('xinmi-2017-notice.pdf'));
    expect(doc.text.split('\n').slice(0, 4)).toEqual([
      '索 引 号:005253533/2017-00056\t主题分类:综合政务/工作信息/规划计划',
      '发布机构:新密市人民政府\t关 键 词:综合',
      '文 号:新密政办文〔2017〕9号\t成文日期:2017-04-06\t发布日期:2017-04-11',
      '体 裁:通知\t生效日期\t废止日期',
    ]);
  });

  it('reads Chinese in a non-embedded font through the CMap files of the package, with no network', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      const doc = await readAnyDocument(fixture('song-cmap.pdf'));
      expect(doc.text).toBe('城镇新增就业40万人以上');
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('is known by its bytes whatever its name', async () => {
    const misnamed = join(dir, 'attachment.txt');
    copyFileSync(fixture('song-cmap.pdf'), misnamed);
    expect((await readAnyDocument(misnamed)).text).toBe('城镇新增就业40万人以上');
  });
});

describe('a Word .docx', () => {
  it('reads paragraphs in order and its table a row a line', async () => {
    const doc = await readAnyDocument(fixture('xinmi-2017-notice.docx'));
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe('索 引 号:005253533/2017-00056\t主题分类:综合政务/工作信息/规划计划');
    expect(lines[3]).toBe('体 裁:通知\t生效日期\t废止日期');
    expect(lines.indexOf('新密市人民政府办公室')).toBe(4);
    expect(doc.text).toContain('城镇登记失业率控制在4%以内');
    expect(doc.pageStarts).toBeUndefined();
  });
});

describe('files that cannot be read say why in one line', () => {
  it.each([
    ['broken.pdf', /^indicator-lens: .*broken\.pdf: broken PDF \(Invalid PDF structure\): not read$/],
    ['encrypted.pdf', /^indicator-lens: .*encrypted\.pdf: encrypted PDF \(it needs a password to open\): not read; save an unprotected copy$/],
    ['scanned.pdf', /^indicator-lens: .*scanned\.pdf: no text layer \(a scanned or image-only PDF of 1 page\): not read; run OCR on it first$/],
    ['broken.docx', /^indicator-lens: .*broken\.docx: broken Word \.docx file \(.*\): not read$/],
    ['legacy.doc', /^indicator-lens: .*legacy\.doc: legacy Word \.doc file: not read; save it as \.docx or PDF /],
  ])('%s', async (name, message) => {
    const error = await readAnyDocument(fixture(name)).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.name).toBe('DocumentError');
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });

  it('a .wps file and an old .doc renamed .docx', async () => {
    const wps = join(dir, 'report.wps');
    writeFileSync(wps, 'anything');
    await expect(readAnyDocument(wps)).rejects.toThrow(/report\.wps: WPS Office \.wps file: not read; save it as \.docx or PDF/);
    const renamed = join(dir, 'old.docx');
    copyFileSync(fixture('legacy.doc'), renamed);
    await expect(readAnyDocument(renamed)).rejects.toThrow(/old\.docx: a legacy Word \.doc file named \.docx: not read; save it as \.docx or PDF/);
  });
});
