// Bad input never throws and never produces a record that is not in the text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractor, labourPage } from './helpers';
import { htmlToVisibleText } from '../../../src/page/html';

function assertWellFormed(text: string, records: Array<{ start: number; end: number; text: string }>): void {
  for (const r of records) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(r.start, r.end)).toBe(r.text);
  }
}

describe('bad input', () => {
  it('empty text and non-strings give an empty, irrelevant result', async () => {
    const ex = await extractor();
    expect(ex.extract('')).toEqual({ relevant: false, region: null, period: null, records: [] });
    expect(ex.extract(undefined as unknown as string).records).toEqual([]);
  });

  it('random Unicode (lone surrogates included) never throws, and every record quotes the text', async () => {
    const ex = await extractor();
    const noise = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }));
    fc.assert(
      fc.property(noise, noise, (a, b) => {
        const text = labourPage(`${a}城镇新增就业${b}`);
        assertWellFormed(text, ex.extract(text).records);
      }),
      { numRuns: 300 },
    );
  });

  it('number-like noise around labels never throws', async () => {
    const ex = await extractor();
    const piece = fc.constantFrom('城镇新增就业', '万', '亿', '人', '%', '以上', '以内', '至', '—', '**', 'XX', '1', '0.5', '，', '。', '\n', '完成比例为', '分别', '、', '（', '）');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const text = labourPage(parts.join(''));
        assertWellFormed(text, ex.extract(text).records);
      }),
      { numRuns: 500 },
    );
  });

  it('one endless sentence of figures (no punctuation at all) is read whole', async () => {
    const text = labourPage('城镇新增就业1人、2人另有劳动者3人'.repeat(20_000));
    const records = (await extractor()).extract(text).records;
    expect(records.filter((r) => r.indicator === 'urban_new_jobs')).toHaveLength(40_000);
    expect(records.filter((r) => r.indicator === 'other')).toHaveLength(20_000);
  });

  it('100,000 digits in a row give no record', async () => {
    const text = labourPage(`城镇新增就业${'9'.repeat(100_000)}人`);
    expect((await extractor()).extract(text).records).toEqual([]);
  });

  it('10 MB of page text is processed whole', async () => {
    const block = labourPage('确保城镇新增就业40万人以上、城镇登记失业率4.5%以内。');
    const text = block.repeat(Math.ceil(10_000_000 / block.length));
    const r = (await extractor()).extract(text);
    expect(r.records.filter((x) => x.indicator === 'urban_new_jobs')).toHaveLength(Math.ceil(10_000_000 / block.length));
    // What this proves is that nothing is dropped; how fast is `npm run bench`'s business (~5 s here, more on a busy
    // machine), so the limit only catches a hang.
  }, 60_000);

  it('unbalanced markup reads as text and extracts', async () => {
    const html = `<html><body><p>${labourPage('<b>城镇新增就业<i>40万人以上</p></div></span><td>城镇登记失业率4.5%以内<p')}`;
    const { text } = htmlToVisibleText(html);
    const r = (await extractor()).extract(text);
    expect(r.records.map((x) => x.indicator)).toEqual(['urban_new_jobs', 'registered_unemployment_rate']);
  });
});
