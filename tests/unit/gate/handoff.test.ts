// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { putHandoff, takeHandoff } from '../../../src/gate/handoff';
import { collectVisibleText } from '../../../src/page/visible-text';
import type { ExtractResult } from '../../../src/extract/types';

const RESULT: ExtractResult = { relevant: true, region: '陕西省', period: '2022', records: [] };

function article() {
  document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: '城镇新增就业40万人以上' }));
  return collectVisibleText(document.body);
}

describe('gate → annotator handoff', () => {
  it('hands the gate text and its extraction over once when the page did not change', async () => {
    const visible = article();
    putHandoff(document, { visible: Promise.resolve(visible), preview: Promise.resolve(null), result: Promise.resolve(RESULT) });
    const handoff = takeHandoff();
    await expect(handoff?.visible).resolves.toBe(visible);
    await expect(handoff?.result).resolves.toBe(RESULT);
    expect(takeHandoff()).toBeNull();
  });

  it('drops the gate text when the page changed in between', async () => {
    putHandoff(document, { visible: Promise.resolve(article()), preview: Promise.resolve(null), result: Promise.resolve(RESULT) });
    document.body.append('新增内容');
    await new Promise((r) => setTimeout(r, 0));
    expect(takeHandoff()).toBeNull();
  });

  it('drops it when the change is not yet delivered to the observer', () => {
    putHandoff(document, { visible: Promise.resolve(article()), preview: Promise.resolve(null), result: Promise.resolve(RESULT) });
    document.body.append('新增内容');
    expect(takeHandoff()).toBeNull();
  });
});
