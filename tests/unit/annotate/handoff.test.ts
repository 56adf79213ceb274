// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractedResult, isAnnotating, putHandoff, takeHandoff } from '../../../src/annotate/handoff';
import { collectVisibleText } from '../../../src/page/visible-text';
import type { ExtractResult } from '../../../src/extract/types';

const RESULT: ExtractResult = { relevant: true, region: '陕西省', period: '2022', records: [] };

describe('gate → annotator handoff', () => {
  it('hands the gate text and its extraction over once when the page did not change', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: '城镇新增就业40万人以上' }));
    const visible = collectVisibleText(document.body);
    putHandoff(document, Promise.resolve(visible), Promise.resolve(RESULT));
    const handoff = takeHandoff();
    await expect(handoff?.visible).resolves.toBe(visible);
    await expect(handoff?.result).resolves.toBe(RESULT);
    expect(takeHandoff()).toBeNull();
  });

  it('drops the gate text when the page changed in between', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: '城镇新增就业40万人以上' }));
    putHandoff(document, Promise.resolve(collectVisibleText(document.body)), Promise.resolve(RESULT));
    document.body.append('新增内容');
    await new Promise((r) => setTimeout(r, 0));
    expect(takeHandoff()).toBeNull();
  });

  it('drops it when the change is not yet delivered to the observer', () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: '城镇新增就业40万人以上' }));
    putHandoff(document, Promise.resolve(collectVisibleText(document.body)), Promise.resolve(RESULT));
    document.body.append('新增内容');
    expect(takeHandoff()).toBeNull();
  });
});

describe("reading the background's answers in the gate", () => {
  it('takes the extraction from a successful answer to extract', () => {
    expect(extractedResult({ ok: true, value: RESULT })).toBe(RESULT);
  });

  it('gives null for an error or a malformed answer', () => {
    expect(extractedResult({ ok: false, error: 'boom' })).toBeNull();
    expect(extractedResult({ ok: true, value: { records: 'x' } })).toBeNull();
    expect(extractedResult(undefined)).toBeNull();
    expect(extractedResult('ok')).toBeNull();
  });

  it('tells whether the annotator is on its way', () => {
    expect(isAnnotating({ ok: true, value: { annotating: true } })).toBe(true);
    expect(isAnnotating({ ok: true, value: { annotating: false } })).toBe(false);
    expect(isAnnotating({ ok: false, error: 'invalid payload' })).toBe(false);
    expect(isAnnotating(undefined)).toBe(false);
  });
});
