/**
 * The page's main content — title, dateline and article body — so that a portal's navigation, bylines, "相关新闻"
 * lists and footers are not read as the article's figures. The live page is never changed.
 *
 * @mozilla/readability finds the article, on a clone of the page whose Text nodes map back to the page's own
 * (readability-article.ts). Around it:
 * - a page without furniture (no lists of links, hardly any link text: an article on its own) is read whole without
 *   asking Readability, which would keep it all anyway (it did on every corpus page);
 * - lists of links (text-census.ts finds them: navigation, 相关新闻 and 热点推荐 boxes, link footers) are left out,
 *   and taken out of the clone before Readability reads it;
 * - when Readability leaves out the sentence right under the title heading it chose another block, and the
 *   heading's own block is read instead (heading-block.ts);
 * - the heading and the dateline are added when Readability dropped them (article-head.ts).
 * Readability is not trusted, and the whole page is read as before, when it fails, finds nothing but furniture, or
 * leaves out much of the page's prose (text outside links and lists of links): over MIN_DROPPED_PROSE characters
 * and over a quarter of what it keeps.
 *
 * All of this is one synchronous task (Readability cannot be sliced). Median (min–max) of 15 runs in headless
 * Chromium on two busy cores: a corpus page of 1,700–15,000 characters inside wrapInFurniture's portal 4–9 ms
 * (3–57); 15,000 characters inside a heavy portal of 1,400 elements 18 ms (10–51); 110,000 characters inside it
 * 72 ms (38–141); a page without furniture only pays for the clone and one walk, 0.7–7 ms up to 110,000 characters.
 */
import { collapse, findDateline, titleHeading } from './article-head';
import { following, forEachText, hasAncestor } from './dom-order';
import { blockTexts, headingBlock, leadAfter } from './heading-block';
import { readabilityArticle, type ArticleTexts } from './readability-article';
import { takeCensus, visibleChars, type TextCensus } from './text-census';

export type Verdict =
  /** Readability's article, with heading and dateline, is the main content. */
  | 'article'
  /** Readability missed the sentence under the heading: the heading's block is the main content. */
  | 'heading-block'
  /** The whole page is read. */
  | 'no-furniture'
  | 'no-body'
  | 'too-large'
  | 'failed'
  | 'no-article'
  | 'dropped-prose';

export interface MainContent {
  verdict: Verdict;
  /**
   * For collectVisibleText's `include`: passes main-content Text nodes (and whitespace-only ones inside the
   * elements holding them) and those elements. Absent when the whole page is to be read.
   */
  include?: (node: Element | Text) => boolean;
  /** The article's title: its heading's text when found on the page, else Readability's title. */
  title?: string;
  /** Visible characters (whitespace aside) of the page and of the main content, and how many of them are prose. */
  pageChars: number;
  pageProseChars: number;
  mainChars: number;
  mainProseChars: number;
}

export interface MainContentOptions {
  maxTextChars?: number;
  maxElements?: number;
}

/**
 * Above these sizes Readability would hold the page for over about 100 ms (its time grows faster than the number of
 * elements: 2,000 elements 30–65 ms, 7,000 110–140 ms, 14,000 280–350 ms), and the page is read whole. The
 * elements are counted without the lists of links, which Readability never sees.
 */
export const MAX_TEXT_CHARS = 150_000;
export const MAX_ELEMENTS = 5_000;
/** A page without lists of links, whose link text is at most this share of its text, has no furniture. */
const NO_FURNITURE_MAX_LINK_SHARE = 0.02;
/** Prose Readability may leave out: this many characters, or a quarter of what it keeps if that is more. */
const MIN_DROPPED_PROSE = 500;
const DROPPED_PROSE_SHARE = 0.25;

const TEXT_NODE = 3;
const isLink = (el: Element) => el.localName === 'a';

export function findMainContent(doc: Document, options: MainContentOptions = {}): MainContent {
  const body = doc.body;
  const whole = (verdict: Verdict, census?: TextCensus): MainContent => ({
    verdict,
    pageChars: census?.chars ?? 0,
    pageProseChars: census?.proseChars ?? 0,
    mainChars: 0,
    mainProseChars: 0,
  });
  if (!body) return whole('no-body');
  if (textExceeds(body, options.maxTextChars ?? MAX_TEXT_CHARS)) return whole('too-large');
  const clone = doc.cloneNode(true) as Document;
  const census = takeCensus(body, clone.body);
  if (census.linkLists.size === 0 && census.linkChars <= NO_FURNITURE_MAX_LINK_SHARE * census.chars) return whole('no-furniture', census);
  // Readability never sees the lists of links: they would be left out of its article anyway, and without them it
  // reads a portal page faster and no longer mistakes a short article's container, 相关新闻 list and all, for
  // furniture.
  for (const list of census.cloneLinkLists) list.remove();
  let article: ArticleTexts | null;
  try {
    article = readabilityArticle(clone, census.cloneToPage, options.maxElements ?? MAX_ELEMENTS);
  } catch {
    return whole('failed', census); // over maxElements, or a DOM Readability cannot handle
  }
  const main = article && mainTexts(doc, body, article, census);
  if (!main) return whole('no-article', census);

  let mainChars = 0;
  let mainProseChars = 0;
  for (const text of main.texts) {
    const n = visibleChars(text.data);
    mainChars += n;
    if (!hasAncestor(text, body, isLink)) mainProseChars += n;
  }
  const stats = { pageChars: census.chars, pageProseChars: census.proseChars, mainChars, mainProseChars };
  const dropped = census.proseChars - mainProseChars;
  if (dropped > Math.max(MIN_DROPPED_PROSE, DROPPED_PROSE_SHARE * mainProseChars)) return { verdict: 'dropped-prose', ...stats };
  const title = main.heading ? collapse(main.heading.textContent) : collapse(article!.title) || undefined;
  return { verdict: main.verdict, include: includer(main.texts), ...(title && { title }), ...stats };
}

interface MainTexts {
  texts: Set<Text>;
  heading: Element | null;
  verdict: 'article' | 'heading-block';
}

/** Readability's article without furniture, or the heading's block, with heading and dateline; null if empty. */
function mainTexts(doc: Document, body: Element, article: ArticleTexts, census: TextCensus): MainTexts | null {
  const inFurniture = (node: Node) => hasAncestor(node, body, (el) => census.linkLists.has(el));
  let texts = new Set<Text>();
  for (const text of article.texts) if (!inFurniture(text)) texts.add(text);
  if (texts.size === 0) return null;
  let verdict: MainTexts['verdict'] = 'article';
  const heading = titleHeading(body, article.title || doc.title);
  const isFurniture = (el: Element) => census.linkLists.has(el) || inFurniture(el);
  const dateline = findDateline(body, heading, firstOf(texts, body), isFurniture);
  const lead = heading && leadAfter(heading, dateline, body, inFurniture);
  if (heading && lead && !texts.has(lead)) {
    texts = blockTexts(headingBlock(heading, lead, body), inFurniture);
    verdict = 'heading-block';
  }
  for (const el of [heading, dateline]) if (el) forEachText(el, (text) => texts.add(text));
  return { texts, heading, verdict };
}

/** Whether the text under `root` is longer than `limit`; stops counting there (textContent would copy it all). */
function textExceeds(root: Node, limit: number): boolean {
  let length = 0;
  for (let n: Node | null = root.firstChild; n; n = following(n, root)) {
    if (n.nodeType === TEXT_NODE && (length += (n as Text).data.length) > limit) return true;
  }
  return false;
}

function firstOf(texts: Set<Text>, body: Element): Text | null {
  for (let n: Node | null = body.firstChild; n; n = following(n, body)) if (texts.has(n as Text)) return n as Text;
  return null;
}

function includer(texts: Set<Text>): (node: Element | Text) => boolean {
  const containers = new Set<Node>();
  for (const text of texts) {
    for (let node = text.parentNode; node && !containers.has(node); node = node.parentNode) containers.add(node);
  }
  return (node) => {
    if (node.nodeType !== TEXT_NODE) return containers.has(node);
    return texts.has(node as Text) || (visibleChars((node as Text).data) === 0 && containers.has(node.parentNode!));
  };
}
