// The furniture check as a gate: every relevant corpus document inside a portal page scores as it does bare, and every
// irrelevant one stays quiet there.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index';
import { corpusAvailable, loadCorpus } from '../../../src/eval/corpus';
import { furnitureCheck, publishedDate } from '../../../src/eval/furniture-check';
import type { CorpusDoc } from '../../../src/eval/corpus';

// Every corpus document is read twice, bare and inside a portal page: on a loaded 2-core machine that outgrows the
// default 20 s; the ceiling only stops a hang, it measures nothing.
const WHOLE_CORPUS_MS = 180_000;

describe('the corpus inside page furniture', () => {
  it.runIf(corpusAvailable())('scores within 0.02 of bare, core and full, no record comes from a furniture headline, and irrelevant pages stay quiet', async () => {
    const extractor = await createExtractor({ segmentation: false });
    const f = furnitureCheck(extractor, await loadCorpus());
    expect(f.documents).toBeGreaterThan(50);
    expect(f.fromFurniture).toEqual([]);
    expect(f.irrelevant).toBeGreaterThan(50);
    expect(f.irrelevantSpeaking).toEqual([]);
    expect(Math.abs(f.portal.core.f1 - f.bare.core.f1)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(f.portal.full.f1 - f.bare.full.f1)).toBeLessThanOrEqual(0.02);
  }, WHOLE_CORPUS_MS);
});

describe('the date the portal prints above an article', () => {
  const dated = (text: string) => publishedDate({ doc: { text } } as unknown as CorpusDoc);

  it('is the article\'s own full date at its top', () => {
    expect(dated('发布时间：2021-08-12\n全市城镇新增就业1.2万人。')).toBe('2021-08-12');
    expect(dated('2023年7月5日 来源：县人社局\n上半年城镇新增就业1200人。')).toBe('2023-07-05');
  });

  it('is never a stretch of months, a day a rule takes effect from or a site header\'s day', () => {
    expect(dated('岳阳楼区2017年1-8月省重点民生实事完成情况表')).toBeNull();
    expect(dated('近日，我市根据通知，从2013年1月1日起调整企业退休人员基本养老金。')).toBeNull();
    expect(dated('2014年12月08日 星期一 黄石天气:多云\n下陆区上半年城镇新增就业1002人')).toBeNull();
  });
});
