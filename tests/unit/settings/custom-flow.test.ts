/** A custom indicator's records travel like built-in ones: comparison rows under their name, CSV and JSON export. */
import { describe, expect, it } from 'vitest';
import { FUND, REPORT } from './fixtures';
import { buildFullTable } from '../../../src/compare/build';
import { createExtractor } from '../../../src/extract';
import { toCsv } from '../../../src/export/csv';
import { parseLibraryJson } from '../../../src/export/import';
import { toLibraryJson } from '../../../src/export/json';
import { tabInputs } from '../../../src/ui/compare/compare-inputs';
import { indicatorName, setCustomIndicatorNames } from '../../../src/ui/compare/compare-words';


describe('custom records downstream', () => {
  it('get their own comparison row, and survive CSV and JSON export/import', async () => {
    const extractor = await createExtractor({ segmentation: false, customIndicators: [FUND] });
    const result = extractor.extract(REPORT, { url: 'https://rsj.example.cn/1.html', title: '总结' });
    const table = buildFullTable(
      tabInputs([{ tabId: 1, frameId: 0, url: 'https://rsj.example.cn/1.html', title: '总结', result, updatedAt: 1 }]),
    );
    const row = table.rows.find((r) => r.indicator === 'custom:fund');
    expect(row).toBeDefined();
    expect(indicatorName(row!)).toBe('养老保险基金结余'); // no settings loaded: the label on the page
    setCustomIndicatorNames([{ slug: 'fund', name: '养老基金结余' }]);
    expect(indicatorName(row!)).toBe('养老基金结余');
    setCustomIndicatorNames([]);
    expect(row!.unit).toBe('元');

    const record = result.records.find((r) => r.indicator === 'custom:fund')!;
    const items = [{ record, source: { url: 'https://rsj.example.cn/1.html', title: '总结' } }];
    expect(toCsv(items)).toContain('custom:fund,养老保险基金结余,1250000000,,元');
    const parsed = parseLibraryJson(toLibraryJson(items.map((i) => ({ ...i, source: { ...i.source, quote: record.text, prefix: '', suffix: '' } }))));
    expect(parsed.ok && parsed.entries[0]!.record).toMatchObject({ indicator: 'custom:fund', value: 1_250_000_000, unit: '元' });
  });
});
