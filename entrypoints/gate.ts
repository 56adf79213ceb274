/**
 * The only script every http(s) page gets: a cheap relevance gate (no framework, no extension API until it
 * fires). When the page's text mentions labour and social security it collects the visible text and asks the
 * background to inject the annotating content script; until then it only watches for late or replaced content.
 */
import { watchForRelevance } from '../src/annotate/gate';
import { extractedResult, isAnnotating, putHandoff } from '../src/annotate/handoff';
import { collectVisibleTextChunked } from '../src/page/visible-text';

/** A cross-origin iframe (ads, widgets) is never an article worth annotating; same-origin frames are. */
function isSameOriginFrame(): boolean {
  if (window === window.top) return true;
  try {
    return window.top!.location.origin === window.location.origin;
  } catch {
    return false;
  }
}

export default defineUnlistedScript(() => {
  if (!isSameOriginFrame() || !document.body) return;
  watchForRelevance(document, async () => {
    const api = (globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike }).browser ?? (globalThis as { chrome?: RuntimeLike }).chrome;
    const page = { title: document.title, url: location.href };
    // Injection, text collection and extraction overlap: the background answers at once and injects meanwhile,
    // and the annotator takes the text and the records from the handoff.
    const injecting = api!.runtime.sendMessage({ type: 'annotate:inject', payload: {} });
    const visible = collectVisibleTextChunked(document.body, { budgetMs: 8 });
    const result = Promise.all([injecting, visible]).then(([reply, { text }]) =>
      isAnnotating(reply) ? api!.runtime.sendMessage({ type: 'extract', payload: { text, page } }).then(extractedResult) : null,
    );
    putHandoff(document, visible, result.catch(() => null));
    visible.catch(() => undefined); // the annotator collects again
    return injecting;
  });
});

interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
