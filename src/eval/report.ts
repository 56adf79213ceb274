/** The accuracy report as text: overall and per-indicator figures, then every miss and extra, document by document. */
import type { Evaluation, GroupScore } from './evaluate';
import type { FurnitureCheck } from './furniture-check';
import type { Prf } from './score';

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const row = (name: string, p: Prf) =>
  `${name.padEnd(32)} ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`;

export function formatReport(e: Evaluation): string {
  const lines: string[] = [];
  lines.push('Core-indicator accuracy on the gold corpus (strict matching as in shared/spec/indicators.md)', '');
  lines.push(`${'indicator'.padEnd(32)}   tp   fp   fn  prec%   rec%    F1%`);
  for (const [id, p] of e.byIndicator) lines.push(row(id, p));
  lines.push('-'.repeat(70), row('OVERALL', e.overall), row('OVERALL, region and period too', e.overallFull), '');
  lines.push(groupTable('genre', e.byGenre), '', groupTable('set', e.bySet), '');
  lines.push(`irrelevant pages with records: ${e.noisyIrrelevant.length === 0 ? 'none' : e.noisyIrrelevant.join(', ')}`);
  lines.push(`relevance disagreements: ${e.relevanceErrors.length === 0 ? 'none' : e.relevanceErrors.join(', ')}`);
  const a = e.agreement;
  lines.push(`other (unscored) figures found: ${e.others.found}/${e.others.gold}, with the gold label: ${e.others.exactLabel}/${e.others.found}`);
  lines.push(`matched records agreeing with gold on label ${a.label}/${a.pairs}, region ${a.region}/${a.pairs}, period ${a.period}/${a.pairs}`, '');
  lines.push(`${'document'.padEnd(34)}   tp   fp   fn  other`);
  for (const d of e.docs) lines.push(`${d.doc.padEnd(34)} ${String(d.tp).padStart(4)} ${String(d.fp).padStart(4)} ${String(d.fn).padStart(4)} ${String(d.others).padStart(6)}`);
  for (const d of e.docs) {
    const placed = new Set(d.full.pairs.map((p) => p.got));
    const misplaced = d.pairs.filter((p) => !placed.has(p.got));
    if (d.misses.length === 0 && d.extras.length === 0 && misplaced.length === 0) continue;
    lines.push('', `## ${d.doc}`);
    for (const m of d.misses) lines.push(`  MISS  ${m.indicator} ${m.value ?? 'masked'}${m.unit} ${m.comparator} ${m.kind}  「${m.text}」`);
    for (const x of d.extras) lines.push(`  EXTRA ${x.indicator} ${x.value ?? 'masked'}${x.unit} ${x.comparator} ${x.kind}  「${x.text}」`);
    for (const p of misplaced) {
      lines.push(`  PLACE ${p.got.indicator} 「${p.gold.text}」 gold ${p.gold.region ?? '-'} ${p.gold.period ?? '-'}, got ${p.got.region ?? '-'} ${p.got.period ?? '-'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const f1 = (p: Prf) => (p.f1 * 100).toFixed(1).padStart(7);

function groupTable(name: string, groups: Map<string, GroupScore>): string {
  const out = [`${name.padEnd(24)} docs  core tp  fp  fn   F1%   full tp  fp  fn   F1%`];
  for (const [k, g] of groups) {
    const c = g.core;
    const u = g.full;
    out.push(
      `${k.padEnd(24)} ${String(g.docs).padStart(4)}  ${[c.tp, c.fp, c.fn].map((n) => String(n).padStart(3)).join(' ')} ${f1(c)}  ` +
        `${[u.tp, u.fp, u.fn].map((n) => String(n).padStart(3)).join(' ')} ${f1(u)}`,
    );
  }
  return out.join('\n');
}

export function formatExcerpts(e: { excerpts: number; overall: Prf; overallFull: Prf }): string {
  return (
    `Excerpts (stress test, not the spec's score): ${e.excerpts} seeded random excerpts of the relevant plain-text\n` +
    `documents, without their titles and often their headings, scored against the gold records inside each:\n` +
    `${row('EXCERPTS', e.overall)}\n${row('EXCERPTS, region and period too', e.overallFull)}\n`
  );
}

export function formatFurniture(f: FurnitureCheck): string {
  const line = (name: string, x: { core: Prf; full: Prf }) => `${name.padEnd(32)} ${f1(x.core)} ${f1(x.full)}`;
  return (
    `Furniture check: the ${f.documents} relevant documents each inside a portal page (navigation, a byline naming another\n` +
    `province's paper, 相关新闻 and 热点推荐 headlines with figures, a footer), read as the CLI reads HTML:\n` +
    `${''.padEnd(32)}  core%   full%\n${line('bare', f.bare)}\n${line('inside page furniture', f.portal)}\n` +
    `records from furniture headlines: ${f.fromFurniture.length === 0 ? 'none' : f.fromFurniture.map((r) => `${r.doc} 「${r.text}」`).join(', ')}\n` +
    `the ${f.irrelevant} irrelevant documents inside the same furniture, read as relevant or giving records: ${
      f.irrelevantSpeaking.length === 0 ? 'none' : f.irrelevantSpeaking.map((r) => `${r.doc} (${r.records})`).join(', ')
    }\n`
  );
}
