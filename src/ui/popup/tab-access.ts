/**
 * Why the tab under the popup can have no figures even when it shows some: a PDF opens in the browser's own viewer,
 * where no extension script runs; browser pages, the web stores and local files are closed to extensions (and without
 * the `tabs` permission the popup is not even told their address). The popup says so instead of an empty list.
 */

export type TabAccess = 'pdf' | 'unreadable' | null;

/** Pages extensions may not script even with host access. */
const STORES = [/^https:\/\/chromewebstore\.google\.com\//, /^https:\/\/chrome\.google\.com\/webstore/, /^https:\/\/microsoftedge\.microsoft\.com\/addons/, /^https:\/\/addons\.mozilla\.org\//];

/** `ownOrigin`: the extension's own pages (the full comparison) need no word. */
export function tabAccess(url: string | undefined, ownOrigin = ''): TabAccess {
  if (ownOrigin && url?.startsWith(ownOrigin)) return null;
  if (!url || !/^https?:\/\//i.test(url)) return 'unreadable';
  if (STORES.some((re) => re.test(url))) return 'unreadable';
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'unreadable';
  }
  return /\.pdf$/i.test(path) ? 'pdf' : null;
}
