// Whole pages in the corpus's genres that the corpus does not contain (tests/fixtures/engine/README.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractor } from './helpers';

type Row = [indicator: string, value: number | null, comparator: string, kind: string, period: string | null];

const EXPECTED: Record<string, { region: string | null; period: string | null; core: Row[] }> = {
  'bulletin.txt': {
    region: "全国", period: "2023",
    core: [
      ['urban_new_jobs', 12440000, '=', 'actual', '2023'],
      ['unemployed_reemployment', 5170000, '=', 'actual', '2023'],
      ['hard_to_employ_employment', 1670000, '=', 'actual', '2023'],
      ['surveyed_unemployment_rate', 5.1, '=', 'actual', '2023'],
      ['pension_insured', 1066430000, '=', 'actual', '2023'],
      ['unemployment_insurance_insured', 243730000, '=', 'actual', '2023'],
      ['work_injury_insurance_insured', 301700000, '=', 'actual', '2023'],
      ['vocational_training', 18700000, '=', 'actual', '2023'],
      // 社会保障卡持卡人数达13.79亿人: one card a holder, counted in 张 as the corpus's gold does.
      ['social_security_cards', 1379000000, '=', 'actual', '2023'],
      ['mediation_success_rate', 74.7, '=', 'actual', '2023'],
      ['arbitration_closure_rate', 97.4, '=', 'actual', '2023'],
    ],
  },
  'city-work-report.txt': {
    region: "全市", period: "2024",
    core: [
      ['urban_new_jobs', 32000, '=', 'actual', '2023'],
      ['registered_unemployment_rate', 2.8, '=', 'actual', '2023'],
      ['startup_loans', 460000000, '=', 'actual', '2023'],
      ['vocational_training', 35000, '=', 'actual', '2023'],
      ['pension_increase', 3.8, '=', 'actual', '2023'],
      ['urban_new_jobs', 30000, '>=', 'target', '2024'],
      ['surveyed_unemployment_rate', 5.5, '<=', 'target', '2024'],
      ['urban_new_jobs', 30000, '=', 'target', '2024'],
      ['rural_labor_transfer', 10000, '=', 'target', '2024'],
      ['vocational_training', 30000, '=', 'target', '2024'],
    ],
  },
  'undated-news.txt': {
    region: "全省", period: null,
    core: [
      ['urban_new_jobs', 583000, '=', 'actual', null],
      ['urban_new_jobs', 583000, '=', 'actual', null],
      ['urban_new_jobs', 106, '=', 'progress', null],
      ['surveyed_unemployment_rate', 5.2, '~', 'actual', null],
      ['rural_labor_transfer', 12000000, '=', 'actual', null],
      ['unemployed_reemployment', 125000, '=', 'actual', null],
      ['hard_to_employ_employment', 43000, '=', 'actual', null],
      ['vocational_training', 520000, '=', 'actual', null],
      ['startup_loans', 8600000000, '=', 'actual', null],
      ['pension_insured', 33500000, '=', 'actual', null],
      ['unemployment_insurance_insured', 5200000, '=', 'actual', null],
      ['work_injury_insurance_insured', 6100000, '=', 'actual', null],
      ['social_security_cards', 47000000, '=', 'actual', null],
      ['urban_new_jobs', 600000, '>=', 'target', null],
      ['surveyed_unemployment_rate', 5.5, '<=', 'target', null],
    ],
  },
  'work-plan.txt': {
    region: "全市", period: "2024",
    core: [
      ['urban_new_jobs', 25000, '>=', 'target', '2024'],
      ['surveyed_unemployment_rate', 5.5, '<=', 'target', '2024'],
      ['registered_unemployment_rate', 3.5, '<=', 'target', '2024'],
      ['rural_labor_transfer', 8000, '=', 'target', '2024'],
      ['vocational_training', 15000, '=', 'target', '2024'],
      ['startup_loans', 300000000, '=', 'target', '2024'],
      ['hard_to_employ_employment', 1200, '=', 'target', '2024'],
      ['public_welfare_jobs', 1500, '=', 'target', '2024'],
      ['pension_insured', 450000, '=', 'target', '2024'],
      ['unemployment_insurance_insured', 120000, '=', 'target', '2024'],
      ['work_injury_insurance_insured', 150000, '=', 'target', '2024'],
      ['mediation_success_rate', 65, '>=', 'target', '2024'],
      ['arbitration_closure_rate', 92, '>=', 'target', '2024'],
    ],
  },
};

const read = (name: string) => readFileSync(new URL(`../../fixtures/engine/${name}`, import.meta.url), 'utf8');

describe('engine on whole pages', () => {
  it.each(Object.keys(EXPECTED))('%s', async (name) => {
    const text = read(name);
    const r = (await extractor()).extract(text);
    const want = EXPECTED[name]!;
    expect({ region: r.region, period: r.period }).toEqual({ region: want.region, period: want.period });
    const core = r.records.filter((x) => x.indicator !== 'other').map((x): Row => [x.indicator, x.value, x.comparator, x.kind, x.period]);
    expect(core).toEqual(want.core);
  });
});
