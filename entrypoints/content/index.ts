import { browser } from 'wxt/browser';
import { startAnnotator, type Annotator } from '../../src/annotate/annotator';
import { annotatorLifetime, watchLocation, type Lifetime } from '../../src/annotate/lifetime';
import { createRouter, type Sender } from '../../src/messaging/router';
import { sendMessage } from '../../src/messaging/send';
import { sendPageText } from '../../src/gate/text-slices';
import { validateEmpty, validateReveal } from '../../src/messaging/validate';

/** Navigation and message listeners, set up only once the page is relevant (see AnnotatorDeps.onRelevant). */
function listen(life: Lifetime, annotator: Annotator): void {
  watchLocation(window, life.signal, () => annotator.onLocationChange());
  const router = createRouter();
  // Every annotated frame follows the settings; the popup and background address only the top frame otherwise.
  router.on('settings:changed', async () => (await annotator.refresh(), { refreshed: true }), validateEmpty);
  if (window === window.top) {
    router.on('panel:toggle', () => ({ open: annotator.togglePanel() }), validateEmpty);
    router.on('reveal', async ({ source }) => ({ found: await annotator.reveal(source) }), validateReveal);
  }
  const listener = (message: unknown, sender: Sender) => router.dispatch(message, sender);
  browser.runtime.onMessage.addListener(listener);
  life.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

export default defineContentScript({
  // Injected by the background when the gate (entrypoints/gate.ts) finds the page relevant.
  registration: 'runtime',
  // WXT would otherwise post a window message carrying the extension's id to every annotated page.
  noScriptStartedPostMessage: true,
  matches: ['http://*/*', 'https://*/*'],
  main() {
    if (!document.body) return;
    // (Not WXT's context: a page can forge the event that ends it. See src/annotate/lifetime.ts.)
    const life = annotatorLifetime(() => browser.runtime?.id);
    /** A message the background did not answer: the extension may be gone, and this copy with it. */
    const send = <T>(reply: Promise<T>): Promise<T> =>
      reply.catch((err: unknown) => {
        life.stopIfOrphaned();
        throw err;
      });
    const annotator: Annotator = startAnnotator({
      signal: life.signal,
      doc: document,
      // In slices: one message of a long page's text would be one long task in the page.
      extract: (text, page) => send(sendPageText(sendMessage, text, page)),
      clip: (record, source) => send(sendMessage('library:add', { entries: [{ record, source }] })),
      onRelevant: () => listen(life, annotator),
      // By message: storage is closed to content scripts (src/background/storage-access.ts).
      highlightColours: () => send(sendMessage('colours:get', {})),
      insertStyles: (theme) => sendMessage('styles:insert', { theme }).then((r) => r.inserted),
      removeStyles: () => sendMessage('styles:remove', {}),
    });
  },
});
