// A long page text leaves in slices, each its own message (and task), and the background gets the same text back.
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/messaging/router';
import { unwrapReply } from '../../../src/messaging/raw';
import type { Send } from '../../../src/messaging/protocol';
import { sendPageText, TEXT_SLICE_CHARS } from '../../../src/gate/text-slices';
import { createTextParts } from '../../../src/background/text-parts';
import { validateExtract, validateExtractPart } from '../../../src/messaging/validate';

const EMPTY = { relevant: false, region: null, period: null, records: [] };

/** A background that joins the slices as the real one does and answers with what text it read. */
function background() {
  const router = createRouter();
  const parts = createTextParts();
  const sent: Array<{ type: string; chars: number }> = [];
  let read = '';
  router.on('extract:part', ({ run, index, text }) => ({ received: parts.add('5/0', run, index, text) }), validateExtractPart);
  router.on(
    'extract',
    ({ text, run, parts: count }) => {
      read = run === undefined ? text : parts.join('5/0', run, count ?? 0, text);
      return EMPTY;
    },
    validateExtract,
  );
  const send: Send = async (type, payload) => {
    sent.push({ type, chars: (payload as { text: string }).text.length });
    return unwrapReply(await router.dispatch({ type, payload }, {} as never), type) as never;
  };
  return { send, sent, read: () => read };
}

describe('sending a page text', () => {
  it('sends a short text as one extract', async () => {
    const bg = background();
    await sendPageText(bg.send, '城镇新增就业40万人', { title: 't' });
    expect(bg.sent).toEqual([{ type: 'extract', chars: 10 }]);
    expect(bg.read()).toBe('城镇新增就业40万人');
  });

  it("sends 930,000 characters in slices of at most 64 Ki, one after another's answer, and the background reads them whole", async () => {
    const bg = background();
    const text = Array.from({ length: 155_000 }, (_, i) => `分别为${i % 10}人、`).join('').slice(0, 930_000);
    await sendPageText(bg.send, text, { title: 't' });
    expect(bg.sent.length).toBe(Math.ceil(930_000 / TEXT_SLICE_CHARS));
    expect(bg.sent.slice(0, -1).every((m) => m.type === 'extract:part' && m.chars === TEXT_SLICE_CHARS)).toBe(true);
    expect(bg.sent.at(-1)!.type).toBe('extract');
    expect(Math.max(...bg.sent.map((m) => m.chars))).toBeLessThanOrEqual(TEXT_SLICE_CHARS);
    expect(bg.read()).toBe(text);
  });
});

describe('the slices kept per frame', () => {
  it('drops a run made stale by a newer one from the same frame, and keeps other frames apart', () => {
    const parts = createTextParts();
    parts.add('5/0', 'old', 0, 'a');
    parts.add('5/1', 'other', 0, 'x');
    parts.add('5/0', 'new', 0, 'b');
    expect(() => parts.add('5/0', 'old', 1, 'a')).toThrow(/dropped/);
    expect(() => parts.join('5/0', 'old', 1, 'a')).toThrow(/superseded/);
    expect(parts.join('5/0', 'new', 1, 'c')).toBe('bc');
    expect(parts.join('5/1', 'other', 1, 'y')).toBe('xy');
  });

  it('refuses slices out of order, a run past the bound, and forgets a closed tab', () => {
    const parts = createTextParts(10);
    parts.add('5/0', 'r', 0, 'abc');
    expect(() => parts.add('5/0', 'r', 2, 'def')).toThrow(/out of order/);
    expect(() => parts.add('5/0', 'r', 1, 'defghijk')).toThrow(/longer than 10/);
    expect(() => parts.join('5/0', 'r', 1, '')).toThrow(/superseded/);
    parts.add('7/0', 'r', 0, 'abc');
    parts.dropTab(7);
    expect(() => parts.join('7/0', 'r', 1, 'd')).toThrow(/superseded/);
  });
});
