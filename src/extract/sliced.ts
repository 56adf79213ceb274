/**
 * Runs a stepped extraction (engine.ts `extractSteps`) in slices of a few milliseconds, giving the event loop a turn
 * between slices: the background answers other tabs' messages while a long page is read, and drops a run whose page
 * sent newer text (`signal`).
 */
import type { ExtractResult, SliceOptions } from './types';

export const DEFAULT_SLICE_MS = 12;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runSliced(steps: Generator<void, ExtractResult>, options: SliceOptions = {}): Promise<ExtractResult> {
  const { signal, sliceMs = DEFAULT_SLICE_MS, pause = macrotask } = options;
  signal?.throwIfAborted();
  let sliceStart = performance.now();
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return next.value;
    if (performance.now() - sliceStart < sliceMs) continue;
    await pause();
    signal?.throwIfAborted();
    sliceStart = performance.now();
  }
}
