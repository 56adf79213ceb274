/**
 * PDF.js in the viewer page: the browser build with its worker shipped as a file of the extension (no CDN, and the
 * extension pages' CSP allows only its own scripts), CJK CMaps from the extension too (wxt.config.ts copies them: a Chinese
 * government PDF often names a non-embedded 宋体 through UniGB-UCS2-H), and no eval.
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { FetchFailure } from './pdf-fetch';

/** Where the build puts PDF.js's CMaps (wxt.config.ts copies them). */
export const CMAPS_DIR = 'pdfjs-cmaps/';

export async function openPdf(data: Uint8Array, cMapUrl: string): Promise<PDFDocumentProxy | FetchFailure> {
  GlobalWorkerOptions.workerSrc = workerUrl;
  const task = getDocument({ data, cMapUrl, cMapPacked: true, isEvalSupported: false, enableXfa: false });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') return { key: 'pdf_viewer_encrypted', subs: [] };
    return { key: 'pdf_viewer_broken', subs: [error instanceof Error ? error.message : String(error)] };
  }
}

export const isFailure = (v: object): v is FetchFailure => 'key' in v && 'subs' in v;
