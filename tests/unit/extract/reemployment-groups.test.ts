// 2.4万名城镇登记失业人员、1.1万名“4050”人员实现再就业: the unemployed and another group, each counted, share the verb.
import { describe, expect, it } from 'vitest';
import { coreOf } from './helpers';

describe('the unemployed counted beside another group, then re-employed', () => {
  it('are the re-employed unemployed', async () => {
    const r = (await coreOf('全年新增就业5.4万人，2.4万名城镇登记失业人员、1.1万名“4050”人员实现再就业。')).filter((x) => x.indicator === 'unemployed_reemployment');
    expect(r.map((x) => x.value)).toEqual([24_000]);
  });

  it('sharing another verb, they are not', async () => {
    const r = (await coreOf('全年新增就业5.4万人，2.4万名城镇登记失业人员、1.1万名“4050”人员参加技能培训。')).filter((x) => x.indicator === 'unemployed_reemployment');
    expect(r).toEqual([]);
  });
});
