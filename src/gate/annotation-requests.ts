/**
 * What the page gate asks of the background once a page looks relevant, in an order that overlaps the slow steps:
 * the annotator's injection is requested first (answered at once), the text is collected meanwhile, then a long
 * page's beginning and the whole text go for extraction. The gate sends with `rawSendMessage`, so the script every
 * page loads does not carry the webextension polyfill.
 */
import type { ExtractResult, PageInfo } from '../extract/types';
import type { ResponseOf, Send } from '../messaging/protocol';
import type { MainText } from '../page/main-text';
import { previewEnd } from './preview';
import { sendPageText } from './text-slices';

export interface GateRequests {
  /** The answer to `annotate:inject`; rejects when the extension is gone or refuses. */
  injecting: Promise<ResponseOf<'annotate:inject'>>;
  /** The gate's collection of the page's text (started after the injection request left). */
  visible: Promise<MainText>;
  /** Records of the page's beginning, for a long page; null otherwise or on failure. */
  preview: Promise<ExtractResult | null>;
  /** Records of the whole visible text; null when nothing is annotated here or on failure. */
  result: Promise<ExtractResult | null>;
}

export function requestAnnotation(send: Send, collect: () => Promise<MainText>, page: PageInfo): GateRequests {
  const injecting = send('annotate:inject', {});
  const visible = collect();
  const texts = Promise.all([injecting, visible]).then(([reply, main]) => (reply?.annotating === true ? main : null));
  // An answer without records (not one the background gives) reaches the annotator as no answer.
  const extract = (main: MainText, text: string, preview: boolean) => {
    const about = main.title ? { ...page, title: main.title } : page;
    return sendPageText(send, text, about, preview).then((r) => (Array.isArray(r?.records) ? r : null));
  };
  // Both requests leave together; the background answers them in order, the short one first.
  const preview = texts.then((main) => {
    const end = main === null ? null : previewEnd(main.text);
    return end === null ? null : extract(main!, main!.text.slice(0, end), true);
  });
  const result = texts.then((main) => (main === null ? null : extract(main, main.text, false)));
  return { injecting, visible, preview: preview.catch(() => null), result: result.catch(() => null) };
}
