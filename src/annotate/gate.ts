/**
 * The relevance gate that runs on every page: one textContent read and a regex count, then nothing unless the
 * page changes. Deliberately free of extension APIs and UI code so that loading it costs about a millisecond.
 */
import { mayBeRelevant } from '../extract/relevance-prefilter';

export const RECHECK_DEBOUNCE_MS = 300;
/** A page that never stops mutating (tickers, clocks) is still rechecked this often. */
export const RECHECK_MAX_WAIT_MS = 2000;

export interface Debounced {
  trigger(): void;
  cancel(): void;
}

/**
 * Runs `fn` once mutations pause for `debounceMs`, or `maxWaitMs` after the first of a burst, and never sooner
 * than `minGapMs()` after the previous run ended (so costly work on a busy page stays a bounded share of the time).
 */
export function debounce(fn: () => void, debounceMs: number, maxWaitMs: number, minGapMs: () => number = () => 0): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let lastRun = -Infinity;
  return {
    trigger() {
      const now = performance.now();
      if (timer === undefined) firstPending = now;
      clearTimeout(timer);
      const wait = Math.max(Math.min(debounceMs, firstPending + maxWaitMs - now), lastRun + minGapMs() - now, 0);
      timer = setTimeout(() => {
        timer = undefined;
        lastRun = performance.now();
        fn();
      }, wait);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

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
  const recheck = debounce(() => void check(), RECHECK_DEBOUNCE_MS, RECHECK_MAX_WAIT_MS);
  const stop = () => {
    observer?.disconnect();
    recheck.cancel();
  };
  const check = () => {
    if (!isRelevantNow(doc)) return false;
    stop();
    activate().catch(stop);
    return true;
  };
  if (check()) return;
  observer = new MutationObserver(() => recheck.trigger());
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
}
