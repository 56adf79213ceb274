/**
 * The only script every http(s) page gets: a cheap relevance gate (no framework, no extension API until it
 * fires). When the page's text mentions labour and social security it asks the background to inject the annotating
 * content script, and collects and sends the visible text meanwhile (src/gate/annotation-requests.ts); until then it
 * only watches for late or replaced content.
 */
import { measureSpan } from '../src/gate/bench-span';
import { watchForRelevance } from '../src/gate/relevance-watch';
import { requestAnnotation } from '../src/gate/annotation-requests';
import { putHandoff } from '../src/gate/handoff';
import { rawSendMessage } from '../src/messaging/raw';
import { collectMainTextChunked } from '../src/page/main-text';

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
    // The article only (not the portal's navigation, 相关新闻 lists or footer): one Readability task, then slices.
    const collect = () => collectMainTextChunked(document, { budgetMs: 8, onDecided: (t0) => measureSpan('main-content', t0) });
    const page = { title: document.title, url: location.href };
    const { injecting, visible, preview, result } = requestAnnotation(rawSendMessage, collect, page);
    visible.catch(() => undefined); // the annotator collects again
    putHandoff(document, { visible, preview, result });
    return injecting;
  });
});
