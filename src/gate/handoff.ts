/**
 * The gate's text and the background's extraction of it, handed to the annotator it gets injected: both content
 * scripts run in the same isolated world, so the annotator starts from the gate's text, offset map and records
 * (collected and extracted while the browser injected it) instead of walking the page and sending its text again —
 * unless the page changed in between, which a MutationObserver notes.
 */
import type { ExtractResult } from '../extract/types';
import type { MainText } from '../page/main-text';

const KEY = Symbol.for('indicator-lens.handoff');

export interface Handoff {
  /** Rejects when the gate's collection failed (the annotator then collects itself). */
  visible: Promise<MainText>;
  /** The extraction of a long page's beginning (see preview.ts); null when there is none. */
  preview: Promise<ExtractResult | null>;
  /** The extraction of the visible text; null when the background gave none (the annotator then asks itself). */
  result: Promise<ExtractResult | null>;
}

interface Held extends Handoff {
  stale: boolean;
  observer: MutationObserver;
}

type Holder = { [KEY]?: Held };

export function putHandoff(doc: Document, handoff: Handoff): void {
  const held: Held = { ...handoff, stale: false, observer: new MutationObserver(() => markStale()) };
  function markStale() {
    held.stale = true;
    held.observer.disconnect();
  }
  held.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  (globalThis as Holder)[KEY]?.observer.disconnect();
  (globalThis as Holder)[KEY] = held;
}

/** The gate's text and its extraction when the page has not changed since; null otherwise. Usable once. */
export function takeHandoff(): Handoff | null {
  const holder = globalThis as Holder;
  const held = holder[KEY];
  if (!held) return null;
  delete holder[KEY];
  const pending = held.observer.takeRecords().length > 0; // mutations not yet delivered to the callback
  held.observer.disconnect();
  return held.stale || pending ? null : { visible: held.visible, preview: held.preview, result: held.result };
}
