/**
 * A long page is extracted twice: first its beginning, so the highlights on screen show while the background is
 * still reading the rest, then the whole text, whose records replace the preview's. On a busy two-core machine the
 * background read a 100,000-character page in 40–120 ms while the page was rendering, its first 10,000 characters
 * in a tenth of that.
 */

/** Pages shorter than this are extracted in one pass: a preview would save little and cost a message. */
export const PREVIEW_MIN_TEXT = 30_000;
/** About the first few screens of an article; the cut falls on the line break before it. */
export const PREVIEW_CHARS = 10_000;

/**
 * Where the preview of `text` ends: after the last line break (else sentence end) within the first PREVIEW_CHARS
 * but not before half of them, so no figure or sentence is cut in two. Null when the page gets no preview.
 */
export function previewEnd(text: string): number | null {
  if (text.length < PREVIEW_MIN_TEXT) return null;
  const floor = PREVIEW_CHARS / 2;
  const line = text.lastIndexOf('\n', PREVIEW_CHARS);
  if (line >= floor) return line + 1;
  for (let i = PREVIEW_CHARS; i >= floor; i--) {
    const c = text[i];
    if (c === '。' || c === '！' || c === '？' || c === '；') return i + 1;
  }
  return null;
}
