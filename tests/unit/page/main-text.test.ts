// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FURNITURE_HEADLINES, wrapInFurniture } from '../../../src/eval/furniture';
import { findMainContent } from '../../../src/page/main-content';
import { collectMainTextChunked } from '../../../src/page/main-text';
import { collectVisibleText } from '../../../src/page/visible-text';

const ARTICLE = {
  title: '今年陕西省城镇新增就业40万人以上',
  text: '2月21日，记者从陕西省人社厅获悉，全面完成城镇新增就业40万人以上、城镇登记失业率4.5%以内的目标任务。\n扎实推进各项社保政策落地落细，深入实施全民参保计划。',
};

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

describe('collectMainTextChunked', () => {
  it("collects, in slices, the live page's main content and names its title", async () => {
    load(wrapInFurniture(ARTICLE, { seed: 5, date: '2022-02-22' }));
    let decided = -1;
    const main = await collectMainTextChunked(document, { budgetMs: 0, onDecided: (start) => (decided = start) });
    expect(decided).toBeGreaterThanOrEqual(0);
    expect(main.title).toBe(ARTICLE.title);
    const { include } = findMainContent(document);
    expect(main.text).toBe(collectVisibleText(document.body, { include }).text);
    expect(main.text.split('\n').slice(-2)).toEqual(ARTICLE.text.split('\n'));
    for (const headline of FURNITURE_HEADLINES) expect(main.text).not.toContain(headline);
  });

  it('collects the whole page, under its own title, when there is nothing to leave out', async () => {
    load(`<html><head><title>t</title></head><body><h1>${ARTICLE.title}</h1><p>${ARTICLE.text.replace('\n', '</p><p>')}</p></body></html>`);
    const main = await collectMainTextChunked(document, { budgetMs: 0 });
    expect(main.title).toBeUndefined();
    expect(main.text).toBe(collectVisibleText(document.body).text);
  });

  it('leaves out text a stylesheet hides, however much of it there is', async () => {
    load(
      `<!doctype html><html><head><style>.h{display:none}</style></head><body><p>城镇新增就业40万人以上。</p>` +
        `<div class="h">${'分别为1人、'.repeat(2000)}</div></body></html>`,
    );
    const { text } = await collectMainTextChunked(document, { budgetMs: 8 });
    expect(text).toContain('城镇新增就业40万人以上');
    expect(text).not.toContain('分别为1人');
  });
});
