/**
 * Node side of src/page: HTML source → the same visible text the content script would collect from the rendered
 * page. Parsed with linkedom (measured ~35% faster than happy-dom's DOMParser on the corpus, same text).
 */
import { DOMParser } from 'linkedom';
import { splitFrontMatter } from './front-matter';
import { findMainContent } from './main-content';
import { limitNesting } from './nesting-limit';
import { collectVisibleText } from './visible-text';

export interface HtmlText {
  text: string;
  title?: string;
  /** The front matter's `date:` (the page's "now"), as written. */
  date?: string;
}

const HTML_TAG = /<(?:!doctype\s+html|html|head|body|p|div|br|span|h[1-6]|table|tr|td|ul|ol|li|strong|b|font|center|section|article)\b[^<>]*>/i;
const DOCUMENT_TAG = /<(?:html|body)[\s>]/i;
/** Server-side code in saved templates (`<?php … ?>`, `<?= … ?>`) never reaches a browser. */
const SERVER_CODE = /<\?(?:php|=)[\s\S]*?(?:\?>|$)/gi;

/** Whether a text file holds HTML: a common tag within its first few KB (after any front matter). */
export function looksLikeHtml(source: string): boolean {
  return HTML_TAG.test(splitFrontMatter(normalizeSource(source)).body.slice(0, 4096));
}

/** Strips a UTF-8 BOM and turns CRLF / CR line ends into LF. */
export function normalizeSource(source: string): string {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function collapseTitle(raw: string | null | undefined): string | undefined {
  const title = raw?.replace(/[\s\u00a0]+/g, ' ').trim();
  return title ? title : undefined;
}

export function parseHtmlDocument(html: string): Document {
  // linkedom builds a broken tree from a bare fragment (head and body end up inside the first element), so give it
  // a whole document as a browser would.
  const source = DOCUMENT_TAG.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
}

/**
 * Visible text and title of an HTML document (or a Jekyll post whose body is HTML): of its main content — title,
 * dateline, article — when one is found (main-content.ts), else of the whole page. Front matter is not part of the
 * text, but its `title:` is the text's first line: Jekyll's post layout renders it as the page heading, which is
 * where a reader (and the gold annotations) see it. Otherwise the title is the article's, or the <title>.
 */
export function htmlToVisibleText(html: string): HtmlText {
  const { title: frontTitle, date, body } = splitFrontMatter(normalizeSource(html));
  const doc = parseHtmlDocument(limitNesting(body.replace(SERVER_CODE, '')));
  const root = doc.documentElement ?? doc;
  const main = findMainContent(doc);
  const { text } = collectVisibleText(root, main.include ? { include: main.include } : {});
  if (frontTitle !== undefined) {
    const heading = collapseTitle(frontTitle)!;
    return { text: text ? `${heading}\n${text}` : heading, title: heading, ...(date && { date }) };
  }
  const title = (main.include && main.title) || collapseTitle(doc.querySelector('title')?.textContent);
  return title === undefined ? { text } : { text, title };
}
