import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startAnnotator, type Annotator } from '../../src/annotate/annotator';
import { createRouter, type Sender } from '../../src/messaging/router';
import { sendMessage } from '../../src/messaging/send';
import { validateEmpty, validateReveal } from '../../src/messaging/validate';
import { loadColourOverrides } from '../../src/settings/colours';

/** Navigation and message listeners, set up only once the page is relevant (see AnnotatorDeps.onRelevant). */
function listen(ctx: ContentScriptContext, annotator: Annotator): void {
  ctx.addEventListener(window, 'wxt:locationchange', () => annotator.onLocationChange());
  const router = createRouter();
  // Every annotated frame follows the settings; the popup and background address only the top frame otherwise.
  router.on('settings:changed', async () => (await annotator.refresh(), { refreshed: true }), validateEmpty);
  if (window === window.top) {
    router.on('panel:toggle', () => ({ open: annotator.togglePanel() }), validateEmpty);
    router.on('reveal', async ({ source }) => ({ found: await annotator.reveal(source) }), validateReveal);
  }
  const listener = (message: unknown, sender: Sender) => router.dispatch(message, sender);
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

export default defineContentScript({
  // Injected by the background when the gate (entrypoints/gate.ts) finds the page relevant.
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  main(ctx) {
    if (!document.body) return;
    const annotator: Annotator = startAnnotator({
      signal: ctx.signal,
      doc: document,
      extract: (text, page) => sendMessage('extract', { text, page }),
      clip: (record, source) => sendMessage('library:add', { entries: [{ record, source }] }),
      onRelevant: () => listen(ctx, annotator),
      highlightColours: () => loadColourOverrides({ sync: browser.storage.sync, local: browser.storage.local }),
      insertStyles: (theme) => sendMessage('styles:insert', { theme }).then((r) => r.inserted),
      removeStyles: () => sendMessage('styles:remove', {}),
    });
  },
});
