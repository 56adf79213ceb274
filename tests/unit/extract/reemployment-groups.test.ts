// The unemployed or laid-off re-employed, with words between them and the verb: another group counted beside them
// (2.4万名城镇登记失业人员、1.1万名“4050”人员实现再就业) or the way they found work (1540万下岗职工通过…实现了再就业).
import { describe, expect, it } from 'vitest';
import { coreOf } from './helpers';

const reemployed = async (body: string) => (await coreOf(body)).filter((x) => x.indicator === 'unemployed_reemployment').map((x) => x.value);

describe('the re-employed, words between them and the verb', () => {
  it.each([
    ['counted beside another group, sharing the verb', '全年新增就业5.4万人，2.4万名城镇登记失业人员、1.1万名“4050”人员实现再就业。', [24_000]],
    ['the way they found work said between', '近3年来，全国1540万下岗职工通过各种不同的渠道和方式实现了再就业。', [15_400_000]],
  ])('%s', async (_, body, values) => {
    expect(await reemployed(body)).toEqual(values);
  });

  it.each([
    ['sharing another verb', '全年新增就业5.4万人，2.4万名城镇登记失业人员、1.1万名“4050”人员参加技能培训。'],
    ['guided the same way, not re-employed', '近3年来，全国1540万下岗职工通过各种不同的渠道参加了创业指导。'],
  ])('%s: none', async (_, body) => {
    expect(await reemployed(body)).toEqual([]);
  });
});
