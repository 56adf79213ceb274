/**
 * The article's heading and dateline on the page. Readability often leaves both out of its article (it reports the
 * title separately and drops short lines), yet the heading names the page's subject and the dateline gives the
 * page its "now" (今年 is the dateline's year).
 */
import { afterSubtree, following, preceding } from './dom-order';

export const collapse = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** Shorter headings (新闻, 通知) match too many titles by chance; a shorter title must be matched whole. */
const TITLE_MIN_CHARS = 5;

/**
 * The heading whose text is the title, or begins or ends it (a <title> is often "标题_站点名"): an h1–h3. The
 * longest such heading wins, so a site's logo in an <h1> that ends the <title> loses to the article's own heading.
 */
export function titleHeading(body: Element, rawTitle: string | null | undefined): Element | null {
  const title = collapse(rawTitle);
  if (title.length < 2) return null;
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of body.querySelectorAll('h1, h2, h3')) {
    const text = collapse(el.textContent);
    if (text.length < Math.min(TITLE_MIN_CHARS, title.length) || text.length <= bestLength) continue;
    if (title.startsWith(text) || title.endsWith(text) || text.startsWith(title)) {
      best = el;
      bestLength = text.length;
    }
  }
  return best;
}

/** 2023-05-12, 2023/5/12, 2023.05.12, 2023年5月12日. */
const DATE = /(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2}|\.\d{1,2}\.\d{1,2}|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/;
/** A dateline is one short line: date, source, author, perhaps font-size and print links. */
const DATELINE_MAX_CHARS = 120;
/** How many elements after the heading (or before the article's first text) are searched. */
const DATELINE_WINDOW = 40;

/**
 * The innermost element carrying a date in a short text between the heading and the article's first text (or, with
 * no heading, just before that text), not inside the page's furniture (a list of links with dates).
 */
export function findDateline(
  body: Element,
  heading: Element | null,
  articleStart: Text | null,
  isFurniture: (el: Element) => boolean,
): Element | null {
  let node: Node | null = heading ? afterSubtree(heading, body) : articleStart && preceding(articleStart, body);
  const step = heading ? following : preceding;
  for (let seen = 0; node && seen < DATELINE_WINDOW; node = step(node, body)) {
    if (heading && node === articleStart) break;
    if (node.nodeType !== 1) continue;
    seen++;
    const el = node as Element;
    const text = collapse(el.textContent);
    if (text.length > DATELINE_MAX_CHARS || !DATE.test(text) || isFurniture(el)) continue;
    let inner = el;
    for (let child = datedChild(inner); child; child = datedChild(inner)) inner = child;
    return inner;
  }
  return null;
}

function datedChild(el: Element): Element | null {
  for (const child of el.children) if (DATE.test(collapse(child.textContent))) return child;
  return null;
}
