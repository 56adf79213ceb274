/**
 * The article found from its heading, for when Readability chose another block: on a portal page around a very
 * short article (a few lines whose container also holds a 相关新闻 list) it may pick a notice in the footer. The
 * article opens right after its heading and dateline; the heading's block is its smallest ancestor holding that
 * opening.
 */
import { afterSubtree, following, forEachText, hasAncestor } from './dom-order';
import { visibleChars } from './text-census';

/** The article's opening: a block this long with a comma or a full stop, not a label or a byline (来源：…作者：…)… */
const SENTENCE_MIN_CHARS = 20;
const SENTENCE_MARK = /[。，；！？]/;
/** …or, in an article of a line or two without one, the first block this long. */
const LINE_MIN_CHARS = 10;
const TEXT_NODE = 3;

const isLink = (el: Element) => el.localName === 'a';

/**
 * The first text of the article's opening after the heading and dateline, outside links and furniture: the first
 * block holding a sentence, else the first block of a line's length.
 */
export function leadAfter(heading: Element, dateline: Element | null, body: Element, inFurniture: (node: Node) => boolean): Text | null {
  let line: Text | null = null;
  for (let n = afterSubtree(heading, body); n; n = following(n, body)) {
    if (n === dateline) {
      n = afterSubtree(n, body);
      if (!n) break;
    }
    if (n.nodeType !== TEXT_NODE || visibleChars((n as Text).data) === 0) continue;
    // The block, not the node: a parser may split one run of text into several nodes (linkedom does at entities).
    const block = n.parentNode!.textContent ?? '';
    const length = visibleChars(block);
    if (length < LINE_MIN_CHARS || hasAncestor(n, body, isLink) || inFurniture(n)) continue;
    if (length >= SENTENCE_MIN_CHARS && SENTENCE_MARK.test(block)) return n as Text;
    line ??= n as Text;
  }
  return line;
}

/** The smallest ancestor of the heading holding the lead; the body when there is no lead. */
export function headingBlock(heading: Element, lead: Text | null, body: Element): Element {
  if (!lead) return body;
  let block = heading.parentElement ?? body;
  while (block !== body && !block.contains(lead)) block = block.parentElement ?? body;
  return block;
}

/** The Text nodes of `block` outside the page's furniture. */
export function blockTexts(block: Element, inFurniture: (node: Node) => boolean): Set<Text> {
  const texts = new Set<Text>();
  forEachText(block, (text) => {
    if (!inFurniture(text)) texts.add(text);
  });
  return texts;
}
