/**
 * Fixture pages from the shared corpus (../shared/corpus next to the repo; tests/fixtures/samples as fallback):
 * plain-text documents become one <p> per line, HTML documents keep their markup, a Jekyll title becomes the <h1>.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontMatter } from '../page/front-matter';
import { looksLikeHtml } from '../page/html';
import { escapeHtml } from '../eval/furniture';

export interface GoldRecord {
  indicator: string;
  value: number | null;
  unit: string;
  comparator: string;
  kind: string;
  masked: boolean;
  text: string;
  region?: string | null;
  period?: string | null;
}

export interface CorpusDoc {
  name: string;
  source: string;
  gold: { relevant: boolean; region: string | null; period: string | null; records: GoldRecord[] };
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function corpusDir(): string {
  const shared = path.resolve(repoRoot, '../shared/corpus');
  if (fs.existsSync(path.join(shared, 'docs'))) return shared;
  return path.join(repoRoot, 'tests/fixtures/samples');
}

export function loadCorpus(): CorpusDoc[] {
  const dir = corpusDir();
  const goldDir = path.join(dir, 'gold');
  const docsDir = path.join(dir, 'docs');
  if (!fs.existsSync(goldDir)) return [];
  const docs = fs.readdirSync(docsDir);
  return fs
    .readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const name = f.replace(/\.json$/, '');
      const file = docs.find((d) => d.replace(/\.(txt|html?)$/, '') === name);
      if (!file) return [];
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as CorpusDoc['gold'];
      return [{ name, source: fs.readFileSync(path.join(docsDir, file), 'utf8'), gold }];
    });
}

/** HTML-escaped text, the same escaping the portal pages of the furniture check use. */
export { escapeHtml };

/** The article markup of a corpus document (no <html>/<body> wrapper). */
export function articleHtml(source: string): { title: string; html: string } {
  const { title = '', body } = splitFrontMatter(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const content = looksLikeHtml(body)
    ? body
        .replace(/<\?(?:php|=)[\s\S]*?(?:\?>|$)/gi, '') // server code never reaches a browser
        // The privacy test fails on any request off the fixture server: a saved page's images must not load.
        .replace(/<img\b[^>]*>/gi, (tag) => tag.replace(/\s(?:src|srcset)=(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ''))
    : body
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join('\n');
  return { title, html: (title ? `<h1>${escapeHtml(title)}</h1>\n` : '') + content };
}

export function pageHtml(source: string, extraHead = '', extraBody = ''): string {
  const { title, html } = articleHtml(source);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title || 'fixture')}</title>${extraHead}</head><body><article id="article">${html}</article>${extraBody}</body></html>`;
}

export const CORE_IDS = new Set([
  'urban_new_jobs', 'registered_unemployment_rate', 'surveyed_unemployment_rate', 'rural_labor_transfer',
  'hard_to_employ_employment', 'unemployed_reemployment', 'vocational_training', 'startup_loans',
  'public_welfare_jobs', 'pension_insured', 'unemployment_insurance_insured', 'work_injury_insurance_insured',
  'social_security_cards', 'mediation_success_rate', 'arbitration_closure_rate', 'minimum_wage', 'pension_increase',
]);

/** The relevant pages with at least one gold core figure: those whose every core figure must be highlighted. */
export function withCoreFigures(corpus: readonly CorpusDoc[]): CorpusDoc[] {
  return corpus.filter((d) => d.gold.relevant && d.gold.records.some((r) => CORE_IDS.has(r.indicator)));
}


const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?|[*＊]{2,}|[零〇一二三四五六七八九十百千万亿两]{2,}/g;

/** The spec's overlap rule: one text contains the other, or they share a number. */
export function overlaps(highlighted: string, gold: string): boolean {
  if (highlighted.includes(gold) || gold.includes(highlighted)) return true;
  const nums = new Set(highlighted.match(NUMBER) ?? []);
  return (gold.match(NUMBER) ?? []).some((n) => nums.has(n));
}
