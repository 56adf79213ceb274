/** Runs an extractor over the corpus and scores it; pure apart from the extractor it is given. */
import type { Extractor, IndicatorRecord } from '../extract/types';
import type { CorpusDoc } from './corpus';
import { isCore, sameValue, scoreDoc, summarise, textsOverlap, type DocScore, type GoldRecord, type Prf } from './score';

export interface GroupScore {
  docs: number;
  core: Prf;
  full: Prf;
}

export interface Evaluation {
  docs: Array<DocScore & { others: number; full: DocScore; set: string; genre: string }>;
  overall: Prf;
  /** Region and period required as well (what puts a figure in the right column of the comparison). */
  overallFull: Prf;
  byGenre: Map<string, GroupScore>;
  bySet: Map<string, GroupScore>;
  byIndicator: Map<string, Prf>;
  /** Irrelevant gold pages on which the engine produced records. */
  noisyIrrelevant: string[];
  /** Relevance decisions that disagree with gold. */
  relevanceErrors: string[];
  /** Matched pairs whose label / region / period agree with gold (informational; not part of the spec's score). */
  agreement: { label: number; region: number; period: number; pairs: number };
  /**
   * `other` records (not scored): gold ones found (same value and unit, overlapping text), and how many of those
   * carry exactly the gold label.
   */
  others: { gold: number; found: number; exactLabel: number };
  json: unknown;
}

export function evaluate(extractor: Extractor, corpus: CorpusDoc[]): Evaluation {
  const docs: Evaluation['docs'] = [];
  const noisyIrrelevant: string[] = [];
  const relevanceErrors: string[] = [];
  const others = { gold: 0, found: 0, exactLabel: 0 };
  for (const c of corpus) {
    const r = extractor.extract(c.doc.text, { title: c.doc.title, url: c.path, date: c.doc.date });
    const o = matchOthers(c.gold.records.filter((g) => !isCore(g)), r.records.filter((x) => !isCore(x)));
    others.gold += o.gold;
    others.found += o.found;
    others.exactLabel += o.exactLabel;
    const score = scoreDoc(c.gold, r.relevant, r.records);
    const full = scoreDoc(c.gold, r.relevant, r.records, true);
    docs.push({ ...score, others: r.records.filter((x: IndicatorRecord) => !isCore(x)).length, full, set: c.set, genre: c.genre });
    if (!c.gold.relevant && r.records.length > 0) noisyIrrelevant.push(c.gold.doc);
    if (c.gold.relevant !== r.relevant) relevanceErrors.push(c.gold.doc);
  }
  const { overall, byIndicator } = summarise(docs);
  const overallFull = summarise(docs.map((d) => d.full)).overall;
  const byGenre = groupScores(docs, (d) => d.genre);
  const bySet = groupScores(docs, (d) => d.set);
  const pairs = docs.flatMap((d) => d.pairs);
  const agreement = {
    pairs: pairs.length,
    label: pairs.filter((p) => p.gold.label === p.got.label).length,
    region: pairs.filter((p) => p.gold.region === p.got.region).length,
    period: pairs.filter((p) => p.gold.period === p.got.period).length,
  };
  const json = {
    overall,
    overallFull,
    byGenre: Object.fromEntries(byGenre),
    bySet: Object.fromEntries(bySet),
    others,
    byIndicator: Object.fromEntries(byIndicator),
    noisyIrrelevant,
    relevanceErrors,
    agreement,
    docs: docs.map((d) => ({
      doc: d.doc, set: d.set, genre: d.genre, tp: d.tp, fp: d.fp, fn: d.fn, others: d.others,
      full: { tp: d.full.tp, fp: d.full.fp, fn: d.full.fn }, relevantGold: d.relevantGold, relevantGot: d.relevantGot,
      misses: d.misses, extras: d.extras,
      wrongPlace: d.pairs
        .filter((p) => !d.full.pairs.some((f) => f.got === p.got))
        .map((p) => ({ text: p.gold.text, gold: [p.gold.region, p.gold.period], got: [p.got.region, p.got.period] })),
    })),
  };
  return { docs, overall, overallFull, byGenre, bySet, byIndicator, noisyIrrelevant, relevanceErrors, agreement, others, json };
}

function groupScores(docs: Evaluation['docs'], key: (d: Evaluation['docs'][number]) => string): Map<string, GroupScore> {
  const groups = new Map<string, Evaluation['docs']>();
  for (const d of docs) groups.set(key(d), [...(groups.get(key(d)) ?? []), d]);
  return new Map(
    [...groups.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([k, ds]) => [k, { docs: ds.length, core: summarise(ds).overall, full: summarise(ds.map((d) => d.full)).overall }]),
  );
}

function matchOthers(gold: GoldRecord[], got: IndicatorRecord[]): { gold: number; found: number; exactLabel: number } {
  const used = new Set<number>();
  let found = 0;
  let exactLabel = 0;
  for (const g of gold) {
    const i = got.findIndex((r, j) => !used.has(j) && r.unit === g.unit && sameValue(r.value, g.value) && textsOverlap(g.text, r.text));
    if (i < 0) continue;
    used.add(i);
    found++;
    if (got[i]!.label === g.label) exactLabel++;
  }
  return { gold: gold.length, found, exactLabel };
}
