/**
 * ２０２４年，全市城镇新增就业８５９万人，失业率４．５％: older pages and text from Word files write their figures in
 * full-width digits. Every rule reads ASCII digits, so such a page is read with its digits, its decimal points between
 * digits and its per-cent signs folded to half width, character for character (offsets do not move), and the records
 * quote the page as written. A no-break space (a web page's &nbsp;, kept by text copied out of a browser) is read as
 * the plain blank the page reader writes for it, the same way.
 */
import { offsetView, type OffsetView } from './offset-view';

const FULL_WIDTH = /[\uff10-\uff19\uff05\u00a0]/;
const FOLDED = /[\uff10-\uff19\uff05\u00a0]|(?<=[\d\uff10-\uff19])\uff0e(?=[\d\uff10-\uff19])/g;

function fold(ch: string): string {
  return ch === '\u00a0' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** The page with its full-width figures folded to half width, or null when it has none (the common case). */
export function withHalfWidthFigures(source: string): OffsetView | null {
  if (!FULL_WIDTH.test(source)) return null;
  return offsetView(source.replace(FOLDED, fold), [0], [0]);
}

/** A title read like its page. */
export function halfWidthFigures(text: string): string {
  return FULL_WIDTH.test(text) ? text.replace(FOLDED, fold) : text;
}
