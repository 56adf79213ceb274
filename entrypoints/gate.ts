/**
 * The only script every http(s) page gets: a cheap relevance gate (no framework, no extension API until it
 * fires). When the page's text mentions labour and social security it collects the visible text and asks the
 * background to inject the annotating content script; until then it only watches for late or replaced content.
 */
import { watchForRelevance } from '../src/annotate/gate';
import { putHandoff } from '../src/annotate/handoff';
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
    // The text goes along so the background extracts while it injects the annotator, which then reuses it.
    const visible = await collectVisibleTextChunked(document.body, { budgetMs: 8 });
    putHandoff(document, visible);
    return api!.runtime.sendMessage({
      type: 'annotate:inject',
      payload: { text: visible.text, page: { title: document.title, url: location.href } },
    });
  });
});

interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
