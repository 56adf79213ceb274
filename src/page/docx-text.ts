/**
 * A Word .docx file's text through mammoth. Its HTML output, not its raw text, is read: the raw text writes every
 * table cell as a paragraph of its own, so a row (指标 | 单位 | 目标 | 完成) falls apart into unrelated lines, while
 * the HTML keeps <table><tr><td>, and the same visible-text walker the CLI uses for saved pages turns it into one line
 * per row with a tab between cells and one line per paragraph, in document order. (mammoth wraps every cell's text
 * in a <p>, which the walker would put on a line of its own: a cell of one paragraph is unwrapped first.)
 */
import mammoth from 'mammoth';
import { htmlToVisibleText } from './html';

const ONE_PARAGRAPH_CELL = /<(td|th)([^>]*)><p>((?:(?!<\/?p[ >]).)*)<\/p><\/\1>/gs;

export interface DocxText {
  text: string;
  /** mammoth's messages (unsupported elements and the like); they do not stop the reading. */
  warnings: string[];
}

/** Why a .docx gives no text, worded for the one-line message after the file's name. */
export class DocxUnreadable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DocxUnreadable';
  }
}

export async function docxText(data: Uint8Array): Promise<DocxText> {
  let html: string;
  let warnings: string[];
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) });
    html = result.value;
    warnings = result.messages.map((m) => m.message);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '');
    throw new DocxUnreadable(`broken Word .docx file (${reason}): not read`);
  }
  const body = html.replace(ONE_PARAGRAPH_CELL, '<$1$2>$3</$1>');
  const { text } = htmlToVisibleText(`<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
  return { text, warnings };
}
