/**
 * One walk over a page and its deep clone (identical trees, walked in step): which cloned Text node is which page
 * Text node, and which blocks of the page are lists of links — a portal's navigation, its 相关新闻 and 热点推荐
 * boxes, a footer of partner sites: where its furniture lives. The page's other text outside links is its prose.
 */

export interface TextCensus {
  cloneToPage: Map<Text, Text>;
  /** The outermost lists of links (see `isLinkList`), and their twins in the clone. */
  linkLists: Set<Element>;
  cloneLinkLists: Element[];
  /** Visible characters (whitespace aside) of the page's text, of its links' text and of its prose. */
  chars: number;
  linkChars: number;
  proseChars: number;
}

/** A block is a list of links when, nested lists aside, at least half its text is link text, over two links or more… */
const LINK_LIST_MIN_LINKS = 2;
const LINK_LIST_MIN_DENSITY = 0.5;
/** …or when it holds lists of links and little else: their headings and "更多>>" links. */
const LIST_BOX_MAX_PROSE = 20;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Text never shown; Readability drops it too. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

export function visibleChars(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

/** An element's text outside the lists of links inside it. */
interface Tally {
  chars: number;
  linkChars: number;
  links: number;
  /** Lists of links inside. */
  lists: number;
}

const emptyTally = (): Tally => ({ chars: 0, linkChars: 0, links: 0, lists: 0 });

function isLinkList(t: Tally): boolean {
  if (t.links >= LINK_LIST_MIN_LINKS && t.linkChars >= LINK_LIST_MIN_DENSITY * t.chars) return true;
  return t.lists > 0 && t.chars - t.linkChars <= LIST_BOX_MAX_PROSE;
}

export function takeCensus(page: Element, clone: Element): TextCensus {
  const census: TextCensus = { cloneToPage: new Map(), linkLists: new Set(), cloneLinkLists: [], chars: 0, linkChars: 0, proseChars: 0 };
  // Tallies of `page` and of the elements entered and not yet left, outermost first.
  const tallies: Tally[] = [emptyTally()];
  // Lists (with their twins) found inside each entered element: only the outermost list of a nest is kept.
  const found: Array<Array<[Element, Element]>> = [[]];
  const leave = (el: Element, twin: Element) => {
    const t = tallies.pop()!;
    const inner = found.pop()!;
    const parent = tallies[tallies.length - 1]!;
    const link = el.localName === 'a';
    if (link) census.linkChars += t.chars;
    if (isLinkList(t)) {
      parent.lists++;
      found[found.length - 1]!.push([el, twin]);
      return;
    }
    parent.chars += t.chars;
    parent.linkChars += link ? t.chars : t.linkChars;
    parent.links += t.links + (link && t.chars > 0 ? 1 : 0);
    parent.lists += t.lists;
    found[found.length - 1]!.push(...inner);
  };
  let a: Node = page;
  let b: Node = clone;
  for (;;) {
    let descend = a === page && a.firstChild !== null;
    if (a.nodeType === TEXT_NODE) {
      census.cloneToPage.set(b as Text, a as Text);
      const n = visibleChars((a as Text).data);
      census.chars += n;
      tallies[tallies.length - 1]!.chars += n;
    } else if (a !== page && a.nodeType === ELEMENT_NODE && a.firstChild && !INVISIBLE.has((a as Element).localName)) {
      descend = true;
      tallies.push(emptyTally());
      found.push([]);
    }
    if (descend) {
      a = a.firstChild!;
      b = b.firstChild!;
      continue;
    }
    while (a !== page && !a.nextSibling) {
      a = a.parentNode!;
      b = b.parentNode!;
      if (a !== page) leave(a as Element, b as Element);
    }
    if (a === page) break;
    a = a.nextSibling!;
    b = b.nextSibling!;
  }
  const root = tallies[0]!;
  census.proseChars = root.chars - root.linkChars;
  for (const [list, twin] of found[0]!) {
    census.linkLists.add(list);
    census.cloneLinkLists.push(twin);
  }
  return census;
}
