// Who may send what, checked in one place before any handler runs: each message type against each kind of sender.
import { describe, expect, it } from 'vitest';
import { createRouter, type Sender } from '../../../src/messaging/router';
import { ALLOWED_SENDERS, senderProblem } from '../../../src/messaging/senders';
import type { MessageType } from '../../../src/messaging/protocol';

const ORIGIN = 'chrome-extension://lens/';
const isExtensionPage = (s: Sender) => typeof s.url === 'string' && s.url.startsWith(ORIGIN);
const popup: Sender = { id: 'lens', url: `${ORIGIN}popup.html` };
// A page's content script: what a hostile page can make it send.
const page: Sender = { id: 'lens', tab: { id: 7 } as Sender['tab'], frameId: 0, url: 'https://evil.example/?token=secret' };

function router() {
  const r = createRouter({ checkSender: (type, sender) => senderProblem(type, sender, isExtensionPage) });
  for (const type of Object.keys(ALLOWED_SENDERS) as MessageType[]) r.on(type, () => 'ran' as never);
  return r;
}

describe('sender checks', () => {
  it.each(Object.entries(ALLOWED_SENDERS))('%s: %s', async (type, role) => {
    const r = router();
    const fromPage = await r.dispatch({ type, payload: {} }, page);
    const fromPopup = await r.dispatch({ type, payload: {} }, popup);
    expect(fromPage?.ok, 'from a content script').toBe(role !== 'extension-page');
    expect(fromPopup?.ok, 'from an extension page').toBe(role !== 'content-script');
  });

  it('a content script cannot read the other tabs\' URLs, titles and figures', async () => {
    const reply = await router().dispatch({ type: 'tabs:results', payload: {} }, page);
    expect(reply).toEqual({ ok: false, error: 'only extension pages may do this' });
  });

  it('a message with no tab that claims to be a content script is refused', async () => {
    expect(senderProblem('extract', { id: 'lens', url: 'https://x/' }, isExtensionPage)).toMatch(/content script/);
  });
});
