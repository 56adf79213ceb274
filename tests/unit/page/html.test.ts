import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FURNITURE_HEADLINES, wrapInFurniture } from '../../../src/eval/furniture';
import { htmlToVisibleText, looksLikeHtml, normalizeSource, parseHtmlDocument } from '../../../src/page/html';
import { splitFrontMatter } from '../../../src/page/front-matter';
import { collectVisibleText } from '../../../src/page/visible-text';

describe('htmlToVisibleText', () => {
  it('reads a Jekyll post: title as first line, front matter gone, paragraphs on their own lines', () => {
    const post = [
      '---',
      'layout: post',
      'title: "今年陕西省城镇新增就业40万人以上"',
      'date: 2022-02-22 15:08:51 +0800',
      '---',
      '<p>2月21日，记者获悉。</p><p><strong>任务一</strong></p><p>全面完成城镇新增就业40万人以上。</p>',
    ].join('\n');
    const { text, title } = htmlToVisibleText(post);
    expect(title).toBe('今年陕西省城镇新增就业40万人以上');
    expect(text).toBe('今年陕西省城镇新增就业40万人以上\n2月21日，记者获悉。\n任务一\n全面完成城镇新增就业40万人以上。');
  });

  it('handles a BOM, CRLF, server-side code, <style> and the <title>', () => {
    const page =
      '\ufeff<?php\r\n$x = Yii::app()->theme->baseUrl;\r\n?>\r\n<html><head><title> 定南 \r\n 民生 </title></head>' +
      '<body><style>.a{}</style><div>新增就业人数\r\n15325人</div><br />\r\n<span>下一段</span></body></html>';
    const { text, title } = htmlToVisibleText(page);
    expect(title).toBe('定南 民生');
    expect(text).toBe('新增就业人数 15325人\n下一段');
  });

  it('reads a bare fragment as a browser would', () => {
    expect(htmlToVisibleText('<p>甲</p><p>乙<b>丙</b></p>').text).toBe('甲\n乙丙');
  });

  it('never throws on unbalanced or random markup', () => {
    const token = fc.constantFrom('<p>', '</p>', '<div', '>', '</span>', '<table><td>', '<tr>', '<!--', '-->', '<script>', '</script>',
      '<br/>', '&nbsp;', '&#x4e00;', '&', '城镇新增就业', '40万人', '\n', ' ', '<', '"', "'", '<?php', '?>', '---\n', 'title: x\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(token, fc.string()), { maxLength: 40 }), (parts) => {
        const { text } = htmlToVisibleText(parts.join(''));
        expect(typeof text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('htmlToVisibleText on a portal page', () => {
  it('reads the title, dateline and article only, titled by the article', () => {
    const article = { title: '今年陕西省城镇新增就业40万人以上', text: '全面完成城镇新增就业40万人以上、城镇登记失业率4.5%以内的目标任务。\n扎实推进各项社保政策落地落细。' };
    const { text, title } = htmlToVisibleText(wrapInFurniture(article, { seed: 2, date: '2022-02-22' }));
    expect(title).toBe(article.title);
    const lines = text.split('\n');
    expect(lines[0]).toBe(article.title);
    expect(lines[1]).toContain('2022-02-22');
    expect(lines.slice(-2)).toEqual(article.text.split('\n'));
    expect(lines).toHaveLength(4);
  });

  // A 江西日报 article saved with its site's template (dingnan-2015-jxrb.html of the shared corpus).
  const dingnan = path.resolve(__dirname, '../../../../shared/corpus/docs/dingnan-2015-jxrb.html');
  it.runIf(existsSync(dingnan))('keeps every paragraph of a real saved article, alone or inside a portal', () => {
    const source = readFileSync(dingnan, 'utf8');
    const paragraphs = [...source.matchAll(/<span[^>]*>([^<]{20,}?)(?:&nbsp;)?<\/span>/g)].map((m) => m[1]!.trim());
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
    // The saved template around it is bare (a container and a stylesheet): nothing to leave out, nothing lost.
    const whole = collectVisibleText(parseHtmlDocument(normalizeSource(source).replace(/<\?php[\s\S]*?\?>/, '')).documentElement).text;
    const { text } = htmlToVisibleText(source);
    expect(text).toBe(whole);
    const portal = htmlToVisibleText(wrapInFurniture({ text }, { seed: 4 })).text;
    for (const paragraph of paragraphs) expect(portal).toContain(paragraph);
    for (const headline of FURNITURE_HEADLINES) expect(portal).not.toContain(headline);
    for (const chrome of ['政务公开', '当前位置', '版权所有', '网站标识码', '相关新闻']) expect(portal).not.toContain(chrome);
  });
});

describe('looksLikeHtml', () => {
  it('tells HTML paragraphs in a .txt from plain text', () => {
    expect(looksLikeHtml('---\ntitle: x\n---\n<p>正文</p>')).toBe(true);
    expect(looksLikeHtml('正文<br>第二行')).toBe(true);
    expect(looksLikeHtml('2023年工作要点\n\n一、城镇新增就业1万人（a<b 的比较不算标签）')).toBe(false);
  });
});

describe('splitFrontMatter', () => {
  it('unquotes the title and leaves documents without front matter alone', () => {
    expect(splitFrontMatter("---\ntitle: 'It''s 40%'\n---\nbody")).toEqual({ title: "It's 40%", body: 'body' });
    expect(splitFrontMatter('---\n\n---\nbody')).toEqual({ body: '---\n\n---\nbody' });
    expect(splitFrontMatter('正文\n---\ntitle: x\n---')).toEqual({ body: '正文\n---\ntitle: x\n---' });
  });
});
