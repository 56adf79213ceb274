/**
 * A person's input on an annotated page: the pointer over a figure opens its card (hit-tested once a frame),
 * Alt+Shift+J / K step through the figures, Escape closes the card, scrolling moves the card with its figure.
 * Only trusted events count: a page script's synthetic events open nothing. Listeners end with `signal`.
 */
import type { Annotation } from './annotation-run';
import type { FigureCursor } from './figure-cursor';
import { measureSpan as measure } from '../gate/bench-span';
import { caretAt, pointInRange } from './hit-test';
import type { UiHost } from './ui-host';

export interface PageInputDeps {
  signal: AbortSignal;
  doc: Document;
  ui: UiHost;
  cursor: FigureCursor;
  annotation(): Annotation | null;
}

/** The figure under a point, or -1. */
function figureAt(doc: Document, a: Annotation, x: number, y: number): number {
  const caret = caretAt(doc, x, y);
  const i = caret ? a.index.at(caret.node, caret.offset) : -1;
  return i >= 0 && pointInRange(a.ranges[i]!, x, y) ? i : -1;
}

export function listenForInput(deps: PageInputDeps): void {
  const { signal, doc, ui, cursor, annotation } = deps;
  const win = doc.defaultView!;
  const listen = { signal, passive: true } as const;
  let rafPending = false;
  let lastPointer = { x: 0, y: 0 };
  const hasFigures = () => (annotation()?.records.length ?? 0) > 0;

  function hitTest(): void {
    rafPending = false;
    const a = annotation();
    if (!a) return;
    const i = figureAt(doc, a, lastPointer.x, lastPointer.y);
    if (i >= 0) {
      const t0 = performance.now();
      cursor.showCard(i);
      measure('card', t0);
    } else cursor.hideSoon();
  }

  doc.addEventListener(
    'pointermove',
    (e) => {
      if (!e.isTrusted || !hasFigures()) return;
      if (ui.contains(e)) return cursor.keepCard(); // on the card: keep it open
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
      if (!e.isTrusted || !hasFigures()) return;
      if (e.key === 'Escape' && cursor.index() >= 0) return cursor.showCard(-1);
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      if (e.code !== 'KeyJ' && e.code !== 'KeyK') return;
      e.preventDefault();
      cursor.step(e.code === 'KeyJ' ? 1 : -1);
    },
    { signal },
  );

  win.addEventListener('scroll', () => cursor.index() >= 0 && cursor.refresh(), { ...listen, capture: true });
}
