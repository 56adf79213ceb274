/**
 * Text to the clipboard through the asynchronous Clipboard API; where a page is no secure context (an http page, for
 * the card) that API is missing, and a selected text area in the extension's own shadow root is copied instead.
 */
export async function copyText(text: string, host?: { root: Document | ShadowRoot; document: Document }): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no focus, no permission): try the older way below.
  }
  if (!host) return false;
  const area = host.document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
  const parent = host.root instanceof Document ? host.root.body : host.root;
  parent.append(area);
  area.select();
  try {
    // Deprecated but the only copy a non-secure page allows; it copies the selection made just above.
    return host.document.execCommand('copy');
  } finally {
    area.remove();
  }
}
