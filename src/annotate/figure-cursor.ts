/**
 * The figure the reader is on: which card is open and where, whether the panel is open, stepping from figure to
 * figure, and clipping the card's figure to the library. It renders the in-page UI from that state and the current
 * annotation; the card closes with `signal`.
 */
import type { IndicatorRecord } from '../extract/types';
import type { SourceRef } from '../model';
import type { Annotation } from './annotation-run';
import { flashHighlight, setFocusHighlight } from './highlights';
import { sentenceAround, sourceRefFor } from './quote';
import type { UiHost, UiState } from './ui-host';
import type { ClipState } from './card/Card';

const HIDE_CARD_DELAY_MS = 350;
const CARD_WIDTH = 330;

export interface FigureCursorDeps {
  signal: AbortSignal;
  doc: Document;
  ui: UiHost;
  annotation(): Annotation | null;
  clip(record: IndicatorRecord, source: SourceRef): Promise<{ added: number; duplicates: number }>;
  /** The address a clipped figure is kept under: the page's, unless the figure has a finer one (a PDF's #page=N). */
  sourceUrl?(record: IndicatorRecord): string;
}

export interface FigureCursor {
  /** The figure whose card is open; -1 for none. */
  index(): number;
  /** Opens the card of figure `index` (-1 closes it). */
  showCard(index: number): void;
  /** Closes the card after a short delay, unless it is shown again (or kept) meanwhile. */
  hideSoon(): void;
  /** The pointer is on the card: a pending hide is called off. */
  keepCard(): void;
  /** The next (1) or previous (-1) figure, from the keyboard: scrolled to, its card opened and focused. */
  step(direction: 1 | -1): void;
  togglePanel(): boolean;
  /** Renders the UI again (the page scrolled: the card follows its figure). */
  refresh(): void;
  /** The annotation was replaced: an open card stays on its figure if the new records still hold it. */
  onAnnotationChange(previous: Annotation | null, next: Annotation | null): void;
}

export function scrollToRange(range: Range): void {
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/** Below the figure, or above it when there is no room below; inside the window. */
function cardPosition(range: Range, win: Window): { left: number; top: number } {
  const rect = range.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.left, win.innerWidth - CARD_WIDTH - 8));
  const below = rect.bottom + 8;
  const top = below + 240 > win.innerHeight && rect.top > 260 ? rect.top - 248 : below;
  return { left, top };
}

/**
 * One pending action at a time, after `delay`: scheduling again while one is pending keeps the first; a cancel is
 * forgotten at once (a cleared timer's id left behind would read as pending, and the action would never run again).
 */
function delayedAction(delay: number, action: () => void, signal: AbortSignal): { schedule(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  signal.addEventListener('abort', cancel);
  return {
    schedule() {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        action();
      }, delay);
    },
    cancel,
  };
}

/** A figure's identity across re-annotations of the page (offsets move when the page changes above it). */
const clipKey = (r: IndicatorRecord) => JSON.stringify([r.indicator, r.value, r.unit, r.kind, r.text]);

export function createFigureCursor(deps: FigureCursorDeps): FigureCursor {
  const { signal, doc, ui } = deps;
  const win = doc.defaultView!;
  let cardIndex = -1;
  let clipState: ClipState = 'idle';
  /** Figures clipped from this page: reopened, their card says so (the library itself is closed to content scripts). */
  const clippedHere = new Set<string>();
  let panelOpen = false;
  const hide = delayedAction(HIDE_CARD_DELAY_MS, () => showCard(-1), signal);

  function refreshUi(): void {
    const a = deps.annotation();
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
        position: cardPosition(a.ranges[cardIndex]!, win),
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
    hide.cancel();
    if (index === cardIndex) return;
    cardIndex = index;
    const a = deps.annotation();
    clipState = a && index >= 0 && clippedHere.has(clipKey(a.records[index]!)) ? 'added' : 'idle';
    setFocusHighlight(index >= 0 && a ? a.ranges[index]! : null);
    refreshUi();
  }

  async function clipCurrent(): Promise<void> {
    const a = deps.annotation();
    if (!a || cardIndex < 0) return;
    const index = cardIndex;
    const record = a.records[index]!;
    clipState = 'busy';
    refreshUi();
    try {
      const res = await deps.clip(record, sourceRefFor(a.text, record, { url: deps.sourceUrl?.(record) ?? win.location.href, title: doc.title }));
      clipState = res.added > 0 ? 'added' : 'duplicate';
      clippedHere.add(clipKey(record));
    } catch {
      clipState = 'failed';
    }
    if (cardIndex === index && !signal.aborted) refreshUi();
  }

  /** Scrolls to figure i, flashes it; from the keyboard also opens its card and focuses it. */
  function goTo(i: number, openCard: boolean): void {
    const a = deps.annotation();
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

  return {
    index: () => cardIndex,
    showCard,
    hideSoon() {
      if (cardIndex >= 0) hide.schedule();
    },
    keepCard: () => hide.cancel(),
    step(direction) {
      const n = deps.annotation()?.records.length ?? 0;
      if (n === 0) return;
      goTo(direction === 1 ? (cardIndex + 1) % n : (cardIndex <= 0 ? n : cardIndex) - 1, true);
    },
    togglePanel() {
      panelOpen = !panelOpen;
      refreshUi();
      return panelOpen;
    },
    refresh: refreshUi,
    onAnnotationChange(previous, next) {
      const shown = cardIndex >= 0 ? previous?.records[cardIndex] : undefined;
      cardIndex = shown && next ? next.records.findIndex((r) => r.start === shown.start && r.end === shown.end) : -1;
      refreshUi();
    },
  };
}
