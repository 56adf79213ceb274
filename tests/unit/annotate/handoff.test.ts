// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { putHandoff, takeHandoff } from '../../../src/annotate/handoff';
import { collectVisibleText } from '../../../src/page/visible-text';

describe('gate → annotator handoff', () => {
  it('hands the gate text over once when the page did not change', () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: '城镇新增就业40万人以上' }));
    const visible = collectVisibleText(document.body);
    putHandoff(document, visible);
    expect(takeHandoff()).toBe(visible);
    expect(takeHandoff()).toBeNull();
  });

  it('drops the gate text when the page changed in between', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: '城镇新增就业40万人以上' }));
    putHandoff(document, collectVisibleText(document.body));
    document.body.append('新增内容');
    await new Promise((r) => setTimeout(r, 0));
    expect(takeHandoff()).toBeNull();
  });
});
