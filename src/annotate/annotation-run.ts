/**
 * The annotation run: the page's text (the gate's handoff, or collected here) → the engine → ranges → highlights.
 * One run at a time; a long page's beginning is painted first when the gate extracted it, then the whole text's
 * records replace it. Ends with `signal`.
 */
import type { ExtractResult, IndicatorRecord, PageInfo } from '../extract/types';
import { takeHandoff } from '../gate/handoff';
import { markPoint, measureSpan as measure } from '../gate/bench-span';
import type { VisibleText } from '../page/visible-text';
import { collectMainTextChunked, type MainText } from '../page/main-text';
import { toRange } from '../page/text-map';
import { createRangeIndex, type RangeIndex } from './hit-test';
import { clearHighlights, paintHighlights } from './highlights';

const SLICE_MS = 8;

export interface Annotation {
  text: string;
  result: ExtractResult;
  /** The records of a long page's beginning only (a preview); the whole text's follow. */
  preview: boolean;
  records: IndicatorRecord[];
  ranges: Range[];
  index: RangeIndex;
}

export interface AnnotationRunDeps {
  signal: AbortSignal;
  doc: Document;
  extract(text: string, page: PageInfo): Promise<ExtractResult>;
  /** Called before figures are painted, so that they are styled when they appear. */
  beforePaint?(): void;
  /** The annotation was replaced (`next` null: the page's figures are gone). */
  onChange?(previous: Annotation | null, next: Annotation | null): void;
}

export interface AnnotationRun {
  current(): Annotation | null;
  /** Annotates the page; a call while a run is under way gets one more run after it (see annotate below). */
  annotate(): Promise<void>;
  /** Abandons the run under way and removes the page's figures (a navigation, or a page no longer relevant). */
  reset(): void;
  /** The next run extracts again even if the text did not change (the settings changed). */
  forceExtract(): void;
  /** Wall time of the last text collection, which spaces out re-annotation of a busy page. */
  lastCollectMs(): number;
}

const nextSlice = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The page's main content, as the gate reads it (main-text.ts): one Readability task, then slices. */
export function collectMain(doc: Document, signal: AbortSignal): Promise<MainText> {
  return collectMainTextChunked(doc, { signal, budgetMs: SLICE_MS, onDecided: (t0) => measure('main-content', t0) });
}

/** Maps records to ranges in slices of SLICE_MS, so a page with thousands of figures stays responsive; null when aborted. */
async function buildRanges(doc: Document, records: IndicatorRecord[], map: VisibleText['map'], runSignal: AbortSignal) {
  const kept: IndicatorRecord[] = [];
  const ranges: Range[] = [];
  let sliceStart = performance.now();
  for (const record of records) {
    const range = toRange(map, record.start, record.end, doc);
    if (range) {
      kept.push(record);
      ranges.push(range);
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      measure('ranges', sliceStart);
      await nextSlice();
      if (runSignal.aborted) return null;
      sliceStart = performance.now();
    }
  }
  measure('ranges', sliceStart);
  return { records: kept, ranges };
}

/**
 * Runs `once` one at a time: a page that changes while its text is read (a ticker on a long page) gets the run under
 * way finished and painted, then one more run for the changes, instead of a new run that abandons the last — which,
 * on a page changing faster than it can be read, would never paint at all. (A navigation still abandons the run:
 * reset() aborts it.)
 */
function oneAtATime(once: () => Promise<void>, signal: AbortSignal): () => Promise<void> {
  let running: Promise<void> | null = null;
  let changedMeanwhile = false;
  return async function annotate(): Promise<void> {
    if (running) {
      changedMeanwhile = true;
      return;
    }
    running = once();
    try {
      await running;
    } finally {
      running = null;
    }
    if (changedMeanwhile && !signal.aborted) {
      changedMeanwhile = false;
      void annotate();
    }
  };
}

export function createAnnotationRun(deps: AnnotationRunDeps): AnnotationRun {
  const { signal, doc } = deps;
  const win = doc.defaultView!;
  let current: Annotation | null = null;
  let run: AbortController | null = null;
  let forceExtract = false;
  let lastCollectMs = 0;

  signal.addEventListener('abort', () => {
    run?.abort();
    clearHighlights();
  });

  async function collect(runSignal: AbortSignal): Promise<MainText> {
    const t0 = performance.now();
    try {
      return await collectMain(doc, runSignal);
    } finally {
      lastCollectMs = performance.now() - t0;
      measure('collect-wall', t0); // wall time across slices, not one task
    }
  }

  function replace(next: Annotation | null): void {
    const previous = current;
    current = next;
    deps.onChange?.(previous, next);
  }

  /** Maps the records to ranges and paints them; false when the run was aborted meanwhile. */
  async function show(visible: VisibleText, result: ExtractResult, preview: boolean, runSignal: AbortSignal): Promise<boolean> {
    const sorted = [...result.records].sort((a, b) => a.start - b.start || b.end - a.end);
    const built = await buildRanges(doc, sorted, visible.map, runSignal);
    if (!built || runSignal.aborted) return false;
    if (built.records.length) deps.beforePaint?.();
    const t0 = performance.now();
    paintHighlights(built.records.map((record, i) => ({ record, range: built.ranges[i]! })));
    replace({ text: visible.text, result, preview, ...built, index: createRangeIndex(built.ranges) });
    measure('paint', t0);
    markPoint('painted', { records: built.records.length, preview });
    return true;
  }

  /** The records of `visible`: the gate's when it handed them over, the last run's for the same text, else the engine's. */
  async function resultFor(visible: MainText, handedOver: ExtractResult | null): Promise<ExtractResult> {
    if (handedOver) return handedOver;
    // The same text again (a re-render that changed nodes, not words): keep the records, only re-map them.
    if (current && !current.preview && current.text === visible.text && !forceExtract) return current.result;
    // (deps.extract sends a long text in slices and times each: src/gate/text-slices.ts.)
    const reply = deps.extract(visible.text, { title: visible.title ?? doc.title, url: win.location.href });
    forceExtract = false;
    return reply;
  }

  async function annotateOnce(): Promise<void> {
    const controller = new AbortController();
    run = controller;
    const runSignal = AbortSignal.any([signal, controller.signal]);
    try {
      const handoff = takeHandoff();
      const visible = (await handoff?.visible.catch(() => null)) ?? (await collect(runSignal));
      if (runSignal.aborted) return;
      let handedOver: ExtractResult | null = null;
      if (handoff && !forceExtract) {
        // A long page's beginning comes first, unless the whole text's records beat it.
        const preview = await Promise.race([handoff.preview, handoff.result.then(() => null)]);
        if (runSignal.aborted) return;
        if (preview && !(await show(visible, preview, true, runSignal))) return;
        handedOver = await handoff.result;
        if (runSignal.aborted) return;
      }
      const result = await resultFor(visible, handedOver);
      if (runSignal.aborted) return;
      await show(visible, result, false, runSignal);
    } catch (err) {
      if (runSignal.aborted) return;
      // The background is gone (extension reloaded) or refused the page; leave the page as it is.
      console.debug('[indicator-lens] annotation failed', err);
    }
  }

  return {
    current: () => current,
    annotate: oneAtATime(annotateOnce, signal),
    reset() {
      run?.abort();
      clearHighlights();
      replace(null);
    },
    forceExtract() {
      forceExtract = true;
    },
    lastCollectMs: () => lastCollectMs,
  };
}
