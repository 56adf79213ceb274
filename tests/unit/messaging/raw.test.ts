import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawSendMessage, unwrapReply } from '../../../src/messaging/raw';

const g = globalThis as { chrome?: unknown; browser?: unknown };

describe('messaging without the polyfill', () => {
  // The test environment may provide a fake `browser`; each test sets the runtime it means.
  const saved = { chrome: g.chrome, browser: g.browser };
  beforeEach(() => {
    delete g.chrome;
    delete g.browser;
  });
  afterEach(() => {
    g.chrome = saved.chrome;
    g.browser = saved.browser;
  });

  it('sends an envelope through chrome.runtime and unwraps the reply', async () => {
    const sent: unknown[] = [];
    g.chrome = { runtime: { sendMessage: async (m: unknown) => (sent.push(m), { ok: true, value: [] }) } };
    await expect(rawSendMessage('tabs:results', {})).resolves.toEqual([]);
    expect(sent).toEqual([{ type: 'tabs:results', payload: {} }]);
  });

  it("turns a handler's error, or no answer, into a rejection", async () => {
    g.browser = { runtime: { sendMessage: async () => ({ ok: false, error: 'only extension pages may do this' }) } };
    await expect(rawSendMessage('library:list', {})).rejects.toThrow('library:list: only extension pages may do this');
    expect(() => unwrapReply(undefined, 'extract')).toThrow('extract: no handler answered');
  });

  it('says so when there is no extension runtime', async () => {
    await expect(rawSendMessage('tabs:results', {})).rejects.toThrow('no extension runtime');
  });
});
