/** A debounce with a longest wait and a least gap, shared by the gate and the annotator's page watcher. */

export interface Debounced {
  trigger(): void;
  cancel(): void;
}

/**
 * Runs `fn` once mutations pause for `debounceMs`, or `maxWaitMs` after the first of a burst, and never sooner
 * than `minGapMs()` after the previous run ended (so costly work on a busy page stays a bounded share of the time).
 */
export function debounce(fn: () => void, debounceMs: number, maxWaitMs: number, minGapMs: () => number = () => 0): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let lastRun = -Infinity;
  return {
    trigger() {
      const now = performance.now();
      if (timer === undefined) firstPending = now;
      clearTimeout(timer);
      const wait = Math.max(Math.min(debounceMs, firstPending + maxWaitMs - now), lastRun + minGapMs() - now, 0);
      timer = setTimeout(() => {
        timer = undefined;
        lastRun = performance.now();
        fn();
      }, wait);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
