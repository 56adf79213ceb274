/**
 * Real published statistical tables (tests/fixtures/tables/SOURCES.md), read by the CLI as a user runs it and scored
 * against their gold with the accuracy scorer (the spec's strict match, and with region and period: "full").
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IndicatorRecord } from '../../../src/extract/types';
import { prf, scoreDoc, type GoldDoc } from '../../../src/eval/score';

const repo = resolve(__dirname, '../../..');
const tables = join(repo, 'tests/fixtures/tables');

interface JsonDocument {
  file: string;
  relevant: boolean;
  records: IndicatorRecord[];
}

/** One CLI run over every table (one process: each start of the engine costs seconds). */
function extractAll(names: readonly string[]): Map<string, JsonDocument> {
  const files = names.map((name) => join(tables, `${name}.html`));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', '--json', ...files], {
    cwd: repo,
    encoding: 'utf8',
    input: '',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  const docs = JSON.parse(run.stdout) as JsonDocument[];
  return new Map(names.map((name, i) => [name, docs[i]!]));
}

const gold = (name: string) => JSON.parse(readFileSync(join(tables, 'gold', `${name}.json`), 'utf8')) as GoldDoc;

/** The cells of a stored excerpt: one per line, ' |' ending a table cell, '|' alone an empty one. */
function storedCells(name: string): string[] {
  return readFileSync(join(tables, 'stored', `${name}.txt`), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (line === '|' ? '' : line.replace(/ \|$/, '')));
}

/** The text of every cell, heading and paragraph of a rebuilt fixture, in order. */
function fixtureCells(name: string): string[] {
  const html = readFileSync(join(tables, `${name}.html`), 'utf8');
  return [...html.matchAll(/<(td|p|h1)[^>]*>([^<]*(?:<br>[^<]*)*)<\/\1>/g)].flatMap((m) => m[2]!.split('<br>'));
}

const SHANGHAI = 'shanghai-2021-yearbook-unemployment';
const XIAMEN = 'xiamen-2018h1-hrss-statistics';
const docs = extractAll([SHANGHAI, XIAMEN]);

describe('real bulletin tables, scored against gold', () => {
  it('rebuilds each table from the stored page text only: its cells are the excerpt\'s, in its order', () => {
    for (const name of [SHANGHAI, XIAMEN]) expect(fixtureCells(name)).toEqual(storedCells(name));
  });

  it('上海统计年鉴 表2.21: every 城镇登记失业率 cell is read in the unit its row heading gives (%)', () => {
    const doc = docs.get(SHANGHAI)!;
    const core = scoreDoc(gold(SHANGHAI), doc.relevant, doc.records);
    expect(doc.relevant).toBe(true);
    expect(prf(core.tp, core.fp, core.fn).f1).toBe(1);
    expect(core.pairs.map(({ got }) => `${got.value}${got.unit} ${got.kind}`)).toEqual([
      '3.5% actual', '4.2% actual', '3.7% actual', '2.7% actual',
    ]);
    // The 万人 of the other row's heading scales its cells (20.08万人 is 200,800 people), as the table means them.
    expect(doc.records.filter((r) => r.indicator === 'other').map((r) => r.value)).toEqual(
      expect.arrayContaining([200800, 277300, 135400]),
    );
  });

  // The 计算单位 column before a bare 实绩 figure (unit-column-row.ts): every core figure in its row's unit, the growth
  // column after it left alone.
  it('厦门 2018年1-6月 人社统计资料: the 计算单位 column gives each 实绩 figure its unit', () => {
    const doc = docs.get(XIAMEN)!;
    const core = scoreDoc(gold(XIAMEN), doc.relevant, doc.records);
    expect(doc.relevant).toBe(true);
    expect(core.tp).toBe(8);
    expect(core.fp).toBe(0);
    expect(doc.records.filter((r) => r.indicator !== 'other').map((r) => `${r.value}${r.unit} ${r.region} ${r.period}`)).toEqual([
      '3.39% 厦门市 2018H1', '44500人 厦门市 2018H1', '2771000人 厦门市 2018H1', '2129800人 厦门市 2018H1',
      '2133400人 厦门市 2018H1', '1240人次 厦门市 2018H1', '1362人次 厦门市 2018H1', '9447人次 厦门市 2018H1',
    ]);
  });

  it('scores the two tables together as the README reports them', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const name of [SHANGHAI, XIAMEN]) {
      const doc = docs.get(name)!;
      const core = scoreDoc(gold(name), doc.relevant, doc.records);
      tp += core.tp;
      fp += core.fp;
      fn += core.fn;
    }
    // 12 gold core records: the 4 rates of 上海 and the 8 figures of 厦门's unit column (F1 0.50 before the engine read
    // a unit column, 1.00 since).
    expect(fp).toBe(0);
    expect(tp).toBe(12);
    expect(prf(tp, fp, fn).f1).toBe(1);
    // Full record, region and period too: every one (0 of 12 before table-row.ts dated cells by their column's year
    // and the engine read a unit column).
    let full = 0;
    for (const name of [SHANGHAI, XIAMEN]) {
      const doc = docs.get(name)!;
      full += scoreDoc(gold(name), doc.relevant, doc.records, true).tp;
    }
    expect(full).toBe(12);
  });
});
