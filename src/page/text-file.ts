/**
 * Reading one document from disk for the CLI tools: HTML (also a .txt that holds HTML) through the same visible-text
 * walker as the content script, plain text as it is.
 */
import { readFile } from 'node:fs/promises';
import { splitFrontMatter } from './front-matter';
import { htmlToVisibleText, looksLikeHtml, normalizeSource } from './html';
import { belowBreadcrumb, isBreadcrumb, isSiteChrome } from '../extract/text/breadcrumb';
import { toSimplified } from '../extract/text/simplified';
import { isBylineLine, withTitleBelow } from '../extract/text/headline';

export interface LoadedDocument {
  text: string;
  title?: string;
  url?: string;
  /** When the page says it was published (front matter `date:`), as written. */
  date?: string;
}

/** A user-facing failure to read a document; `message` is the whole line to print. */
export class DocumentError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`indicator-lens: ${path}: ${reason}`);
    this.name = 'DocumentError';
  }
}

const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml)$/i;
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const CHINESE_LEGACY = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|big5|big5-hkscs)$/i;

function systemErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null; // invalid bytes, or a label this runtime does not know
  }
}

/** Share of CJK characters among the non-ASCII ones: high for real GBK text, low for bytes that merely decode. */
function looksChinese(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii >= 0.8;
}

/**
 * Bytes → text: UTF-8 (BOM allowed); else the legacy Chinese charset an HTML page declares; else GB18030 when it
 * decodes to mostly Chinese (older government pages). NUL bytes or anything else is binary.
 */
export function decodeDocument(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return utf8;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = CHARSET.exec(head)?.[1];
  if (declared && CHINESE_LEGACY.test(declared)) {
    const text = tryDecode(bytes, /^big5/i.test(declared) ? 'big5' : 'gb18030');
    if (text !== null) return text;
  }
  const gb = tryDecode(bytes, 'gb18030');
  return gb !== null && looksChinese(gb) ? gb : null;
}

const TITLE_MIN_LENGTH = 4;
/** How far down a plain-text page its headline may stand, below the site's chrome. */
const TITLE_LINES = 8;
const TITLE_MAX_LENGTH = 60;
const SENTENCE_END = /[。！？；，、：,.!?;:…]$/;
const NEWS_DATELINE = /\d{1,2}月\d{1,2}日(?:讯|电)|[(（](?:记者|通讯员)/;

/**
 * A plain-text document's title is its first non-empty line when that line reads like a headline: 4 to 60
 * characters (shorter is page chrome such as 下载 or 打印) and not ending in sentence punctuation. Otherwise the
 * document has no title.
 */
export function plainTextTitle(text: string): string | undefined {
  // (A site's breadcrumb or header of the day above the headline is passed over.)
  // (蘇州 ? 吳中歡迎您! 用戶登錄: a traditional page's chrome is read as its simplified form, as the engine reads it.)
  const traditional = toSimplified(text) !== text;
  // (A line of spam injected above the breadcrumb is no headline either.)
  const lines = text.slice(belowBreadcrumb(text, TITLE_LINES, (line) => isBreadcrumb(toSimplified(line, traditional)))).split('\n', 20);
  // (…and so is a reporter's byline or a line of source fields: 大众网记者 谢玮 济南报道.)
  const at = lines.findIndex((line) => {
    if (line.trim() === '') return false;
    const simplified = toSimplified(line, traditional);
    return !isSiteChrome(simplified) && !isBylineLine(simplified);
  });
  if (at < 0) return undefined;
  // (XX市人力资源和社会保障局 ⏎ 2023年工作总结: an issuing body's line and the title below it are one title.)
  const line = withTitleBelow(lines[at]!.trim(), lines.slice(at).join('\n'));
  if (line.length < TITLE_MIN_LENGTH || line.length > TITLE_MAX_LENGTH || SENTENCE_END.test(line)) return undefined;
  // 红网时间永州3月28日讯(通讯员…: a news dateline opens the story; it is no headline.
  if (NEWS_DATELINE.test(line)) return undefined;
  return line;
}

/** Text, title and (for HTML) canonical URL of a document in memory; `isHtml` forces the reading. */
export function documentFromSource(source: string, isHtml: boolean): LoadedDocument {
  if (isHtml) {
    const { text, title, date } = htmlToVisibleText(source);
    // The canonical link sits in <head>; looking further would only cost time on huge files.
    const link = /<link\b[^<>]*\brel=["']?canonical\b[^<>]*>/i.exec(source.slice(0, 65_536))?.[0];
    const url = link?.match(/\bhref=["']?([^"'\s>]+)/i)?.[1];
    return { text, ...(title !== undefined && { title }), ...(url !== undefined && { url }), ...(date !== undefined && { date }) };
  }
  const { title: frontTitle, date, body } = splitFrontMatter(normalizeSource(source));
  if (frontTitle !== undefined) return { text: `${frontTitle}\n${body}`, title: frontTitle, ...(date && { date }) };
  const title = plainTextTitle(body);
  return title === undefined ? { text: body } : { text: body, title };
}

/** A document's bytes; throws DocumentError with the system's reason, worded for a person, when they cannot be read. */
export async function readDocumentBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new DocumentError(path, systemErrorReason(error));
  }
}

/** A .txt/.html document from its bytes; throws DocumentError when they are not text. */
export function documentFromBytes(path: string, bytes: Uint8Array): LoadedDocument {
  const source = decodeDocument(bytes);
  if (source === null) throw new DocumentError(path, 'not a text or HTML file (binary content or unknown encoding)');
  return documentFromSource(source, HTML_EXTENSIONS.test(path) || looksLikeHtml(source));
}

/** Reads a .txt/.html document; throws DocumentError (with a printable one-line message) when it cannot. */
export async function readDocument(path: string): Promise<LoadedDocument> {
  return documentFromBytes(path, await readDocumentBytes(path));
}
