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
  it('reads 著 and 瞭 as 着 and 了 in the words a traditional page writes with them (著力, 隨著, 瞭解), and keeps 顯著, 著名, 明瞭', async () => {
    expect(toSimplified('著力推進，隨著發展，據瞭解', true)).toBe('着力推进，随着发展，据了解');
    expect(toSimplified('顯著提高，著名企業，明瞭', true)).toBe('显著提高，著名企业，明瞭');
    // A report's tasks opening on 著力 (着力, a plan's cue) read in traditional characters: its figures are targets.
    const text = [
      '(六)著力保障和改善民生,不斷加強社會建設。',
      '堅持把增進群眾福祉放在政府工作的首位,著力推進以民生為重點的社會建設,全面提升人民群眾幸福指數和社會文明程度。',
      '一是著力改善民生。突出抓好就業、就醫、就學、住房、養老五大惠民體系。',
      '就業保障體系。繼續開展“就業援助月”等服務活動,鼓勵自謀職業、自主創業,全市城鎮新增就業4.25萬人,城鎮登記失業率控制在2.5%以內。',
    ].join('\n');
    const r = (await extractor()).extract(text).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind])).toEqual([[42500, 'target'], [2.5, 'target']]);
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
