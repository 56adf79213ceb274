/**
 * Reading any document the CLI is given: PDFs and Word .docx files by their own readers, legacy .doc and .wps refused
 * with what to convert them to, everything else as text or HTML (text-file.ts). A PDF or an old Office file is known
 * by its first bytes too, whatever its name says.
 */
import { extname } from 'node:path';
import { docxText, DocxUnreadable } from './docx-text';
import { pdfText, PdfUnreadable } from './pdf-text';
import { documentFromBytes, DocumentError, plainTextTitle, readDocumentBytes, type LoadedDocument } from './text-file';

export interface ReadDocument extends LoadedDocument {
  /** A PDF's page starts in `text` (page n begins at `pageStarts[n - 1]`). */
  pageStarts?: number[];
}

/** The PDF header may follow a little junk, as readers accept (within the first 1024 bytes). */
function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** Office 97–2003 files (.doc, .wps, .xls) are OLE compound documents. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isOle = (bytes: Uint8Array) => OLE_MAGIC.every((b, i) => bytes[i] === b);

const CONVERT = 'save it as .docx or PDF (in Word or WPS: Save As; or `soffice --headless --convert-to docx FILE`) and run again';

function legacyReason(ext: string): string | null {
  if (ext === '.doc' || ext === '.dot') return `legacy Word ${ext} file: not read; ${CONVERT}`;
  if (ext === '.wps' || ext === '.wpt') return `WPS Office ${ext} file: not read; ${CONVERT}`;
  return null;
}

function withTitle(text: string, extra: Partial<ReadDocument> = {}): ReadDocument {
  const title = plainTextTitle(text);
  return { text, ...(title !== undefined && { title }), ...extra };
}

/** Reads one document of any supported kind; throws DocumentError with a printable one-line message when it cannot. */
export async function readAnyDocument(path: string): Promise<ReadDocument> {
  const ext = extname(path).toLowerCase();
  const legacy = legacyReason(ext);
  if (legacy !== null) throw new DocumentError(path, legacy);
  // Read once: a PDF or Office file is known by its bytes, and a text or HTML file is read from the same bytes.
  const bytes = await readDocumentBytes(path);
  if (ext === '.pdf' || isPdf(bytes)) {
    try {
      const { text, pageStarts } = await pdfText(bytes);
      return withTitle(text, { pageStarts });
    } catch (error) {
      if (error instanceof PdfUnreadable) throw new DocumentError(path, error.reason);
      throw error;
    }
  }
  if (isOle(bytes)) {
    const reason = ext === '.docx' ? `a legacy Word .doc file named .docx: not read; ${CONVERT}` : `a legacy Office (Word 97–2003 or WPS) file: not read; ${CONVERT}`;
    throw new DocumentError(path, reason);
  }
  if (ext === '.docx') {
    try {
      return withTitle((await docxText(bytes)).text);
    } catch (error) {
      if (error instanceof DocxUnreadable) throw new DocumentError(path, error.reason);
      throw error;
    }
  }
  return documentFromBytes(path, bytes);
}
