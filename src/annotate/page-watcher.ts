/**
 * Keeps the annotation in step with a page that changes: mutations (outside the extension's own UI) and SPA
 * navigations check the page again once it settles, re-annotate it while it is relevant and clear it when it no
 * longer is. A busy page is re-read no more often than four times the last collection took (at most every 3 s).
 * The observer and timer end with `signal`.
 */
import type { AnnotationRun } from './annotation-run';
import { debounce } from '../gate/debounce';
import { isRelevantNow, RECHECK_DEBOUNCE_MS, RECHECK_MAX_WAIT_MS } from '../gate/relevance-watch';
import { OWN_UI_ATTRIBUTE } from '../page/visible-text';

export interface PageWatcherDeps {
  signal: AbortSignal;
  doc: Document;
  run: AnnotationRun;
  /** The extension's own UI host, whose changes are not the page's. */
  ownUi(): HTMLElement | null;
  /** Called on every check that finds the page relevant, before it is annotated. */
  onRelevant(): void;
}

export interface PageWatcher {
  /** Checks the page now: annotates it if relevant, else clears its figures. */
  check(): void;
  /** Checks the page once it stops changing. */
  schedule(): void;
}

export function watchPage(deps: PageWatcherDeps): PageWatcher {
  const { signal, doc, run } = deps;

  function check(): void {
    if (isRelevantNow(doc)) {
      deps.onRelevant();
      void run.annotate();
    } else if (run.current()) run.reset();
  }

  const rerun = debounce(
    () => signal.aborted || check(),
    RECHECK_DEBOUNCE_MS,
    RECHECK_MAX_WAIT_MS,
    () => Math.min(3_000, run.lastCollectMs() * 4),
  );

  const observer = new MutationObserver((mutations) => {
    const host = deps.ownUi();
    for (const m of mutations) {
      const target = m.target;
      if (host && (target === host || host.contains(target))) continue;
      if (target instanceof Element && target.closest(`[${OWN_UI_ATTRIBUTE}]`)) continue;
      rerun.trigger();
      return;
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  signal.addEventListener('abort', () => {
    rerun.cancel();
    observer.disconnect();
  });

  return { check, schedule: () => rerun.trigger() };
}
