/**
 * Visible text of a DOM subtree, with a map back to the Text nodes it came from.
 *
 * Written against the standard DOM interfaces only, so the content script (live page) and the CLI (a document
 * parsed in Node) read pages the same way. What the text looks like:
 * - block elements (p, div, li, h1–h6, tr, section, …) and <br> start new lines ('\n'), so a label at the end of one
 *   paragraph never reads into a number at the start of the next;
 * - table cells (td, th) are separated by '\t': a row stays on one line (label<TAB>value, as statistical tables
 *   are laid out) while the cell boundary remains visible to the extractor;
 * - runs of HTML whitespace collapse to one space, dropped at line starts and ends, as a browser renders them. A
 *   newline inside a Chinese paragraph of the HTML source therefore becomes one space (it renders as one);
 * - <pre> (and inline `white-space: pre*`) keeps its whitespace; U+00A0 becomes a plain space (same length);
 *   zero-width characters and soft hyphens are dropped;
 * - skipped: script, style, noscript, template, head, svg, math, form fields, media, `[hidden]`, inline
 *   `display:none` / `visibility:hidden|collapse`, whatever `isHidden` reports, and the extension's own UI
 *   (`[data-indicator-lens]`), and all of a closed <details> but its <summary>. aria-hidden text is kept: it is
 *   still on screen.
 * Limits: a `visibility:visible` child of a hidden parent is skipped with it; open shadow roots are not entered.
 */
import type { TextMap } from './text-map';

export interface CollectOptions {
  /** Extra hiding test, e.g. computed style in a live page. Called once per element not skipped otherwise. */
  isHidden?: (el: Element) => boolean;
  /** Overrides the tag-name guess of whether an element breaks the line (e.g. from computed `display`). */
  isBlock?: (el: Element) => boolean;
  /**
   * Restricts the text to part of the page, e.g. its main content (see main-content.ts). Asked of Text nodes and of
   * elements with children; what it rejects is skipped as if hidden. Runs of <br> then give at most one blank line,
   * as the text between them may have been left out.
   */
  include?: (node: Element | Text) => boolean;
}

export interface ChunkedCollectOptions extends CollectOptions {
  signal?: AbortSignal;
  /** Work per slice before yielding to the event loop, in ms (default 8). */
  budgetMs?: number;
}

export interface VisibleText {
  text: string;
  map: TextMap;
}

/** Attribute carried by every element of the extension's own UI. */
export const OWN_UI_ATTRIBUTE = 'data-indicator-lens';

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'textarea', 'datalist', 'input', 'img', 'picture', 'map', 'slot',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'xmp',
]);

const CELL_TAGS = new Set(['td', 'th']);
const PRE_TAGS = new Set(['pre', 'listing', 'plaintext', 'xmp']);
const BLOCK_DISPLAY = /^(block|flex|grid|list-item|table|table-row|table-caption|flow-root|table-row-group|table-header-group|table-footer-group)$/;

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function isCollapsible(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

/** Characters that render as nothing: soft hyphen, zero-width space/joiners, word joiner, BOM. */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

const STYLE_PROPERTIES = {
  display: /(?:^|;)\s*display\s*:\s*([a-z-]+)/i,
  visibility: /(?:^|;)\s*visibility\s*:\s*([a-z-]+)/i,
  'white-space': /(?:^|;)\s*white-space\s*:\s*([a-z-]+)/i,
};

function inlineStyleValue(style: string, property: keyof typeof STYLE_PROPERTIES): string | null {
  const match = STYLE_PROPERTIES[property].exec(style);
  return match ? match[1]!.toLowerCase() : null;
}

type Separator = '\n' | '\t';
/** `closed`: a <details> without `open`, of which only the <summary> shows. */
type Kind = 'skip' | 'inline' | 'block' | 'cell' | 'break' | 'closed';

interface ElementInfo {
  kind: Kind;
  pre: boolean;
}

/** Incremental collector: `run` may stop early (deadline) and be called again to continue. */
class Collector {
  private readonly parts: string[] = [];
  private length = 0;
  private lastChar = 0;
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly nodes: Text[] = [];
  private readonly nodeOffsets: number[] = [];
  private pendingBreak: Separator | null = null;
  private pendingSpaceNode: Text | null = null;
  private pendingSpaceOffset = 0;
  private pendingLineBreaks = 0;
  /** Depth of entered elements that preserve whitespace. */
  private preDepth = 0;
  private readonly preStack: boolean[] = [];
  private readonly kindStack: Kind[] = [];
  private node: Node;
  private descend: boolean;
  private finished = false;

  constructor(
    private readonly root: Node,
    private readonly options: CollectOptions,
  ) {
    this.node = root;
    this.descend = this.enter(root);
  }

  /** Where the walk stands: a node the page has since removed from the root cannot be continued from. */
  isDetached(): boolean {
    return !this.finished && this.node !== this.root && !this.root.contains(this.node);
  }

  /** Walks until done (true) or until `shouldStop` says so (false); shouldStop is polled every few nodes. */
  run(shouldStop?: () => boolean): boolean {
    const root = this.root;
    let node = this.node;
    let descend = this.descend;
    let steps = 0;
    for (;;) {
      if (shouldStop && (++steps & 31) === 0 && shouldStop()) {
        this.node = node;
        this.descend = descend;
        return false;
      }
      if (descend && node.firstChild) {
        node = node.firstChild;
        descend = this.enter(node);
        continue;
      }
      if (descend) this.leave();
      while (node !== root && !node.nextSibling) {
        const parent = node.parentNode;
        if (!parent) break; // detached mid-walk (or a DOM without parent links above the root): nothing left to walk
        node = parent;
        this.leave();
      }
      if (node === root || !node.nextSibling) break;
      node = node.nextSibling!;
      descend = this.enter(node);
    }
    this.finished = true;
    return true;
  }

  result(): VisibleText {
    return {
      text: this.parts.join(''),
      map: {
        length: this.length,
        starts: this.starts,
        lengths: this.lengths,
        nodes: this.nodes,
        nodeOffsets: this.nodeOffsets,
      },
    };
  }

  /** Returns whether the node's children should be walked (and `leave` called after them). */
  private enter(node: Node): boolean {
    const type = node.nodeType;
    if (this.kindStack[this.kindStack.length - 1] === 'closed' && (node as Element).localName !== 'summary') return false;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      if (this.options.include && !this.options.include(node as Text)) return false;
      if (this.preDepth > 0) this.appendPreserved(node as Text);
      else this.appendCollapsed(node as Text);
      return false;
    }
    if (type !== ELEMENT_NODE) {
      if (type !== 9 && type !== 11) return false; // only a document or fragment (as the root) has children to walk
      this.kindStack.push('inline');
      this.preStack.push(false);
      return true;
    }
    const info = this.classify(node as Element);
    if (info.kind === 'skip') return false;
    if (info.kind === 'break') {
      this.lineBreak();
      return false;
    }
    if (info.kind === 'block' || info.kind === 'closed') this.requestBreak('\n');
    else if (info.kind === 'cell') this.requestBreak('\t');
    this.kindStack.push(info.kind);
    this.preStack.push(info.pre);
    if (info.pre) this.preDepth++;
    return true;
  }

  private leave(): void {
    const kind = this.kindStack.pop();
    if (this.preStack.pop()) this.preDepth--;
    if (kind === 'block' || kind === 'closed') this.requestBreak('\n');
    else if (kind === 'cell') this.requestBreak('\t');
  }

  private classify(el: Element): ElementInfo {
    const name = el.localName;
    const ns = el.namespaceURI;
    // Most elements of a page carry no attributes at all; one call then saves three lookups.
    const attributed = el.hasAttributes();
    if (
      SKIPPED_TAGS.has(name) ||
      ns === SVG_NS ||
      ns === MATHML_NS ||
      (attributed && (el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTRIBUTE)))
    ) {
      return { kind: 'skip', pre: false };
    }
    const style = attributed ? el.getAttribute('style') : null;
    let display: string | null = null;
    let whiteSpace: string | null = null;
    if (style) {
      display = inlineStyleValue(style, 'display');
      const visibility = inlineStyleValue(style, 'visibility');
      if (display === 'none' || visibility === 'hidden' || visibility === 'collapse') return { kind: 'skip', pre: false };
      whiteSpace = inlineStyleValue(style, 'white-space');
    }
    // Before isHidden: a set lookup that spares the computed style of every element left out.
    if (this.options.include && el.firstChild && !this.options.include(el)) return { kind: 'skip', pre: false };
    if (this.options.isHidden?.(el)) return { kind: 'skip', pre: false };
    if (name === 'br') return { kind: 'break', pre: false };
    const pre = whiteSpace ? whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces' : PRE_TAGS.has(name);
    let kind: Kind;
    if (name === 'details' && !el.hasAttribute('open')) kind = 'closed';
    else if (this.options.isBlock) kind = this.options.isBlock(el) ? (CELL_TAGS.has(name) ? 'cell' : 'block') : 'inline';
    else if (CELL_TAGS.has(name) && (display === null || display === 'table-cell')) kind = 'cell';
    else if (display !== null) kind = BLOCK_DISPLAY.test(display) ? 'block' : 'inline';
    else kind = BLOCK_TAGS.has(name) ? 'block' : 'inline';
    return { kind, pre };
  }

  private requestBreak(separator: Separator): void {
    this.pendingSpaceNode = null;
    if (this.pendingBreak !== '\n') this.pendingBreak = separator;
  }

  /** A <br>: its newline is emitted only if visible text follows, as a trailing <br> renders no empty line. */
  private lineBreak(): void {
    this.pendingSpaceNode = null;
    if (this.pendingLineBreaks < 2 || !this.options.include) this.pendingLineBreaks++;
  }

  /** Emits the separator or collapsed space owed before the next visible character. */
  private flushPending(): void {
    if (this.length > 0 && this.pendingLineBreaks > 0) this.appendInserted('\n'.repeat(this.pendingLineBreaks));
    if (this.pendingBreak !== null) {
      if (this.length > 0 && this.lastChar !== 0x0a) this.appendInserted(this.pendingBreak);
    } else if (this.pendingSpaceNode !== null && this.length > 0) {
      const last = this.lastChar;
      if (last !== 0x0a && last !== 0x09 && last !== 0x20) this.appendCopied(this.pendingSpaceNode, this.pendingSpaceOffset, ' ');
    }
    this.pendingBreak = null;
    this.pendingSpaceNode = null;
    this.pendingLineBreaks = 0;
  }

  private appendCollapsed(node: Text): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (isCollapsible(c)) {
        if (this.pendingSpaceNode === null && this.pendingBreak === null) {
          this.pendingSpaceNode = node;
          this.pendingSpaceOffset = i;
        }
        i++;
        continue;
      }
      if (isInvisible(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const d = data.charCodeAt(j);
        if (isCollapsible(d) || isInvisible(d)) break;
        j++;
      }
      this.flushPending();
      this.appendCopied(node, i, data.slice(i, j));
      i = j;
    }
  }

  private appendPreserved(node: Text): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      if (isInvisible(data.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && !isInvisible(data.charCodeAt(j))) j++;
      this.flushPending();
      this.appendCopied(node, i, data.slice(i, j).replace(/\r\n?|\f/g, (m) => (m === '\f' ? ' ' : m === '\r' ? '\n' : ' \n')));
      i = j;
    }
  }

  private appendInserted(separator: string): void {
    this.parts.push(separator);
    this.length += separator.length;
    this.lastChar = separator.charCodeAt(separator.length - 1);
  }

  /** `piece` has the same length as data[offset, offset + piece.length) it stands for. */
  private appendCopied(node: Text, offset: number, piece: string): void {
    const text = piece.includes('\u00a0') ? piece.replace(/\u00a0/g, ' ') : piece;
    const last = this.starts.length - 1;
    if (
      last >= 0 &&
      this.nodes[last] === node &&
      this.nodeOffsets[last]! + this.lengths[last]! === offset &&
      this.starts[last]! + this.lengths[last]! === this.length
    ) {
      this.lengths[last]! += text.length;
    } else {
      this.starts.push(this.length);
      this.lengths.push(text.length);
      this.nodes.push(node);
      this.nodeOffsets.push(offset);
    }
    this.parts.push(text);
    this.length += text.length;
    this.lastChar = text.charCodeAt(text.length - 1);
  }
}

/**
 * An `isHidden` for live pages: hidden by computed style (display:none, visibility:hidden, content-visibility:hidden,
 * or inside such an element). `display: contents` elements have no box of their own but show their children.
 */
export function isHiddenByComputedStyle(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && check.call(el, { visibilityProperty: true })) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  if (style.display === 'contents') return false;
  if (typeof check === 'function') return true;
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/** Visible text of `root` and its offset map, in one synchronous pass. */
export function collectVisibleText(root: Node, options: CollectOptions = {}): VisibleText {
  const collector = new Collector(root, options);
  collector.run();
  return collector.result();
}

/** Lets the page's own tasks run: scheduler.yield() where the browser has it, else a macrotask. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Restarts allowed when the page removes the node the walk paused on; after that, one synchronous pass. */
const MAX_RESTARTS = 3;

/**
 * Same output as collectVisibleText, but works in slices of about `budgetMs` and yields to the event loop between
 * them, so a very long page never blocks the main thread for long. Rejects with the signal's reason on abort.
 */
export async function collectVisibleTextChunked(
  root: Node,
  options: ChunkedCollectOptions = {},
): Promise<VisibleText> {
  const { signal, budgetMs = 8 } = options;
  let collector = new Collector(root, options);
  let restarts = 0;
  for (;;) {
    if (signal?.aborted) throw abortError(signal);
    const deadline = performance.now() + budgetMs;
    if (collector.run(() => performance.now() >= deadline)) return collector.result();
    await yieldToEventLoop();
    if (signal?.aborted) throw abortError(signal);
    if (collector.isDetached()) {
      collector = new Collector(root, options);
      if (++restarts > MAX_RESTARTS) {
        collector.run();
        return collector.result();
      }
    }
  }
}
