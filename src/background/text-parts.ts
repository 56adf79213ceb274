/**
 * The slices of long page texts (src/gate/text-slices.ts), kept per frame until the `extract` that ends their run.
 * A frame has one run at a time: a slice of a newer run drops the older one (the page changed; its text is stale), and
 * a run is bounded like a whole text (MAX_EXTRACT_TEXT), so a page cannot grow the worker's memory without end.
 */
import { MAX_EXTRACT_TEXT } from '../messaging/validate';

/** Frames with a run under way at once; past it, the oldest run is dropped (its `extract` then fails). */
const MAX_RUNS = 64;

export interface TextParts {
  /** Keeps slice `index` of `run` for `frame`; an error (thrown) when it is out of order or over the bound. */
  add(frame: string, run: string, index: number, text: string): number;
  /** The whole text of `run`: its `parts` slices and the `last`; throws when the run is unknown or incomplete. */
  join(frame: string, run: string, parts: number, last: string): string;
  /** Drops the runs of a closed tab's frames. */
  dropTab(tabId: number): void;
}

export function createTextParts(maxChars = MAX_EXTRACT_TEXT): TextParts {
  const runs = new Map<string, { run: string; slices: string[]; chars: number }>();
  return {
    add(frame, run, index, text) {
      let held = runs.get(frame);
      if (!held || held.run !== run) {
        if (index !== 0) throw new Error('a slice of a run that was dropped or never started');
        runs.delete(frame);
        held = { run, slices: [], chars: 0 };
        if (runs.size >= MAX_RUNS) runs.delete(runs.keys().next().value!);
      }
      if (index !== held.slices.length) throw new Error(`slice ${index} out of order (expected ${held.slices.length})`);
      if (held.chars + text.length > maxChars) {
        runs.delete(frame);
        throw new Error(`text longer than ${maxChars}`);
      }
      held.slices.push(text);
      held.chars += text.length;
      runs.set(frame, held);
      return held.chars;
    },
    join(frame, run, parts, last) {
      const held = runs.get(frame);
      if (!held || held.run !== run) throw new Error('superseded by newer text from the same page');
      runs.delete(frame);
      if (held.slices.length !== parts) throw new Error(`${held.slices.length} of ${parts} slices arrived`);
      if (held.chars + last.length > maxChars) throw new Error(`text longer than ${maxChars}`);
      return held.slices.join('') + last;
    },
    dropTab(tabId) {
      for (const frame of runs.keys()) if (frame.startsWith(`${tabId}/`)) runs.delete(frame);
    },
  };
}
