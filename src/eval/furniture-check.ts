/**
 * The furniture check: every relevant corpus document served inside a portal page (src/eval/furniture.ts) and read
 * the way the CLI reads any HTML page must score as it does bare, and no record may come from the furniture's
 * headlines; every irrelevant one, served the same way, must stay quiet. Pure apart from the extractor it is given.
 */
import type { Extractor, IndicatorRecord } from '../extract/types';
import { isSiteChrome } from '../extract/text/breadcrumb';
import { documentFromSource } from '../page/text-file';
import type { CorpusDoc } from './corpus';
import { FURNITURE_HEADLINES, wrapInFurniture } from './furniture';
import { scoreDoc, summarise, type DocScore, type Prf } from './score';

export interface FurnitureCheck {
  documents: number;
  bare: { core: Prf; full: Prf };
  portal: { core: Prf; full: Prf };
  /** Records whose text comes from a furniture headline (must be none). */
  fromFurniture: Array<{ doc: string; text: string }>;
  /** Irrelevant corpus documents served inside a portal page the same way. */
  irrelevant: number;
  /** Those of them read as relevant or yielding a record there (must be none). */
  irrelevantSpeaking: Array<{ doc: string; records: number }>;
}

function scores(c: CorpusDoc, relevant: boolean, records: IndicatorRecord[]): { core: DocScore; full: DocScore } {
  return { core: scoreDoc(c.gold, relevant, records), full: scoreDoc(c.gold, relevant, records, true) };
}

/**
 * The date a portal would print above the article: the document's own (front matter, or a full date at its top),
 * else none — the furniture must not tell the engine anything the article does not.
 */
export function publishedDate(c: CorpusDoc): string | null {
  const parsed = c.doc.date ? new Date(c.doc.date) : null;
  if (parsed && !Number.isNaN(parsed.getTime())) return parsed.toISOString().slice(0, 10);
  // (2017年1-8月 is a stretch of months, not the 8th of January: a date is written 2017年8月24日 or 2017-08-24. A day a
  // rule takes effect from — 从2013年1月1日起 — and a site header's day — 2014年12月08日 星期一 黄石天气 — date no article.)
  const head = c.doc.text.slice(0, 600);
  for (const m of head.matchAll(/((?:19|20)\d\d)(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])(\d{1,2})\4(\d{1,2})(?!\d))(?!\s*(?:起|开始|之前|以前|前|止))/g)) {
    const lineStart = head.lastIndexOf('\n', m.index) + 1;
    const lineEnd = head.indexOf('\n', m.index);
    if (isSiteChrome(head.slice(lineStart, lineEnd < 0 ? head.length : lineEnd))) continue;
    const [month, day] = m[2] !== undefined ? [m[2], m[3]!] : [m[5]!, m[6]!];
    return `${m[1]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return null;
}

/** A document served inside a portal page laid out by `seed` (layout, class names, paper and headlines), read as the CLI reads HTML. */
function readInFurniture(extractor: Extractor, c: CorpusDoc, seed: number) {
  const page = documentFromSource(wrapInFurniture(c.doc, { seed, date: publishedDate(c) }), true);
  return extractor.extract(page.text, { title: page.title, date: page.date });
}

export function furnitureCheck(extractor: Extractor, corpus: readonly CorpusDoc[], seed = 1): FurnitureCheck {
  const bare: Array<{ core: DocScore; full: DocScore }> = [];
  const portal: Array<{ core: DocScore; full: DocScore }> = [];
  const fromFurniture: FurnitureCheck['fromFurniture'] = [];
  const relevant = corpus.filter((c) => c.gold.relevant);
  relevant.forEach((c, i) => {
    const plain = extractor.extract(c.doc.text, { title: c.doc.title, date: c.doc.date });
    bare.push(scores(c, plain.relevant, plain.records));
    // Each document in a differently laid-out portal.
    const read = readInFurniture(extractor, c, seed + i);
    portal.push(scores(c, read.relevant, read.records));
    // A figure only the furniture states (the article does not say it too).
    for (const r of read.records) {
      if (!c.doc.text.includes(r.text) && FURNITURE_HEADLINES.some((h) => h.includes(r.text))) fromFurniture.push({ doc: c.gold.doc, text: r.text });
    }
  });
  // An irrelevant page in the same furniture — its sidebar of labour headlines included — must stay quiet.
  const irrelevantSpeaking: FurnitureCheck['irrelevantSpeaking'] = [];
  const irrelevant = corpus.filter((c) => !c.gold.relevant);
  irrelevant.forEach((c, i) => {
    const read = readInFurniture(extractor, c, seed + relevant.length + i);
    if (read.relevant || read.records.length > 0) irrelevantSpeaking.push({ doc: c.gold.doc, records: read.records.length });
  });
  const sum = (s: typeof bare) => ({ core: summarise(s.map((x) => x.core)).overall, full: summarise(s.map((x) => x.full)).overall });
  return { documents: relevant.length, bare: sum(bare), portal: sum(portal), fromFurniture, irrelevant: irrelevant.length, irrelevantSpeaking };
}
