/**
 * The only script every http(s) page gets: a cheap relevance gate (no extension APIs, no framework). When the
 * page's text mentions labour and social security it asks the background to inject the annotating content script;
 * until then it only watches for late or replaced content.
 */
import { watchForRelevance } from '../src/annotate/gate';

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
  watchForRelevance(document, () => {
    const api = (globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike }).browser ?? (globalThis as { chrome?: RuntimeLike }).chrome;
    return api!.runtime.sendMessage({ type: 'annotate:inject', payload: {} });
  });
});

interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
