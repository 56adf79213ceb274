/**
 * A PDF file's text layer in reading order, through PDF.js (pdfjs-dist's legacy build, the one meant for Node). Fonts
 * are never loaded as fonts — text extraction needs only their encodings — and the predefined CJK CMaps that many
 * Chinese government PDFs rely on (UniGB-UCS2-H with a non-embedded 宋体) come from the package's own folder, so
 * reading a PDF touches no network.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { joinPages, layoutPage, textRuns, type PageLayout } from './pdf-layout';

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));

export interface PdfText {
  text: string;
  /** Where each page (1-based page i at index i - 1) starts in `text`. */
  pageStarts: number[];
  pages: number;
}

/** Why a PDF gives no text, worded for the one-line message after the file's name. */
export class PdfUnreadable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PdfUnreadable';
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/** Loaded on the first PDF only: the library is large and most runs read no PDF at all. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((lib) => {
    // The "fake worker" PDF.js uses in Node imports this module in the same thread.
    lib.GlobalWorkerOptions.workerSrc = pathToFileURL(path.join(PDFJS_DIR, 'legacy/build/pdf.worker.mjs')).href;
    return lib;
  });
  return pdfjs;
}

function openFailure(error: unknown): PdfUnreadable {
  const name = (error as { name?: string } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new PdfUnreadable('encrypted PDF (it needs a password to open): not read; save an unprotected copy');
  if (name === 'InvalidPDFException') return new PdfUnreadable(`broken PDF (${message.replace(/\.$/, '')}): not read`);
  return new PdfUnreadable(`broken PDF (${message}): not read`);
}

/** The text of a PDF's pages; throws PdfUnreadable for a broken, encrypted or image-only (scanned) file. */
export async function pdfText(data: Uint8Array): Promise<PdfText> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    // PDF.js takes ownership of (detaches) the buffer it is given.
    data: new Uint8Array(data),
    cMapUrl: `${path.join(PDFJS_DIR, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(PDFJS_DIR, 'standard_fonts')}/`,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openFailure(error);
  }
  try {
    const pages: PageLayout[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let items: readonly unknown[];
      try {
        const page = await doc.getPage(n);
        items = (await page.getTextContent()).items;
        page.cleanup();
      } catch (error) {
        throw new PdfUnreadable(`broken PDF (page ${n}: ${error instanceof Error ? error.message : String(error)}): not read`);
      }
      pages.push(layoutPage(textRuns(items)));
    }
    const { text, pageStarts } = joinPages(pages);
    if (text.trim() === '') {
      throw new PdfUnreadable(
        `no text layer (a scanned or image-only PDF of ${doc.numPages} page${doc.numPages === 1 ? '' : 's'}): not read; run OCR on it first`,
      );
    }
    return { text, pageStarts, pages: doc.numPages };
  } finally {
    await task.destroy();
  }
}
