// Traditional pages are read in simplified characters, one for one, so offsets into the page stay right.
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../../src/extract/text/simplified';
import { extractor, LABOUR_CONTEXT } from '../helpers';

describe('toSimplified', () => {
  it('reads place names and everyday characters, not only the labour words (黃石, 壽縣, 廣東)', () => {
    expect(toSimplified('黃石市城鎮新增就業', true)).toBe('黄石市城镇新增就业');
    expect(toSimplified('壽縣 廣東 顯著', true)).toBe('寿县 广东 显著');
  });
  it('keeps the variant forms reposts use (安幑) and the length of every text', () => {
    const text = '安幑省城鎮新增就業19.5萬人';
    expect(toSimplified(text, true)).toBe('安徽省城镇新增就业19.5万人');
    expect(toSimplified(text, true)).toHaveLength(text.length);
  });
  it('leaves a simplified page as it is', () => {
    const text = '显著提高，城镇新增就业';
    expect(toSimplified(text)).toBe(text);
  });
  it('a traditional city plan is the city\'s, not the province it cites', async () => {
    const text = `《黃石市人力資源和社會保障事業發展“十四五”規劃》經黃石市政府常務會議審議通過。根據《黃石市國民經濟和社會發展第十四個五年規劃》和《湖北省人力資源和社會保障事業發展“十四五”規劃》，制定本規劃。\n${LABOUR_CONTEXT}\n全市城鎮失業人員再就業15.1萬人。`;
    const r = (await extractor()).extract(text);
    expect(r.region).toBe('黄石市');
  });
});
