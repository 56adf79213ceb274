/**
 * The relevance gate that runs on every page: one textContent read and a regex count, then nothing unless the
 * page changes. Deliberately free of extension APIs and UI code so that loading it costs about a millisecond.
 */
import { mayBeRelevant } from '../extract/relevance-prefilter';

const RECHECK_DEBOUNCE_MS = 300;
const RECHECK_MAX_WAIT_MS = 2000;

/** Marks a main-thread span for the page benchmark. */
export function measureSpan(name: string, start: number): void {
  try {
    performance.measure(`indicator-lens:${name}`, { start, end: performance.now() });
  } catch {
    // only a benchmark figure
  }
}

export function isRelevantNow(doc: Document): boolean {
  const t0 = performance.now();
  const relevant = doc.body !== null && mayBeRelevant(doc.body.textContent ?? '');
  measureSpan('gate', t0);
  return relevant;
}

/**
 * Calls `activate` once, as soon as the document looks relevant (now or after later mutations). A failing
 * `activate` (extension reloaded or removed) stops the watch for good.
 */
export function watchForRelevance(doc: Document, activate: () => Promise<unknown>): void {
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  const stop = () => {
    observer?.disconnect();
    clearTimeout(timer);
  };
  const check = () => {
    if (!isRelevantNow(doc)) return false;
    stop();
    activate().catch(stop);
    return true;
  };
  if (check()) return;
  observer = new MutationObserver(() => {
    const now = performance.now();
    if (timer === undefined) firstPending = now;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      check();
    }, Math.max(0, Math.min(RECHECK_DEBOUNCE_MS, firstPending + RECHECK_MAX_WAIT_MS - now)));
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
}
