// jieba loads once in Node and knows the project's words.
import { describe, expect, it } from 'vitest';
import { loadSegmenter } from '../../../src/segment/index';
import { createExtractor } from '../../../src/extract/index';

describe('segmenter', () => {
  it('keeps indicator names whole and tags parts of speech', async () => {
    const s = await loadSegmenter();
    expect(s.cut('全县城镇新增就业1271人')).toContain('城镇新增就业');
    expect(s.cut('全省公益性岗位开发')).toContain('公益性岗位');
    expect(s.tag('获得5万元研发费用')[0]).toEqual({ word: '获得', tag: 'v' });
  });

  it('is shared: a second load returns the same instance', async () => {
    expect(await loadSegmenter()).toBe(await loadSegmenter());
  });

  it('lets an extractor name a figure by the words after it when only a verb comes before', async () => {
    const page = [
      '全县人力资源和社会保障工作情况汇报',
      '做好社会保险和劳动关系工作。加强职业技能培训。推进养老保险统筹。维护劳动者权益。健全农民工工资保障。',
      '全县城镇新增就业1200人。',
      '高技能人才工作室获得5万元研发费用。',
    ].join('\n');
    const ex = await createExtractor();
    expect(await ex.segmentationReady).toBe(true);
    const other = ex.extract(page).records.find((r) => r.value === 50000);
    expect(other?.label).toBe('研发费用');
  });
});
