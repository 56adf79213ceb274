/**
 * The content-script side of annotation, composed of parts with one job each, all ended by `signal`:
 * - the annotation run (annotation-run.ts): visible text → engine (background) → ranges → highlights;
 * - the highlight style (highlight-style.ts): the user's colours, inserted by the browser or adopted here;
 * - the figure cursor (figure-cursor.ts): the card, the panel, stepping and clipping;
 * - the page input (page-input.ts): pointer and keyboard, once the page first turns out relevant;
 * - the page watcher (page-watcher.ts): re-annotation of a page that changes or navigates.
 */
import type { ExtractResult, IndicatorRecord, PageInfo } from '../extract/types';
import type { SourceRef } from '../model';
import { toRange } from '../page/text-map';
import { collectMain, createAnnotationRun } from './annotation-run';
import { createFigureCursor, scrollToRange } from './figure-cursor';
import { createHighlightStyle } from './highlight-style';
import { flashHighlight, highlightApiAvailable } from './highlights';
import { listenForInput } from './page-input';
import { watchPage } from './page-watcher';
import { findQuote } from './quote';
import type { ColourOverrides, Theme } from './styles';
import { createUiHost } from './ui-host';

export interface AnnotatorDeps {
  signal: AbortSignal;
  doc: Document;
  extract(text: string, page: PageInfo): Promise<ExtractResult>;
  clip(record: IndicatorRecord, source: SourceRef): Promise<{ added: number; duplicates: number }>;
  /**
   * Called once, when the page first passes the relevance gate. Irrelevant pages never pay for listeners and
   * extension messaging set-up, which cost more than the gate itself.
   */
  onRelevant?(): void;
  /** The user's highlight colours (settings); read at start and on `refresh`. */
  highlightColours?(): Promise<ColourOverrides>;
  /**
   * Has the browser insert the highlight styles for this frame (the background's scripting.insertCSS: out of the page's
   * reach). False, or missing, and the annotator adopts a sheet itself.
   */
  insertStyles?(theme: Theme): Promise<boolean>;
  removeStyles?(): Promise<unknown>;
}

export interface Annotator {
  /** Called when the page's URL changed without a reload (SPA navigation). */
  onLocationChange(): void;
  togglePanel(): boolean;
  /** Settings changed: extract again even if the text did not change, and repaint with the current colours. */
  refresh(): Promise<void>;
  reveal(source: SourceRef): Promise<boolean>;
}

export function startAnnotator(deps: AnnotatorDeps): Annotator {
  const { signal, doc } = deps;
  const ui = createUiHost(doc);
  const style = createHighlightStyle(deps);
  const run = createAnnotationRun({
    signal,
    doc,
    extract: deps.extract,
    beforePaint: () => style.ensure(),
    onChange: (previous, next) => cursor.onAnnotationChange(previous, next),
  });
  const annotation = run.current;
  const cursor = createFigureCursor({ signal, doc, ui, annotation, clip: deps.clip });
  let interactive = false;
  const watcher = watchPage({
    signal,
    doc,
    run,
    ownUi: () => ui.element(),
    onRelevant() {
      if (interactive) return;
      interactive = true;
      listenForInput({ signal, doc, ui, cursor, annotation });
      // Deferred: the first check runs inside startAnnotator, before the caller holds the returned Annotator.
      queueMicrotask(() => signal.aborted || deps.onRelevant?.());
    },
  });
  signal.addEventListener('abort', () => ui.destroy());

  if (!highlightApiAvailable()) console.debug('[indicator-lens] CSS Custom Highlight API missing; no highlights');
  void style.loadColours();
  watcher.check();

  return {
    onLocationChange() {
      run.reset();
      watcher.schedule();
    },
    togglePanel: () => cursor.togglePanel(),
    async refresh() {
      await style.loadColours();
      if (signal.aborted) return;
      run.forceExtract();
      watcher.check();
    },
    async reveal(source) {
      const visible = await collectMain(doc, signal);
      const at = findQuote(visible.text, source);
      const range = at && toRange(visible.map, at.start, at.end, doc);
      if (!range) return false;
      scrollToRange(range);
      flashHighlight(range, signal, 2500);
      return true;
    },
  };
}
