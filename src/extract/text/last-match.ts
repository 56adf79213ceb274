/** Where the last match of a global pattern in `s` starts, or -1 (the last cue of a head-final heading decides). */
export function lastMatchStart(re: RegExp, s: string): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index;
  return at;
}

/** Where the last match of a global pattern in `s` ends, or -1 (what follows the last standard or decision named). */
export function lastMatchEnd(re: RegExp, s: string): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index + m[0].length;
  return at;
}
