import { describe, expect, it } from 'vitest';
import { FUND, REPORT } from './fixtures';
import { createExtractor } from '../../../src/extract';
import type { ExtractorOptions } from '../../../src/extract/types';
import { createSettingsEngine } from '../../../src/settings/settings-engine';
import { defaultSettings, type Settings } from '../../../src/settings/types';

const URL_ = 'https://rsj.example.gov.cn/news/1.html';

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
    const { engine } = engineWith({ ...defaultSettings(), customIndicators: [FUND] });
    const result = (await engine.get()).extract(REPORT, { url: URL_ });
    const rec = result.records.find((r) => r.indicator === 'custom:fund');
    expect(rec).toMatchObject({ label: '养老保险基金结余', value: 1_250_000_000, unit: '元' });
  });

  it('picks up a new custom indicator after update, and only rebuilds when custom indicators change', async () => {
    const { engine, builds } = engineWith(defaultSettings());
    expect((await engine.get()).extract(REPORT, { url: URL_ }).records.some((r) => r.indicator.startsWith('custom:'))).toBe(false);
    await engine.update({ ...defaultSettings(), customIndicators: [FUND] });
    expect((await engine.get()).extract(REPORT, { url: URL_ }).records.some((r) => r.indicator === 'custom:fund')).toBe(true);
    expect(builds()).toBe(2);
    await engine.update({ ...defaultSettings(), customIndicators: [FUND], disabledHosts: ['other.cn'] });
    expect(builds()).toBe(2);
  });

  it('hands out one extractor per settings state, so an answer computed before a change can be told apart', async () => {
    const { engine } = engineWith(defaultSettings());
    const first = await engine.get();
    expect(await engine.get()).toBe(first);
    await engine.update({ ...defaultSettings(), disabledHosts: ['other.cn'] });
    expect(await engine.get()).not.toBe(first);
  });

  it('hidden indicators are dropped and disabled sites give nothing', async () => {
    const { engine } = engineWith({ ...defaultSettings(), hiddenIndicators: ['urban_new_jobs'] });
    const records = (await engine.get()).extract(REPORT, { url: URL_ }).records;
    expect(records.some((r) => r.indicator === 'registered_unemployment_rate')).toBe(true);
    expect(records.some((r) => r.indicator === 'urban_new_jobs')).toBe(false);
    await engine.update({ ...defaultSettings(), disabledHosts: ['example.gov.cn'] });
    expect((await engine.get()).extract(REPORT, { url: URL_ })).toEqual({ relevant: false, region: null, period: null, records: [] });
    expect((await engine.get()).extract(REPORT, { url: 'https://elsewhere.cn/' }).records.length).toBeGreaterThan(0);
  });
});
