import { describe, expect, it } from 'vitest';
import { requestAnnotation } from '../../../src/gate/annotation-requests';
import { unwrapReply } from '../../../src/messaging/raw';
import type { Send } from '../../../src/messaging/protocol';
import type { ExtractResult } from '../../../src/extract/types';
import type { VisibleText } from '../../../src/page/visible-text';

const RESULT: ExtractResult = { relevant: true, region: '陕西省', period: '2022', records: [] };
const visible = (text: string): VisibleText => ({ text, map: { starts: [], lengths: [], nodes: [], nodeOffsets: [] } as never });
const LONG = '城镇新增就业40万人以上，全省城镇登记失业率控制在4.5%以内。\n'.repeat(1500);

interface Sent {
  type: string;
  payload: Record<string, unknown>;
}

/** A background speaking raw envelopes (`{ ok, value }` / `{ ok: false, error }`), unwrapped as rawSendMessage does. */
function fakeBackground(answer: (m: Sent) => unknown) {
  const sent: Sent[] = [];
  const send = (async (type: string, payload: Record<string, unknown>) => {
    const m = { type, payload };
    sent.push(m);
    return unwrapReply(await answer(m), type);
  }) as unknown as Send;
  return { sent, send };
}

const background = (annotating = true) =>
  fakeBackground((m) =>
    m.type === 'annotate:inject'
      ? { ok: true, value: { annotating } }
      : { ok: true, value: { ...RESULT, region: m.payload.preview ? 'preview' : 'whole' } },
  );

describe('what the gate asks of the background', () => {
  it('asks for the annotator before it collects the text, then sends the text for extraction', async () => {
    const { sent, send } = background();
    let collectedAfter = -1;
    const requests = requestAnnotation(send, async () => ((collectedAfter = sent.length), visible('短文')), { title: 't' });
    await expect(requests.result).resolves.toMatchObject({ region: 'whole' });
    await expect(requests.preview).resolves.toBeNull();
    expect(collectedAfter).toBe(1);
    expect(sent.map((m) => m.type)).toEqual(['annotate:inject', 'extract']);
    expect(sent[1]!.payload).toEqual({ text: '短文', page: { title: 't' } });
  });

  it("sends a long page's beginning as a preview first, then the whole text", async () => {
    const { sent, send } = background();
    const requests = requestAnnotation(send, async () => visible(LONG), {});
    await expect(requests.preview).resolves.toMatchObject({ region: 'preview' });
    await expect(requests.result).resolves.toMatchObject({ region: 'whole' });
    const [, first, second] = sent;
    expect(first!.payload.preview).toBe(true);
    expect(LONG.startsWith(first!.payload.text as string)).toBe(true);
    expect((first!.payload.text as string).length).toBeLessThan(LONG.length / 4);
    expect(second!.payload).toEqual({ text: LONG, page: {} });
  });

  it("names the page by its article's title when the text is the page's main content", async () => {
    const { sent, send } = background();
    const requests = requestAnnotation(send, async () => ({ ...visible(LONG), title: '今年城镇新增就业40万人' }), { title: '今年城镇新增就业40万人_人社网', url: 'u' });
    await requests.result;
    expect(sent.slice(1).map((m) => m.payload.page)).toEqual([
      { title: '今年城镇新增就业40万人', url: 'u' },
      { title: '今年城镇新增就业40万人', url: 'u' },
    ]);
  });

  it('sends no text when the site is switched off', async () => {
    const { sent, send } = background(false);
    const requests = requestAnnotation(send, async () => visible(LONG), {});
    await expect(requests.result).resolves.toBeNull();
    await expect(requests.preview).resolves.toBeNull();
    expect(sent.map((m) => m.type)).toEqual(['annotate:inject']);
  });

  it('sends no text when the background refuses the request or gives no answer', async () => {
    for (const reply of [{ ok: false, error: 'invalid payload' }, undefined]) {
      const { sent, send } = fakeBackground(() => reply);
      const requests = requestAnnotation(send, async () => visible(LONG), {});
      await expect(requests.injecting).rejects.toThrow('annotate:inject');
      await expect(requests.result).resolves.toBeNull();
      expect(sent.map((m) => m.type)).toEqual(['annotate:inject']);
    }
  });

  it('gives null results, not errors, when the extension is gone or the collection failed', async () => {
    const gone = requestAnnotation(() => Promise.reject(new Error('Extension context invalidated')), async () => visible(LONG), {});
    await expect(gone.injecting).rejects.toThrow('invalidated');
    await expect(gone.result).resolves.toBeNull();
    const failed = requestAnnotation(background().send, () => Promise.reject(new Error('aborted')), {});
    await expect(failed.result).resolves.toBeNull();
  });

  it('gives a null result for an extraction that failed or came back without records', async () => {
    for (const reply of [{ ok: false, error: 'boom' }, { ok: true, value: { records: 'x' } }, { ok: true, value: null }]) {
      const { send } = fakeBackground((m) => (m.type === 'annotate:inject' ? { ok: true, value: { annotating: true } } : reply));
      const requests = requestAnnotation(send, async () => visible('短文'), {});
      await expect(requests.result).resolves.toBeNull();
    }
    const { send } = fakeBackground((m) => (m.type === 'annotate:inject' ? { ok: true, value: { annotating: true } } : { ok: true, value: RESULT }));
    await expect(requestAnnotation(send, async () => visible('短文'), {}).result).resolves.toBe(RESULT);
  });
});
