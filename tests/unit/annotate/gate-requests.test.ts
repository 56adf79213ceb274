import { describe, expect, it } from 'vitest';
import { extractedResult, isAnnotating, requestAnnotation } from '../../../src/annotate/gate-requests';
import type { ExtractResult } from '../../../src/extract/types';
import type { VisibleText } from '../../../src/page/visible-text';

const RESULT: ExtractResult = { relevant: true, region: '陕西省', period: '2022', records: [] };
const visible = (text: string): VisibleText => ({ text, map: { starts: [], lengths: [], nodes: [], nodeOffsets: [] } as never });
const LONG = '城镇新增就业40万人以上，全省城镇登记失业率控制在4.5%以内。\n'.repeat(1500);

function fakeBackground(annotating = true) {
  const sent: Array<{ type: string; payload: Record<string, unknown> }> = [];
  const send = async (message: unknown) => {
    const m = message as { type: string; payload: Record<string, unknown> };
    sent.push(m);
    if (m.type === 'annotate:inject') return { ok: true, value: { annotating } };
    return { ok: true, value: { ...RESULT, region: m.payload.preview ? 'preview' : 'whole' } };
  };
  return { sent, send };
}

describe('what the gate asks of the background', () => {
  it('asks for the annotator before it collects the text, then sends the text for extraction', async () => {
    const { sent, send } = fakeBackground();
    let collectedAfter = -1;
    const requests = requestAnnotation(send, async () => ((collectedAfter = sent.length), visible('短文')), { title: 't' });
    await expect(requests.result).resolves.toMatchObject({ region: 'whole' });
    await expect(requests.preview).resolves.toBeNull();
    expect(collectedAfter).toBe(1);
    expect(sent.map((m) => m.type)).toEqual(['annotate:inject', 'extract']);
    expect(sent[1]!.payload).toEqual({ text: '短文', page: { title: 't' } });
  });

  it("sends a long page's beginning as a preview first, then the whole text", async () => {
    const { sent, send } = fakeBackground();
    const requests = requestAnnotation(send, async () => visible(LONG), {});
    await expect(requests.preview).resolves.toMatchObject({ region: 'preview' });
    await expect(requests.result).resolves.toMatchObject({ region: 'whole' });
    const [, first, second] = sent;
    expect(first!.payload.preview).toBe(true);
    expect(LONG.startsWith(first!.payload.text as string)).toBe(true);
    expect((first!.payload.text as string).length).toBeLessThan(LONG.length / 4);
    expect(second!.payload).toEqual({ text: LONG, page: {} });
  });

  it('sends no text when the site is switched off', async () => {
    const { sent, send } = fakeBackground(false);
    const requests = requestAnnotation(send, async () => visible(LONG), {});
    await expect(requests.result).resolves.toBeNull();
    await expect(requests.preview).resolves.toBeNull();
    expect(sent.map((m) => m.type)).toEqual(['annotate:inject']);
  });

  it('gives null results, not errors, when the extension is gone or the collection failed', async () => {
    const gone = requestAnnotation(() => Promise.reject(new Error('Extension context invalidated')), async () => visible(LONG), {});
    await expect(gone.injecting).rejects.toThrow('invalidated');
    await expect(gone.result).resolves.toBeNull();
    const failed = requestAnnotation(fakeBackground().send, () => Promise.reject(new Error('aborted')), {});
    await expect(failed.result).resolves.toBeNull();
  });
});

describe("reading the background's raw answers", () => {
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
