/**
 * The content-script side of annotation: gate → visible text → engine (background) → ranges → highlights, then
 * the card, the panel, keyboard stepping, re-annotation of changing pages and re-finding stored passages.
 * Every listener, observer and timer ends with `signal`.
 */
import type { ExtractResult, IndicatorRecord, PageInfo } from '../extract/types';
import type { SourceRef } from '../messaging/protocol';
import { takeHandoff } from './handoff';
import { debounce, isRelevantNow, measureSpan, RECHECK_DEBOUNCE_MS, RECHECK_MAX_WAIT_MS } from './gate';
import { OWN_UI_ATTRIBUTE, type VisibleText } from '../page/visible-text';
import { collectMainTextChunked, type MainText } from '../page/main-text';
import { toRange } from '../page/text-map';
import { caretAt, createRangeIndex, pointInRange, type RangeIndex } from './hit-test';
import { clearHighlights, flashHighlight, highlightApiAvailable, paintHighlights, setFocusHighlight } from './highlights';
import { findQuote, sentenceAround, sourceRefFor } from './quote';
import { adoptCss, highlightCss, pageTheme, type ColourOverrides, type Theme } from './styles';
import { createUiHost, type UiState } from './ui-host';
import type { ClipState } from './card/Card';

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

const SLICE_MS = 8;
const HIDE_CARD_DELAY_MS = 350;
const MEASURE_PREFIX = 'indicator-lens:';

interface Annotation {
  text: string;
  result: ExtractResult;
  /** The records of a long page's beginning only (a preview); the whole text's follow. */
  preview: boolean;
  records: IndicatorRecord[];
  ranges: Range[];
  index: RangeIndex;
}

const measure = measureSpan;

const nextSlice = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function startAnnotator(deps: AnnotatorDeps): Annotator {
  const { signal, doc } = deps;
  const win = doc.defaultView!;
  const listen = { signal, passive: true } as const;
  const ui = createUiHost(doc);

  let current: Annotation | null = null;
  let run: AbortController | null = null;
  /** Who styles the highlights: nobody yet, the browser (asked through the background), or a sheet adopted here. */
  let styleMode: 'none' | 'browser' | 'adopted' = 'none';
  let unadopt: (() => void) | null = null;
  let colours: ColourOverrides = {};
  let forceExtract = false;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let rafPending = false;
  let lastPointer = { x: 0, y: 0 };
  let cardIndex = -1;
  let clipState: ClipState = 'idle';
  let panelOpen = false;
  let observer: MutationObserver | null = null;

  signal.addEventListener('abort', () => {
    rerun.cancel();
    clearTimeout(hideTimer);
    run?.abort();
    observer?.disconnect();
    clearHighlights();
    removeStyles();
    ui.destroy();
  });

  // ---- gate and pipeline -------------------------------------------------------------------------------------

  function check(): void {
    if (isRelevantNow(doc)) {
      becomeInteractive();
      void annotate();
    }
    else if (current) reset();
  }

  /** Wall time of the last text collection; re-collection on a busy page waits four times as long (≤ 3 s). */
  let lastCollectMs = 0;
  const rerun = debounce(
    () => signal.aborted || check(),
    RECHECK_DEBOUNCE_MS,
    RECHECK_MAX_WAIT_MS,
    () => Math.min(3_000, lastCollectMs * 4),
  );
  const schedule = () => rerun.trigger();

  /** The page's main content, as the gate reads it (main-text.ts): one Readability task, then slices. */
  function collectMain(signal: AbortSignal): Promise<MainText> {
    return collectMainTextChunked(doc, { signal, budgetMs: SLICE_MS, onDecided: (t0) => measure('main-content', t0) });
  }

  async function collect(runSignal: AbortSignal): Promise<MainText> {
    const t0 = performance.now();
    try {
      return await collectMain(runSignal);
    } finally {
      lastCollectMs = performance.now() - t0;
      measure('collect-wall', t0); // wall time across slices, not one task
    }
  }

  async function buildRanges(records: IndicatorRecord[], map: VisibleText['map'], runSignal: AbortSignal) {
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

  /** The run under way, and whether the page changed while it ran. */
  let running: Promise<void> | null = null;
  let changedMeanwhile = false;

  /**
   * Annotates the page, one run at a time: a page that changes while its text is read (a ticker on a long page) gets
   * the run under way finished and painted, then one more run for the changes, instead of a new run that abandons the
   * last — which, on a page changing faster than it can be read, would never paint at all. (A navigation still
   * abandons the run: reset() aborts it.)
   */
  async function annotate(): Promise<void> {
    if (running) {
      changedMeanwhile = true;
      return;
    }
    running = annotateOnce();
    try {
      await running;
    } finally {
      running = null;
    }
    if (changedMeanwhile && !signal.aborted) {
      changedMeanwhile = false;
      void annotate();
    }
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
      // The same text again (a re-render that changed nodes, not words): keep the records, only re-map them.
      let result: ExtractResult;
      if (handedOver) result = handedOver;
      else if (current && !current.preview && current.text === visible.text && !forceExtract) result = current.result;
      else {
        const t0 = performance.now();
        const reply = deps.extract(visible.text, { title: visible.title ?? doc.title, url: win.location.href });
        measure('send', t0); // serialising the page text happens synchronously here
        forceExtract = false;
        result = await reply;
      }
      if (runSignal.aborted) return;
      await show(visible, result, false, runSignal);
    } catch (err) {
      if (runSignal.aborted) return;
      // The background is gone (extension reloaded) or refused the page; leave the page as it is.
      console.debug('[indicator-lens] annotation failed', err);
    }
  }

  /** Maps the records to ranges and paints them; false when the run was aborted meanwhile. */
  async function show(visible: VisibleText, result: ExtractResult, preview: boolean, runSignal: AbortSignal): Promise<boolean> {
    const sorted = [...result.records].sort((a, b) => a.start - b.start || b.end - a.end);
    const built = await buildRanges(sorted, visible.map, runSignal);
    if (!built || runSignal.aborted) return false;
    if (styleMode === 'none' && built.records.length) {
      const t0 = performance.now();
      applyStyles();
      measure('style', t0);
    }
    const t0 = performance.now();
    paintHighlights(built.records.map((record, i) => ({ record, range: built.ranges[i]! })));
    const shown = cardIndex >= 0 ? current?.records[cardIndex] : undefined;
    current = { text: visible.text, result, preview, ...built, index: createRangeIndex(built.ranges) };
    // An open card stays on its figure when the records are replaced (a preview by the whole page's).
    cardIndex = shown ? current.records.findIndex((r) => r.start === shown.start && r.end === shown.end) : -1;
    refreshUi();
    measure('paint', t0);
    performance.mark(`${MEASURE_PREFIX}painted`, { detail: { records: built.records.length, preview } });
    return true;
  }

  function reset(): void {
    run?.abort();
    current = null;
    cardIndex = -1;
    clearHighlights();
    refreshUi();
  }

  // ---- UI ------------------------------------------------------------------------------------------------------

  function cardPosition(range: Range): { left: number; top: number } {
    const rect = range.getBoundingClientRect();
    const width = 330;
    const left = Math.max(8, Math.min(rect.left, win.innerWidth - width - 8));
    const below = rect.bottom + 8;
    const top = below + 240 > win.innerHeight && rect.top > 260 ? rect.top - 248 : below;
    return { left, top };
  }

  function refreshUi(): void {
    const a = current;
    const page = { region: a?.result.region ?? null, period: a?.result.period ?? null };
    const state: UiState = { card: null, panel: null };
    if (a && cardIndex >= 0) {
      const record = a.records[cardIndex]!;
      state.card = {
        record,
        page,
        sentence: sentenceAround(a.text, record.start, record.end),
        clip: clipState,
        // A page can fire events at our UI; only a person's click writes to the library.
        onClip: (event) => event.isTrusted && void clipCurrent(),
        onClose: () => showCard(-1),
        position: cardPosition(a.ranges[cardIndex]!),
      };
    }
    if (panelOpen) {
      state.panel = {
        records: a?.records ?? [],
        page,
        active: cardIndex,
        ...(a?.result.partial && { partial: a.result.partial }),
        onChoose: (i) => goTo(i, false),
        onClose: () => {
          panelOpen = false;
          refreshUi();
        },
      };
    }
    ui.render(state);
  }

  function showCard(index: number): void {
    clearTimeout(hideTimer);
    if (index === cardIndex) return;
    cardIndex = index;
    clipState = 'idle';
    setFocusHighlight(index >= 0 && current ? current.ranges[index]! : null);
    refreshUi();
  }

  async function clipCurrent(): Promise<void> {
    const a = current;
    if (!a || cardIndex < 0) return;
    const index = cardIndex;
    const record = a.records[index]!;
    clipState = 'busy';
    refreshUi();
    try {
      const res = await deps.clip(record, sourceRefFor(a.text, record, { url: win.location.href, title: doc.title }));
      clipState = res.added > 0 ? 'added' : 'duplicate';
    } catch {
      clipState = 'failed';
    }
    if (cardIndex === index && !signal.aborted) refreshUi();
  }

  function scrollToRange(range: Range): void {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  /** Scrolls to figure i, flashes it; from the keyboard also opens its card and focuses it. */
  function goTo(i: number, openCard: boolean): void {
    const a = current;
    if (!a || i < 0 || i >= a.records.length) return;
    const range = a.ranges[i]!;
    scrollToRange(range);
    flashHighlight(range, signal);
    if (openCard) {
      cardIndex = -1;
      showCard(i);
      ui.focusCard();
    } else {
      cardIndex = i;
      setFocusHighlight(range);
      refreshUi();
    }
  }

  // ---- pointer and keyboard --------------------------------------------------------------------------------------

  function hitTest(): void {
    rafPending = false;
    const a = current;
    if (!a) return;
    const { x, y } = lastPointer;
    const caret = caretAt(doc, x, y);
    const i = caret ? a.index.at(caret.node, caret.offset) : -1;
    if (i >= 0 && pointInRange(a.ranges[i]!, x, y)) {
      const t0 = performance.now();
      showCard(i);
      measure('card', t0);
    } else if (cardIndex >= 0 && hideTimer === undefined) {
      hideTimer = setTimeout(() => {
        hideTimer = undefined;
        showCard(-1);
      }, HIDE_CARD_DELAY_MS);
    }
  }

  let interactive = false;
  /** Pointer, keyboard and scroll listeners, installed when a page first turns out relevant. */
  function becomeInteractive(): void {
    if (interactive) return;
    interactive = true;
    doc.addEventListener(
      'pointermove',
      (e) => {
        if (!e.isTrusted || !current || current.records.length === 0) return;
        if (ui.contains(e)) {
          clearTimeout(hideTimer); // on the card: keep it open
          hideTimer = undefined;
          return;
        }
        lastPointer = { x: e.clientX, y: e.clientY };
        if (!rafPending) {
          rafPending = true;
          win.requestAnimationFrame(hitTest);
        }
      },
      listen,
    );

    win.addEventListener(
      'keydown',
      (e) => {
        // Keys a page script dispatches (new KeyboardEvent…) step nothing: only a person's keys open cards.
        if (!e.isTrusted || !current || current.records.length === 0) return;
        if (e.key === 'Escape' && cardIndex >= 0) {
          showCard(-1);
          return;
        }
        if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
        if (e.code !== 'KeyJ' && e.code !== 'KeyK') return;
        e.preventDefault();
        const n = current.records.length;
        const next = e.code === 'KeyJ' ? (cardIndex + 1) % n : (cardIndex <= 0 ? n : cardIndex) - 1;
        goTo(next, true);
      },
      { signal },
    );

    win.addEventListener('scroll', () => cardIndex >= 0 && refreshUi(), { ...listen, capture: true });
    // Deferred: the first check runs inside startAnnotator, before the caller holds the returned Annotator.
    queueMicrotask(() => signal.aborted || deps.onRelevant?.());
  }

  // ---- pages that change -------------------------------------------------------------------------------------

  observer = new MutationObserver((mutations) => {
    const host = ui.element();
    for (const m of mutations) {
      const target = m.target;
      if (host && (target === host || host.contains(target))) continue;
      if (target instanceof Element && target.closest(`[${OWN_UI_ATTRIBUTE}]`)) continue;
      schedule();
      return;
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  if (!highlightApiAvailable()) console.debug('[indicator-lens] CSS Custom Highlight API missing; no highlights');
  function adopt(theme: Theme): void {
    if (signal.aborted) return;
    unadopt?.();
    unadopt = adoptCss(doc, highlightCss(theme, colours));
    styleMode = 'adopted';
  }

  /** Styles the highlights, or restyles them with the current colours: by the browser when it can, else adopted here. */
  function applyStyles(): void {
    const theme = pageTheme(doc);
    if (!deps.insertStyles) return adopt(theme);
    if (styleMode === 'none') styleMode = 'browser'; // asked for; the answer follows
    deps.insertStyles(theme).then(
      (inserted) => {
        if (signal.aborted) return;
        if (!inserted) return adopt(theme);
        unadopt?.();
        unadopt = null;
        styleMode = 'browser';
      },
      () => adopt(theme),
    );
  }

  function removeStyles(): void {
    unadopt?.();
    unadopt = null;
    if (styleMode === 'browser') void deps.removeStyles?.().catch(() => undefined);
    styleMode = 'none';
  }

  /** Reads the user's colours; highlights already styled are restyled with them. */
  async function loadColours(): Promise<void> {
    const next = await deps.highlightColours?.().catch(() => null);
    if (!next || signal.aborted) return;
    colours = next;
    if (styleMode !== 'none') applyStyles();
  }

  void loadColours();
  check();

  return {
    onLocationChange() {
      reset();
      schedule();
    },
    togglePanel() {
      panelOpen = !panelOpen;
      refreshUi();
      return panelOpen;
    },
    async refresh() {
      await loadColours();
      if (signal.aborted) return;
      forceExtract = true;
      check();
    },
    async reveal(source) {
      const visible = await collectMain(signal);
      const at = findQuote(visible.text, source);
      const range = at && toRange(visible.map, at.start, at.end, doc);
      if (!range) return false;
      scrollToRange(range);
      flashHighlight(range, signal, 2500);
      return true;
    },
  };
}
