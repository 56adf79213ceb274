/**
 * The text a live page is read for: its main content (main-content.ts) when one is found, else all its visible
 * text, collected in slices. The Readability decision is the first task (its cost: main-content.ts); the page's
 * own tasks run between it and the slices of the collection.
 */
import { findMainContent } from './main-content';
import { collectVisibleTextChunked, isHiddenByComputedStyle, yieldToEventLoop, type ChunkedCollectOptions, type VisibleText } from './visible-text';

export interface MainText extends VisibleText {
  /** The article's title when the text is the page's main content: the caller prefers it to document.title. */
  title?: string;
}

export interface MainTextOptions extends ChunkedCollectOptions {
  /** Told the start time of the Readability decision's task when it ends (for performance.measure). */
  onDecided?: (start: number) => void;
}

export async function collectMainTextChunked(doc: Document, options: MainTextOptions = {}): Promise<MainText> {
  const { onDecided, ...collectOptions } = options;
  const start = performance.now();
  const main = findMainContent(doc);
  onDecided?.(start);
  await yieldToEventLoop();
  const include = main.include;
  // On a live page, text a stylesheet hides (.h{display:none}) is not on screen and not read: a page cannot make the
  // extension read megabytes nobody sees. Callers may pass their own test.
  const withHidden = { isHidden: isHiddenByComputedStyle, ...collectOptions };
  const visible = await collectVisibleTextChunked(doc.body, include ? { ...withHidden, include } : withHidden);
  return include && main.title ? { ...visible, title: main.title } : visible;
}
