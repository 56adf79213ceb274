/**
 * Addresses around the extension's PDF viewer: the viewer page for a PDF (pdf-viewer.html?file=<url>), the PDF a
 * viewer tab shows, and a figure's source — the PDF's own address with `#page=N`, the fragment every PDF reader
 * (Chrome's, Firefox's, Acrobat) opens at that page. Pure: no browser API.
 */

export const VIEWER_PAGE = 'pdf-viewer.html';
/**
 * The viewer's query when a PDF navigation was redirected to it (pdf-redirect-rules.ts): the rest of the address is
 * the PDF's, exactly as requested. A redirect rule's substitution cannot percent-encode, so the PDF's own query
 * (…/a.pdf?id=1&t=2) would not survive as a `file` parameter.
 */
export const OPEN_QUERY = '?open=';

/** Addresses the viewer fetches: the user's web and local files, nothing the extension made up. */
export function isFetchableUrl(url: string): boolean {
  return /^(https?|file):\/\//i.test(url);
}

/** Whether an address names a PDF by its path (the popup and the context menu offer the viewer for these). */
export function looksLikePdf(url: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The viewer page for `fileUrl`; `origin` is the extension's base URL (runtime.getURL('/')). */
export function viewerUrl(origin: string, fileUrl: string): string {
  return `${origin.replace(/\/?$/, '/')}${VIEWER_PAGE}?file=${encodeURIComponent(withoutFragment(fileUrl))}`;
}

/** The PDF a viewer address shows, or null when `url` is not the viewer of `origin`. */
export function viewedFile(origin: string, url: string | undefined): string | null {
  const page = `${origin.replace(/\/?$/, '/')}${VIEWER_PAGE}`;
  if (!url || !url.startsWith(page)) return null;
  if (url.startsWith(OPEN_QUERY, page.length)) {
    const file = withoutFragment(url.slice(page.length + OPEN_QUERY.length));
    return isFetchableUrl(file) ? file : null;
  }
  try {
    const file = new URL(url).searchParams.get('file');
    return file && isFetchableUrl(file) ? file : null;
  } catch {
    return null;
  }
}

export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** A figure's source: the PDF's address at its page. */
export function pageUrl(fileUrl: string, page: number): string {
  return `${withoutFragment(fileUrl)}#page=${page}`;
}

/** The page a source address names (`#page=N`), or null. */
export function pageOfUrl(url: string): number | null {
  const m = /#(?:.*&)?page=(\d+)/.exec(url);
  return m ? Number(m[1]) : null;
}
