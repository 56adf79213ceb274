// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FURNITURE_HEADLINES, wrapInFurniture } from '../../../src/eval/furniture';
import { findMainContent } from '../../../src/page/main-content';
import { documentFromSource, readDocument } from '../../../src/page/text-file';
import { toRange } from '../../../src/page/text-map';
import { collectVisibleText } from '../../../src/page/visible-text';

const repo = path.resolve(__dirname, '../../..');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const squash = (s: string) => s.replace(/\s+/g, '');
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** A page that is only the article: a heading and one paragraph per line, as the e2e fixtures are built. */
function barePage(doc: { text: string; title?: string }): string {
  const body = lines(doc.text).map((l) => `<p>${escape(l)}</p>`).join('\n');
  const heading = doc.title ? `<h1>${escape(doc.title)}</h1>` : '';
  return `<!doctype html><html><head><title>${escape(doc.title ?? 'page')}</title></head><body><article>${heading}${body}</article></body></html>`;
}

const samples = ['undated-news.txt', 'city-work-report.txt', 'work-plan.txt', 'bulletin.txt'].map((f) =>
  documentFromSource(readFileSync(path.join(repo, 'tests/fixtures/engine', f), 'utf8'), false),
);
const jekyll = () => readDocument(path.join(repo, 'tests/fixtures/samples/000_c01e68819d8d14d7.txt'));

const MENU = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li><li><a href="/gk">政务公开</a></li></ul>';
const withMenu = (html: string) => html.replace('<body>', `<body>${MENU}`);

const NAV_AND_FOOTER = ['政务公开', '办事服务', '当前位置', '版权所有', '网站标识码', 'ICP备', '联系电话', '相关新闻', '热点推荐', '分享到'];

describe('findMainContent on a portal page', () => {
  it.each([1, 2, 3, 4, 5, 6])('reads only the title, dateline and article of a real article (seed %i)', async (seed) => {
    const article = await jekyll();
    const doc = parse(wrapInFurniture(article, { seed, date: '2022-02-22' }));
    const main = findMainContent(doc);
    expect(main.verdict).toBe('article');
    expect(main.title).toBe(article.title);
    const text = collectVisibleText(doc.body, { include: main.include }).text;
    const [title, dateline, ...body] = lines(text);
    expect(title).toBe(article.title);
    expect(dateline).toContain('2022-02-22');
    expect(body).toEqual(lines(article.text).slice(1)); // the text opens with its title
    for (const headline of FURNITURE_HEADLINES) expect(text).not.toContain(headline);
    for (const chrome of NAV_AND_FOOTER) expect(text).not.toContain(chrome);
    expect(text).not.toMatch(/\n\s*\n/);
  });

  it('keeps every line of articles in other genres, and no furniture', () => {
    for (const [i, sample] of samples.entries()) {
      const doc = parse(wrapInFurniture(sample, { seed: 10 + i }));
      const main = findMainContent(doc);
      expect(main.verdict).toBe('article');
      const text = squash(collectVisibleText(doc.body, { include: main.include }).text);
      for (const line of lines(sample.text)) expect(text).toContain(squash(line));
      for (const headline of FURNITURE_HEADLINES) expect(text).not.toContain(squash(headline));
    }
  });
});

describe('findMainContent on a page that is only the article', () => {
  it('reads it all without running Readability: there is nothing to leave out', async () => {
    for (const article of [await jekyll(), ...samples]) {
      const main = findMainContent(parse(barePage(article)));
      expect(main.verdict).toBe('no-furniture');
      expect(main.include).toBeUndefined();
    }
  });

  it('with a site menu, loses nothing of the article', async () => {
    for (const article of [await jekyll(), ...samples]) {
      const doc = parse(withMenu(barePage(article)));
      const main = findMainContent(doc);
      expect(main.verdict).toBe('article');
      expect(main.mainChars).toBe(main.pageChars - '首页新闻政务公开'.length);
      const text = collectVisibleText(doc.body, { include: main.include }).text;
      expect(`首页\n新闻\n政务公开\n${text}`).toBe(collectVisibleText(doc.body).text);
    }
  });
});

describe('when Readability is not trusted, the whole page is read', () => {
  it('Readability fails (here: over its element limit)', () => {
    const main = findMainContent(parse(withMenu(barePage(samples[0]!))), { maxElements: 3 });
    expect(main.verdict).toBe('failed');
    expect(main.include).toBeUndefined();
  });

  it('Readability finds no article, or only furniture', () => {
    for (const html of ['<html><body></body></html>', '<html><body><script>var a = 1;</script></body></html>', `<html><body>${MENU}</body></html>`]) {
      const main = findMainContent(parse(html));
      expect(['no-article', 'no-furniture']).toContain(main.verdict);
      expect(main.include).toBeUndefined();
    }
    expect(findMainContent(parse(`<html><body>${MENU}</body></html>`)).verdict).toBe('no-article');
  });

  it('the page is too large to read quickly', () => {
    expect(findMainContent(parse(barePage(samples[3]!)), { maxTextChars: 100 }).verdict).toBe('too-large');
  });

  it('Readability leaves out much of the prose', () => {
    const para = (n: number) => `<p>${'城镇新增就业，'.repeat(20)}第${n}段。</p>`;
    // Readability strips whatever is called a sidebar, even a page's second column of prose.
    const doc = parse(
      `<html><body>${MENU}<div class="a">${[1, 2, 3, 4].map(para).join('')}</div><div class="sidebar">${[5, 6, 7, 8].map(para).join('')}</div></body></html>`,
    );
    const main = findMainContent(doc);
    expect(main.verdict).toBe('dropped-prose');
    expect(main.include).toBeUndefined();
  });
});

describe('when Readability chose another block than the one under the title', () => {
  it('reads the heading\'s block when Readability takes a short item\'s neighbour for the article', () => {
    const title = '我市前5个月城镇新增就业2.3万人';
    const items = ['1—5月全市城镇新增就业2.3万人。', '全面完成城镇新增就业40万人以上、城镇登记失业率4.5%以内的目标任务。\n扎实推进各项社保政策落地落细。'];
    const verdicts = new Set<string>();
    for (const body of items) {
      for (let seed = 1; seed <= 8; seed++) {
        const doc = parse(wrapInFurniture({ title, text: body }, { seed, date: '2022-06-10' }));
        const main = findMainContent(doc);
        verdicts.add(main.verdict);
        const [heading, dateline, ...rest] = lines(collectVisibleText(doc.body, { include: main.include }).text);
        expect(heading).toBe(title);
        expect(dateline).toContain('2022-06-10');
        expect(rest).toEqual(body.split('\n'));
      }
    }
    expect([...verdicts].sort()).toEqual(['article', 'heading-block']);
  });
});

describe('the text of the main content in the live page', () => {
  it('maps back to the live Text nodes and leaves the DOM as it was', async () => {
    const article = await jekyll();
    document.open();
    document.write(wrapInFurniture(article, { seed: 3, date: '2022-02-22' }));
    document.close();
    const before = document.documentElement.outerHTML;
    const main = findMainContent(document);
    const { text, map } = collectVisibleText(document.body, { include: main.include });
    expect(document.documentElement.outerHTML).toBe(before);
    for (const figure of ['城镇新增就业40万人以上', '城镇登记失业率4.5%以内', '5.5%以内']) {
      let at = text.indexOf(figure);
      expect(at).toBeGreaterThanOrEqual(0);
      for (; at >= 0; at = text.indexOf(figure, at + 1)) {
        const range = toRange(map, at, at + figure.length, document)!;
        expect(range.toString()).toBe(figure);
        expect(document.body.contains(range.startContainer)).toBe(true);
      }
    }
    for (const [i, node] of map.nodes.entries()) expect(node.data.slice(map.nodeOffsets[i]!, map.nodeOffsets[i]! + map.lengths[i]!).replace(/\u00a0/g, ' ')).toBe(text.slice(map.starts[i]!, map.starts[i]! + map.lengths[i]!));
  });
});
