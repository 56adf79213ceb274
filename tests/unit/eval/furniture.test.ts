import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FURNITURE_HEADLINES, wrapInFurniture } from '../../../src/eval/furniture';
import { htmlToVisibleText } from '../../../src/page/html';
import { readDocument, type LoadedDocument } from '../../../src/page/text-file';

const repo = path.resolve(__dirname, '../../..');
const sharedDocs = path.resolve(repo, '../shared/corpus/docs');
const squash = (s: string) => s.replace(/\s+/g, '');
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

async function documents(): Promise<Array<[string, LoadedDocument]>> {
  const files = [
    ...['samples/000_c01e68819d8d14d7.txt', 'samples/001_20dd1c6eb5c70df1.txt', 'engine/undated-news.txt', 'engine/city-work-report.txt', 'engine/work-plan.txt', 'engine/bulletin.txt'].map(
      (f) => path.join(repo, 'tests/fixtures', f),
    ),
    ...(existsSync(sharedDocs) ? readdirSync(sharedDocs).sort().map((f) => path.join(sharedDocs, f)) : []),
  ];
  return Promise.all(files.map(async (f) => [path.basename(f), await readDocument(f)] as [string, LoadedDocument]));
}

/** The article's own text: its lines but a first one repeating the title (the heading shows it). */
const articleBody = (doc: LoadedDocument) => lines(doc.text).filter((l, i) => !(i === 0 && l === doc.title));

describe('wrapInFurniture', () => {
  it('builds a portal page whose main content reads back as the article, without the furniture', async () => {
    for (const [name, doc] of await documents()) {
      for (const seed of [1, 2, 3]) {
        const html = wrapInFurniture(doc, { seed });
        const furniture = FURNITURE_HEADLINES.filter((h) => !doc.text.includes(h));
        expect(furniture.filter((h) => html.includes(h)).length, name).toBeGreaterThanOrEqual(10);
        const read = htmlToVisibleText(html);
        const got = squash(read.text);
        const body = squash(articleBody(doc).join(''));
        expect(got.endsWith(body), `${name} seed ${seed}: the article, whole, ends the text`).toBe(true);
        const head = got.slice(0, got.length - body.length); // the title and the dateline
        if (doc.title) {
          expect(read.title, name).toBe(doc.title.trim());
          expect(head.startsWith(squash(doc.title)), name).toBe(true);
        }
        expect(head.length - squash(doc.title ?? '').length, `${name} seed ${seed}: ${head}`).toBeLessThanOrEqual(60);
        for (const h of furniture) expect(read.text, `${name} seed ${seed}`).not.toContain(h);
        for (const chrome of ['政务公开', '当前位置', '版权所有', '网站标识码', '联系电话', '相关新闻', '热点推荐']) {
          if (!doc.text.includes(chrome)) expect(read.text, name).not.toContain(chrome);
        }
      }
    }
  });

  it('is the same page for the same seed, another page for another seed', () => {
    const doc = { title: '今年城镇新增就业40万人以上', text: '全面完成城镇新增就业40万人以上。\n城镇登记失业率4.5%以内。' };
    expect(wrapInFurniture(doc, { seed: 7 })).toBe(wrapInFurniture(doc, { seed: 7 }));
    expect(new Set([1, 2, 3, 4, 5].map((seed) => wrapInFurniture(doc, { seed }))).size).toBe(5);
  });

  it("names another province's newspaper in the byline, and dates the page in the document's year", () => {
    const doc = { title: '2023年江西省城镇新增就业32万人', text: '2023年，江西省城镇新增就业32万人。' };
    for (let seed = 1; seed <= 20; seed++) {
      const html = wrapInFurniture(doc, { seed });
      const paper = /来源：([^<\s]+)/.exec(html)![1]!;
      expect(paper).not.toBe('江西日报');
      expect(html).toMatch(/2023-\d\d-\d\d/);
    }
    expect(wrapInFurniture(doc, { date: '2024-03-05' })).toContain('2024-03-05');
    expect(wrapInFurniture({ text: '城镇新增就业1万人。' })).not.toMatch(/(?:19|20)\d\d-\d\d-\d\d/);
  });

  it('escapes the text: markup in it stays text', () => {
    const line = '<script>alert(1)</script> & 城镇新增就业，全年目标完成。';
    const html = wrapInFurniture({ title: '关于<b>标签的说明', text: line });
    expect(html).not.toContain('<script>');
    expect(htmlToVisibleText(html).text).toContain(line);
  });
});
