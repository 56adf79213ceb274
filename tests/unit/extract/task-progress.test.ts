// An account of how a list of tasks stands: each item states its tasks first, then what was done from 已.
import { describe, expect, it } from 'vitest';
import { extractor } from './helpers';

const page = (item: string) =>
  `2023年度贵州省十件民生实事1至4月推进情况\n省发展改革委消息，2023年度贵州省十件民生实事目标任务23项，截至3月底，23项目标任务已提前完成2项，其余任务推进情况良好。具体情况如下：\n${item}\n`;

describe('an item of a list of tasks whose progress is told', () => {
  it('states its tasks, then what was done', async () => {
    const records = (await extractor()).extract(page('1.做好重点群体就业工作，城镇公益性岗位安置就业困难人员4万人，高校职院“订单班”毕业就业1.5万人。已开展技能培训8718人次；城镇公益性岗位在岗人员达4.14万人。')).records;
    expect(records.find((r) => r.indicator === 'hard_to_employ_employment')?.kind).toBe('target');
  });

  it('an item that tells only what was done is done', async () => {
    const records = (await extractor()).extract(page('1.做好重点群体就业工作，城镇公益性岗位安置就业困难人员4万人，高校职院“订单班”毕业就业1.5万人。技能培训稳步推进。')).records;
    expect(records.find((r) => r.indicator === 'hard_to_employ_employment')?.kind).toBe('actual');
  });
});
