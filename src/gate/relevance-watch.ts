/**
 * The relevance gate that runs on every page: one bounded read of the text and two regex scans, then nothing unless the
 * page changes. Deliberately free of extension APIs and UI code so that loading it costs about a millisecond
 * (tests/unit/layering.test.ts holds every file of src/gate/ to that).
 */
import { mayBeRelevant } from '../extract/relevance-prefilter';
import { measureSpan } from './bench-span';
import { statesCoreFigure } from './core-figure';
import { debounce } from './debounce';

export const RECHECK_DEBOUNCE_MS = 300;
/** A page that never stops mutating (tickers, clocks) is still rechecked this often. */
export const RECHECK_MAX_WAIT_MS = 2000;

/**
 * A page with fewer labour words than the gate wants may still be a short item stating a core figure. The larger
 * regular expression of that test costs a few tenths of a millisecond the first time it runs, so it runs only on a
 * page with at least one labour word, in either script (every core phrase it looks for holds one).
 */
function shortItemWithCoreFigure(text: string): boolean {
  return mayBeRelevant(text, 1) && statesCoreFigure(text);
}

/** The gate reads at most this much of a page: its labour words, if any, are in the first part of any real page. */
export const GATE_READ_CHARS = 300_000;
/** Between looks at what was read so far, so a labour page stops the reading early. */
const GATE_STEP_CHARS = 16_384;

/**
 * The page's text, read node by node and no further than it takes: a page of 930,000 characters whose first paragraph
 * names 就业 three times is decided after that paragraph, not after one textContent of the whole body (a single task
 * of 59–159 ms on such a page). A page with no labour word is read to GATE_READ_CHARS at most.
 */
function gateText(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  let sinceLook = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const piece = node.nodeValue ?? '';
    parts.push(piece);
    length += piece.length;
    sinceLook += piece.length;
    if (length >= GATE_READ_CHARS) break;
    if (sinceLook >= GATE_STEP_CHARS) {
      sinceLook = 0;
      if (mayBeRelevant(parts.join(''))) break;
    }
  }
  return parts.join('').slice(0, GATE_READ_CHARS);
}

export function isRelevantNow(doc: Document): boolean {
  const t0 = performance.now();
  const text = gateText(doc);
  const relevant = text !== null && (mayBeRelevant(text) || shortItemWithCoreFigure(text));
  measureSpan('gate', t0);
  return relevant;
}

/** After this many checks of a changing page found it irrelevant, the checks space out, doubling up to the cap. */
const QUICK_CHECKS = 3;
const BACKOFF_START_MS = 1_000;
const BACKOFF_MAX_MS = 30_000;
/** A check may take at most this share of the time of a page that keeps changing (its cost × 40 between checks). */
const COST_FACTOR = 40;

export interface WatchOptions {
  /** The relevance test (isRelevantNow unless a test counts its calls). */
  isRelevant?: (doc: Document) => boolean;
}

/**
 * Calls `activate` once, as soon as the document looks relevant (now or after later mutations). A failing
 * `activate` (extension reloaded or removed) stops the watch for good.
 *
 * A page that never stops changing (a ticker, a clock, a feed) and never turns relevant is checked less and less
 * often — every 2 s at first, then up to every 30 s, and never more than a fortieth of the time the checks cost — so
 * the gate does not keep a big page busy; a new URL (an SPA's navigation) makes the checks quick again.
 */
export function watchForRelevance(doc: Document, activate: () => Promise<unknown>, options: WatchOptions = {}): void {
  const isRelevant = options.isRelevant ?? isRelevantNow;
  let observer: MutationObserver | null = null;
  let misses = 0;
  let lastCostMs = 0;
  let checkedUrl = doc.location?.href;
  const backoff = () => {
    const href = doc.location?.href;
    if (href !== checkedUrl) misses = 0;
    const spacing = misses < QUICK_CHECKS ? 0 : Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** (misses - QUICK_CHECKS));
    return Math.max(spacing, lastCostMs * COST_FACTOR);
  };
  const recheck = debounce(() => void check(), RECHECK_DEBOUNCE_MS, RECHECK_MAX_WAIT_MS, backoff);
  const stop = () => {
    observer?.disconnect();
    recheck.cancel();
  };
  const check = () => {
    const t0 = performance.now();
    const relevant = isRelevant(doc);
    lastCostMs = performance.now() - t0;
    if (!relevant) {
      const href = doc.location?.href;
      misses = href === checkedUrl ? misses + 1 : 1;
      checkedUrl = href;
      return false;
    }
    stop();
    activate().catch(stop);
    return true;
  };
  if (check()) return;
  observer = new MutationObserver(() => recheck.trigger());
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
}
