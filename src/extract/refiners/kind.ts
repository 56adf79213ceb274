/**
 * Target or actual. The nearest cue word before the figure in its sentence decides (确保…, 截至5月底…); else the
 * section the figure stands in (a review or a plan); else a cue after the figure (…的目标任务); else the page's tense.
 */
import type { Kind } from '../types';
import { ACTUAL_CUES, TARGET_CUES, TRAILING_TARGET_CUES } from '../lexicon/cues';
import { literalAlternation, literalRegex } from '../text/alternation';
import type { SectionState } from '../context/sections';
import { fullSentenceStart } from '../text/sentences';

const CUE_RE = new RegExp(`(?<target>${literalAlternation(TARGET_CUES)})|(?<actual>${literalAlternation(ACTUAL_CUES)})`, 'g');
const TRAILING_TARGET = literalRegex(TRAILING_TARGET_CUES, '');

export function refineKind(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  figureStart: number,
  figureEnd: number,
  section: SectionState,
): Exclude<Kind, 'progress'> {
  let nearest: Exclude<Kind, 'progress'> | null = null;
  const before = text.slice(fullSentenceStart(text, sentenceStart), figureStart);
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(before); m !== null; m = CUE_RE.exec(before)) {
    nearest = m.groups?.target ? 'target' : 'actual';
  }
  if (nearest) return nearest;
  if (section.mode) return section.mode;
  if (TRAILING_TARGET.test(text.slice(figureEnd, sentenceEnd))) return 'target';
  return 'actual';
}
