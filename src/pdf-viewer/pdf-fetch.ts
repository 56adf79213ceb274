/**
 * The PDF's bytes, fetched by the viewer with the extension's host access (a page's own CORS rules do not apply to
 * it); the only network request the extension makes, and only for the file the user asked to open. A failure is
 * returned as the reason to show, worded for the page.
 */
import type { MessageKey } from '../ui/i18n';

export type FetchFailure = { key: MessageKey; subs: string[] };

/** Chrome's fetch() refuses file:// outright; XHR reads it when the user allowed the extension file access. */
function readLocalFile(url: string, signal: AbortSignal): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'arraybuffer';
    xhr.onload = () => (xhr.response instanceof ArrayBuffer && xhr.response.byteLength > 0 ? resolve(xhr.response) : reject(new Error('empty')));
    xhr.onerror = () => reject(new Error('no file access'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send();
  });
}

export async function fetchPdf(url: string, signal: AbortSignal): Promise<Uint8Array | FetchFailure> {
  if (url.startsWith('file:')) {
    try {
      return new Uint8Array(await readLocalFile(url, signal));
    } catch {
      return { key: 'pdf_viewer_file_access', subs: [] };
    }
  }
  let response: Response;
  try {
    // credentials: a PDF behind the user's login on that site opens as it does in the browser's own viewer.
    response = await fetch(url, { signal, credentials: 'include' });
  } catch (error) {
    return { key: 'pdf_viewer_fetch_failed', subs: [error instanceof Error ? error.message : String(error)] };
  }
  if (!response.ok) return { key: 'pdf_viewer_http_failed', subs: [`${response.status} ${response.statusText}`.trim()] };
  return new Uint8Array(await response.arrayBuffer());
}
