// 我市农村劳动力培训业绩位列杭州市第一: the area a headline ranks the page's own within is above the page, not its area.
import { describe, expect, it } from 'vitest';
import { extractor } from '../helpers';

const page = (headline: string) =>
  `${headline}\n本报讯 记者从昨日召开的会议上获悉，我市在推进农村劳动力转移就业培训方面成效显著，2010年累计完成农村劳动力培训23222人，超额完成考核目标任务。2010年已转移就业6547人。`;

describe('a headline ranking the page\'s area within a larger one', () => {
  it('does not give the page the larger area', async () => {
    const r = (await extractor()).extract(page('我市农村劳动力培训业绩位列杭州市第一')).records.find((x) => x.indicator === 'vocational_training');
    expect(r?.region).not.toBe('杭州市');
  });

  it('a headline naming the page\'s own area ranked in a larger one keeps it', async () => {
    const r = (await extractor()).extract(page('建德市农村劳动力培训业绩位列杭州市第一')).records.find((x) => x.indicator === 'vocational_training');
    expect(r?.region).toBe('建德市');
  });
});
