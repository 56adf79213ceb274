/**
 * The gate's collected text, handed to the annotator it gets injected: both content scripts run in the same
 * isolated world, so the annotator can start from the gate's text and offset map instead of walking the page again
 * — unless the page changed in between, which a MutationObserver notes.
 */
import type { VisibleText } from '../page/visible-text';

const KEY = Symbol.for('indicator-lens.handoff');

interface Handoff {
  visible: VisibleText;
  stale: boolean;
  observer: MutationObserver;
}

type Holder = { [KEY]?: Handoff };

export function putHandoff(doc: Document, visible: VisibleText): void {
  const handoff: Handoff = { visible, stale: false, observer: new MutationObserver(() => markStale()) };
  function markStale() {
    handoff.stale = true;
    handoff.observer.disconnect();
  }
  handoff.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  (globalThis as Holder)[KEY]?.observer.disconnect();
  (globalThis as Holder)[KEY] = handoff;
}

/** The gate's text when the page has not changed since it was collected; null otherwise. Usable once. */
export function takeHandoff(): VisibleText | null {
  const holder = globalThis as Holder;
  const handoff = holder[KEY];
  if (!handoff) return null;
  delete holder[KEY];
  const pending = handoff.observer.takeRecords().length > 0; // mutations not yet delivered to the callback
  handoff.observer.disconnect();
  return handoff.stale || pending ? null : handoff.visible;
}
