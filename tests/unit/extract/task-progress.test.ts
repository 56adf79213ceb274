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

describe('an item of a 民生实事 progress report, named in a sentence of its own, then counted to a date', () => {
  const report = (item: string) =>
    `关于2023年市政府十件民生实事上半年进展情况的通报\n今年以来，各责任单位扎实推进十件民生实事，总体进展顺利。现将上半年进展情况通报如下：\n${item}\n`;
  const kinds = async (item: string) =>
    (await extractor()).extract(report(item)).records.filter((r) => r.indicator === 'urban_new_jobs').map((r) => [r.value, r.kind]);

  it('states its task first (一、就业创业工程。新增城镇就业4万人。截至6月底，…)', async () => {
    expect(await kinds('一、就业创业工程。新增城镇就业4万人。截至6月底，全市新增城镇就业2.3万人，完成年度任务的57.5%。')).toEqual([[40000, 'target'], [23000, 'actual'], [57.5, 'progress']]);
  });

  it('an item whose next sentence counts nothing done to a date tells what was done', async () => {
    expect(await kinds('一、就业创业工程。新增城镇就业4万人。就业形势总体稳定。')).toEqual([[40000, 'actual']]);
  });
});

describe('a page titled by doing 实事, and a promise quoted then named', () => {
  it('a review headed 用心用情办实事 reports what was done; a list of 为民办实事 sets targets', async () => {
    const body = '\n坚持把为民造福作为一切工作的出发点和落脚点，不断增进人民福祉。\n社会保障提质扩面。全年完成农村劳动力转移就业7.7万人次，城镇新增就业3486人。';
    const done = (await extractor()).extract(`2024年，我们用心用情办实事，发展成果可感可及${body}`).records.find((r) => r.indicator === 'urban_new_jobs');
    expect(done?.kind).toBe('actual');
    const listed = (await extractor()).extract(`2024年为民办实事项目${body}`).records.find((r) => r.indicator === 'urban_new_jobs');
    expect(listed?.kind).toBe('target');
  });

  it('a quote named after it as one of the year\'s 实事 is a promise; a quote that is someone\'s words is not', async () => {
    const lead = '昨天，记者从市发改委获悉，今年以来，各部门扎实推进民生工作。\n就业是最基本的民生。';
    const promise = (await extractor()).extract(`${lead}“建成就业服务站45家，帮扶失业人员就业8万人”是今年的民生实事项目之一。如今这一项目已完成。`).records.find((r) => r.indicator === 'unemployed_reemployment');
    expect(promise?.kind).toBe('target');
    const said = (await extractor()).extract(`${lead}“今年我们帮扶失业人员就业8万人”，市人社局负责人说。`).records.find((r) => r.indicator === 'unemployed_reemployment');
    expect(said?.kind).toBe('actual');
  });
});

describe('an item of a 民生实事 progress report whose next sentence is keyed as its progress (进展情况：…)', () => {
  const report = (item: string) => `2024年市政府十件民生实事进展情况\n（截至2024年11月底）\n${item}\n`;
  const read = async (item: string) =>
    (await extractor()).extract(report(item)).records.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value, r.kind, r.text]);

  it('states its task first, then what was done of it (三、开发公益性岗位1000个。进展情况：已开发1020个，完成102%。)', async () => {
    expect(await read('三、开发公益性岗位1000个。进展情况：已开发1020个，完成102%。')).toEqual([
      ['public_welfare_jobs', 1000, 'target', '开发公益性岗位1000个'],
      ['public_welfare_jobs', 1020, 'actual', '已开发1020个'],
      ['public_welfare_jobs', 102, 'progress', '完成102%'],
    ]);
  });

  it('an item whose next sentence is no progress tells what was done', async () => {
    expect(await read('三、开发公益性岗位1000个。岗位主要用于安置就业困难人员。')).toEqual([['public_welfare_jobs', 1000, 'actual', '开发公益性岗位1000个']]);
  });
});
