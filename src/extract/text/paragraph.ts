/**
 * The paragraph or line before a figure, read back a bounded way only: a page without line breaks must not be scanned
 * again for each of its figures.
 */

/**
 * The text of the paragraph before `at`, at most `reach` characters back; `whole` when the paragraph starts within reach.
 * (A paragraph opening on 其中 goes on with the one before when `amongContinues`: …均值为5.0%。⏎5、其中，二季度失业率….)
 */
export function paragraphBefore(text: string, at: number, reach: number, amongContinues = false): { text: string; whole: boolean } {
  const context = text.slice(Math.max(0, at - reach), at);
  let cut = context.lastIndexOf('\n');
  if (amongContinues && cut >= 0 && AMONG_OPENING.test(context.slice(cut + 1))) cut = context.lastIndexOf('\n', cut - 1);
  return { text: context.slice(cut + 1), whole: cut >= 0 || at <= reach };
}
const AMONG_OPENING = /^\s*(?:\d{1,2}[、.．]\s*)?其中/;

/** Where the line holding `at` starts, or -1 when it starts more than `reach` characters back. */
export function lineStartWithin(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  const cut = text.slice(from, at).lastIndexOf('\n');
  return cut >= 0 ? from + cut + 1 : from === 0 ? 0 : -1;
}

/**
 * Where the line holding `at` starts, read back `reach` characters at most: a longer line is taken to start there, so a
 * rule that asks for each figure's line costs no pass over a page without line breaks.
 */
export function lineStartNear(text: string, at: number, reach: number): number {
  const start = lineStartWithin(text, at, reach);
  return start >= 0 ? start : at - reach;
}
