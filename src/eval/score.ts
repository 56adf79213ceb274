/**
 * Accuracy scoring exactly as ../shared/spec/indicators.md defines it: a gold record is matched by at most one
 * extracted record with the same indicator, value (relative difference < 1e-6, or both null), unit, comparator and
 * kind, whose text overlaps the gold text (one contains the other, or they share the number).
 * Only core indicators are counted; `other` records are reported, not scored.
 */
import { CORE_INDICATORS, type IndicatorRecord } from '../extract/types';

export interface GoldRecord {
  indicator: string;
  label: string;
  value: number | null;
  max?: number | null;
  unit: string;
  comparator: string;
  kind: string;
  masked: boolean;
  region?: string | null;
  period?: string | null;
  text: string;
}

export interface GoldDoc {
  doc: string;
  relevant: boolean;
  region: string | null;
  period: string | null;
  records: GoldRecord[];
}

type Scored = Pick<GoldRecord, 'indicator' | 'value' | 'unit' | 'comparator' | 'kind' | 'text'>;

const CORE = new Set<string>(CORE_INDICATORS);
export const isCore = (r: { indicator: string }): boolean => CORE.has(r.indicator);

export function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) < 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}

/** The figures written in a span: ASCII or full-width digit runs (with a decimal part), or a mask run. */
function numbersIn(text: string): string[] {
  const ascii = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return ascii.match(/\d+(?:\.\d+)?|[*＊]+|[Xx×]{2,}/g) ?? [];
}

export function textsOverlap(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  const nb = new Set(numbersIn(b));
  return numbersIn(a).some((n) => nb.has(n));
}

export function recordsMatch(gold: Scored, got: Scored): boolean {
  return (
    gold.indicator === got.indicator &&
    sameValue(gold.value, got.value) &&
    gold.unit === got.unit &&
    gold.comparator === got.comparator &&
    gold.kind === got.kind &&
    textsOverlap(gold.text, got.text)
  );
}

/**
 * The full record as the comparison shows it: the spec's match, and the gold's region and period as well — what
 * puts a figure in the right column. A gold record without its own region or period takes the document's.
 */
export function recordsMatchFull(gold: GoldRecord, doc: Pick<GoldDoc, 'region' | 'period'>, got: IndicatorRecord): boolean {
  return (
    recordsMatch(gold, got) &&
    (gold.region === undefined ? (doc.region ?? null) : gold.region) === got.region &&
    (gold.period === undefined ? (doc.period ?? null) : gold.period) === got.period
  );
}

export interface DocScore {
  doc: string;
  relevantGold: boolean;
  relevantGot: boolean;
  tp: number;
  fp: number;
  fn: number;
  misses: GoldRecord[];
  extras: IndicatorRecord[];
  /** Matched pairs, for label and region/period agreement figures. */
  pairs: Array<{ gold: GoldRecord; got: IndicatorRecord }>;
}

/**
 * Greedy one-to-one matching in document order; each extracted record serves at most one gold record. `full` also
 * requires region and period to agree with the gold.
 */
export function scoreDoc(gold: GoldDoc, relevantGot: boolean, got: IndicatorRecord[], full = false): DocScore {
  const match = full ? (g: GoldRecord, r: IndicatorRecord) => recordsMatchFull(g, gold, r) : recordsMatch;
  const goldCore = gold.records.filter(isCore);
  const gotCore = got.filter(isCore);
  const used = new Set<number>();
  const misses: GoldRecord[] = [];
  const pairs: DocScore['pairs'] = [];
  for (const g of goldCore) {
    const i = gotCore.findIndex((r, j) => !used.has(j) && match(g, r));
    if (i < 0) misses.push(g);
    else {
      used.add(i);
      pairs.push({ gold: g, got: gotCore[i]! });
    }
  }
  const extras = gotCore.filter((_, j) => !used.has(j));
  return {
    doc: gold.doc,
    relevantGold: gold.relevant,
    relevantGot,
    tp: pairs.length,
    fp: extras.length,
    fn: misses.length,
    misses,
    extras,
    pairs,
  };
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Overall and per-indicator precision / recall / F1 over a set of scored documents. */
export function summarise(scores: DocScore[]): { overall: Prf; byIndicator: Map<string, Prf> } {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (id: string, k: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    counts.set(id, c);
  };
  for (const s of scores) {
    for (const p of s.pairs) bump(p.gold.indicator, 'tp');
    for (const m of s.misses) bump(m.indicator, 'fn');
    for (const e of s.extras) bump(e.indicator, 'fp');
  }
  const byIndicator = new Map<string, Prf>();
  let tp = 0, fp = 0, fn = 0;
  for (const id of CORE_INDICATORS) {
    const c = counts.get(id);
    if (!c) continue;
    byIndicator.set(id, prf(c.tp, c.fp, c.fn));
    tp += c.tp; fp += c.fp; fn += c.fn;
  }
  return { overall: prf(tp, fp, fn), byIndicator };
}
