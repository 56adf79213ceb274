/**
 * Jekyll front matter (`---` / `key: value` lines / `---`) at the top of a document. The corpus has Jekyll posts
 * saved as .txt files whose body is HTML.
 */

export interface FrontMatter {
  title?: string;
  /** The `date:` line as written (2021-10-18, Mon, 18 Oct 2021 04:50:16 GMT): the page's "now". */
  date?: string;
  /** The document after the front matter. */
  body: string;
}

const FRONT_MATTER = /^(?:[ \t]*\n)*---[ \t]*\n((?:[^\n]*\n){0,60}?)---[ \t]*(?:\n|$)/;
const KEY_LINE = /^[A-Za-z_][\w-]*\s*:/;

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
    try {
      return JSON.parse(value) as string; // YAML double-quoted escapes are a superset of JSON's common ones
    } catch {
      return value.slice(1, -1);
    }
  }
  if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/** Splits off front matter when the text (BOM stripped, LF line ends) starts with one; otherwise body = text. */
export function splitFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text };
  const lines = match[1]!.split('\n').filter((line) => line.trim() !== '');
  // A document that merely starts with a horizontal rule has no `key:` lines between the dashes.
  if (lines.length === 0 || !lines.every((line) => KEY_LINE.test(line) || /^\s/.test(line) || line.startsWith('- '))) {
    return { body: text };
  }
  const titleLine = lines.find((line) => /^title\s*:/.test(line));
  const title = titleLine ? unquote(titleLine.replace(/^title\s*:/, '')) : '';
  const dateLine = lines.find((line) => /^date\s*:/.test(line));
  const date = dateLine ? unquote(dateLine.replace(/^date\s*:/, '')) : '';
  const body = text.slice(match[0].length);
  return { ...(title && { title }), ...(date && { date }), body };
}
