/**
 * `npm run eval:rewrites`: every relevant corpus page (pinyin-glossed mirrors aside) read as written and read again
 * rewritten as real copies of pages are (src/eval/rewrites.ts); prints, per rewrite, the pages whose core records
 * (indicator, value, kind, region, period) differ and the records lost and gained. `-- --list` names the pages.
 */
import { loadCorpus } from '../eval/corpus';
import { GLOSSED, keyDifference, REWRITES } from '../eval/rewrites';
import { createExtractor } from '../extract/index';
import type { IndicatorRecord } from '../extract/types';

async function main(): Promise<number> {
  const list = process.argv.includes('--list');
  const corpus = (await loadCorpus()).filter((d) => d.gold.relevant && !GLOSSED.test(d.doc.text));
  const extractor = await createExtractor();
  await extractor.segmentationReady;
  const keys = (text: string, d: (typeof corpus)[number]) =>
    extractor
      .extract(text, { title: d.doc.title, date: d.doc.date })
      .records.filter((r: IndicatorRecord) => r.indicator !== 'other')
      .map((r: IndicatorRecord) => [r.indicator, r.value, r.kind, r.region, r.period].join('|'));
  const asWritten = corpus.map((d) => keys(d.doc.text, d));
  const records = asWritten.reduce((n, k) => n + k.length, 0);
  console.log(`${corpus.length} relevant corpus pages (pinyin-glossed mirrors aside), ${records} core records as written\n`);
  console.log(`${'rewrite'.padEnd(44)}pages read differently  records lost  gained`);
  for (const { name, rewrite } of REWRITES) {
    let pages = 0;
    let lost = 0;
    let gained = 0;
    const names: string[] = [];
    corpus.forEach((d, i) => {
      const diff = keyDifference(asWritten[i]!, keys(rewrite(d.doc.text), d));
      if (diff.lost + diff.gained === 0) return;
      pages++;
      lost += diff.lost;
      gained += diff.gained;
      names.push(`${d.set}/${d.name}`);
    });
    console.log(`${name.padEnd(44)}${String(pages).padStart(21)}${String(lost).padStart(14)}${String(gained).padStart(8)}`);
    if (list) for (const n of names) console.log(`    ${n}`);
  }
  return 0;
}

process.exitCode = await main();
