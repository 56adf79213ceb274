/**
 * What the page gate asks of the background once a page looks relevant, in an order that overlaps the slow steps:
 * the annotator's injection is requested first (answered at once), the text is collected meanwhile, then a long
 * page's beginning and the whole text go for extraction. Written against a bare `sendMessage` so the gate, which
 * every page loads, does not carry the messaging module.
 */
import type { ExtractResult, PageInfo } from '../extract/types';
import type { VisibleText } from '../page/visible-text';
import { previewEnd } from './preview';

export type RawSend = (message: unknown) => Promise<unknown>;

export interface GateRequests {
  /** The answer to `annotate:inject`; rejects when the extension is gone. */
  injecting: Promise<unknown>;
  /** The gate's collection of the page's text (started after the injection request left). */
  visible: Promise<VisibleText>;
  /** Records of the page's beginning, for a long page; null otherwise or on failure. */
  preview: Promise<ExtractResult | null>;
  /** Records of the whole visible text; null when nothing is annotated here or on failure. */
  result: Promise<ExtractResult | null>;
}

export function requestAnnotation(send: RawSend, collect: () => Promise<VisibleText>, page: PageInfo): GateRequests {
  const injecting = send({ type: 'annotate:inject', payload: {} });
  const visible = collect();
  const texts = Promise.all([injecting, visible]).then(([reply, { text }]) => (isAnnotating(reply) ? text : null));
  const extract = (text: string, preview: boolean) =>
    send({ type: 'extract', payload: preview ? { text, page, preview } : { text, page } }).then(extractedResult);
  // Both requests leave together; the background answers them in order, the short one first.
  const preview = texts.then((text) => {
    const end = text === null ? null : previewEnd(text);
    return end === null ? null : extract(text!.slice(0, end), true);
  });
  const result = texts.then((text) => (text === null ? null : extract(text, false)));
  return { injecting, visible, preview: preview.catch(() => null), result: result.catch(() => null) };
}

/** The extraction inside the background's raw answer to `extract` (`{ ok: true, value }`), or null. */
export function extractedResult(reply: unknown): ExtractResult | null {
  if (!reply || typeof reply !== 'object') return null;
  const { ok, value } = reply as { ok?: unknown; value?: unknown };
  if (ok !== true || !value || typeof value !== 'object' || !Array.isArray((value as ExtractResult).records)) return null;
  return value as ExtractResult;
}

/** Whether the background's raw answer to `annotate:inject` says the annotator is on its way. */
export function isAnnotating(reply: unknown): boolean {
  if (!reply || typeof reply !== 'object' || (reply as { ok?: unknown }).ok !== true) return false;
  return (reply as { value?: { annotating?: unknown } }).value?.annotating === true;
}
