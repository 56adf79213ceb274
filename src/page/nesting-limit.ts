/**
 * Caps how deeply HTML source nests before it is parsed. linkedom's tokenizer (htmlparser2) keeps its open-element
 * stack in an array it unshifts, so each open tag costs time in proportion to the depth: 100,000 nested elements
 * took 63 s to parse. Browsers cap the tree depth themselves (Chromium's parser at 512), so markup that deep is
 * hostile or broken, never a real page; the tags beyond the cap are dropped and their text kept.
 */

export const MAX_NESTING = 512;

const VOID_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Tags whose next sibling of the same kind closes them; a long unclosed run of them is a list, not nesting. */
const SELF_CLOSING_RUNS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'option', 'optgroup']);

/** Comments, raw-text elements (their content holds no tags) and tags. Group 1: '/' of an end tag; 2: tag name. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/gi;

/** The source with open and end tags deeper than `maxDepth` removed (unchanged when nothing is that deep). */
export function limitNesting(html: string, maxDepth = MAX_NESTING): string {
  let depth = 0;
  let kept = '';
  let last = 0;
  let changed = false;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match !== null; match = TOKEN.exec(html)) {
    const name = match[3]?.toLowerCase();
    if (name === undefined || VOID_TAGS.has(name) || SELF_CLOSING_RUNS.has(name) || match[4] === '/') continue;
    const closing = match[2] === '/';
    const tagDepth = closing ? depth : depth + 1;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (tagDepth <= maxDepth) continue;
    kept += html.slice(last, match.index);
    last = match.index + match[0].length;
    changed = true;
  }
  return changed ? kept + html.slice(last) : html;
}
