import { browser } from 'wxt/browser';
import { startAnnotator } from '../../src/annotate/annotator';
import { createRouter } from '../../src/messaging/router';
import { sendMessage } from '../../src/messaging/send';
import { validateEmpty, validateReveal } from '../../src/messaging/validate';

/** A cross-origin iframe (ads, widgets) is never an article worth annotating; same-origin frames are. */
function isSameOriginFrame(): boolean {
  if (window === window.top) return true;
  try {
    return window.top!.location.origin === window.location.origin;
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    if (!isSameOriginFrame() || !document.body) return;
    const annotator = startAnnotator({
      signal: ctx.signal,
      doc: document,
      extract: (text, page) => sendMessage('extract', { text, page }),
      clip: (record, source) => sendMessage('library:add', { entries: [{ record, source }] }),
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => annotator.onLocationChange());

    const router = createRouter();
    router.on('panel:toggle', () => ({ open: annotator.togglePanel() }), validateEmpty);
    router.on('reveal', async ({ source }) => ({ found: await annotator.reveal(source) }), validateReveal);
    const listener = (message: unknown, sender: Parameters<typeof router.dispatch>[1]) =>
      window === window.top ? router.dispatch(message, sender) : undefined;
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
