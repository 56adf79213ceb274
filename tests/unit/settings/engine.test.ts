import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract';
import type { ExtractorOptions } from '../../../src/extract/types';
import { createSettingsEngine } from '../../../src/settings/engine';
import { defaultSettings, type Settings } from '../../../src/settings/types';

const PAGE =
  '2023年全市人力资源和社会保障工作总结。全市人社系统坚持就业优先，全年城镇新增就业1.2万人，城镇登记失业率控制在3.5%以内，' +
  '发放创业担保贷款6568万元，开展职业技能培训4.8万人次。社会保险参保扩面持续推进，企业职工养老保险基金结余12.5亿元，' +
  '社会保险基金运行平稳。劳动保障监察和劳动人事争议调解仲裁工作扎实开展。';
const URL_ = 'https://rsj.example.gov.cn/news/1.html';
const fund = { slug: 'fund', name: '养老保险基金结余', phrases: ['养老保险基金结余'], unit: '元' };

function engineWith(initial: Settings) {
  let builds = 0;
  const engine = createSettingsEngine({
    store: { load: async () => initial },
    options: () => ({ segmentation: false }),
    create: (o: ExtractorOptions) => {
      builds++;
      return createExtractor(o);
    },
  });
  return { engine, builds: () => builds };
}

describe('engine under settings', () => {
  it('extracts a custom indicator as custom:<slug> with the custom unit', async () => {
    const { engine } = engineWith({ ...defaultSettings(), customIndicators: [fund] });
    const result = (await engine.get()).extract(PAGE, { url: URL_ });
    const rec = result.records.find((r) => r.indicator === 'custom:fund');
    expect(rec).toMatchObject({ label: '养老保险基金结余', value: 1_250_000_000, unit: '元' });
  });

  it('picks up a new custom indicator after update, and only rebuilds when custom indicators change', async () => {
    const { engine, builds } = engineWith(defaultSettings());
    expect((await engine.get()).extract(PAGE, { url: URL_ }).records.some((r) => r.indicator.startsWith('custom:'))).toBe(false);
    await engine.update({ ...defaultSettings(), customIndicators: [fund] });
    expect((await engine.get()).extract(PAGE, { url: URL_ }).records.some((r) => r.indicator === 'custom:fund')).toBe(true);
    expect(builds()).toBe(2);
    await engine.update({ ...defaultSettings(), customIndicators: [fund], disabledHosts: ['other.cn'] });
    expect(builds()).toBe(2);
  });

  it('hidden indicators are dropped and disabled sites give nothing', async () => {
    const { engine } = engineWith({ ...defaultSettings(), hiddenIndicators: ['urban_new_jobs'] });
    const records = (await engine.get()).extract(PAGE, { url: URL_ }).records;
    expect(records.some((r) => r.indicator === 'registered_unemployment_rate')).toBe(true);
    expect(records.some((r) => r.indicator === 'urban_new_jobs')).toBe(false);
    await engine.update({ ...defaultSettings(), disabledHosts: ['example.gov.cn'] });
    expect((await engine.get()).extract(PAGE, { url: URL_ })).toEqual({ relevant: false, region: null, period: null, records: [] });
    expect((await engine.get()).extract(PAGE, { url: 'https://elsewhere.cn/' }).records.length).toBeGreaterThan(0);
  });
});
