/**
 * Sends a page's text for extraction in slices. Serialising one message is one task in the page: 930,000 characters
 * in one `extract` took 51–150 ms of the page's main thread. A long text goes as `extract:part` messages of
 * TEXT_SLICE_CHARS characters, each sent once the background has taken the one before (so each is its own task),
 * and the `extract` that ends the run carries the last slice; the background joins them per frame and run
 * (src/background/text-parts.ts).
 */
import type { ExtractResult, PageInfo } from '../extract/types';
import type { Send } from '../messaging/protocol';
import { measureSpan } from './bench-span';

/** ~1 ms of serialising on a slow machine: far under the 50 ms a long task starts at. */
export const TEXT_SLICE_CHARS = 64 * 1024;

const runId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The engine's records of `text`, sent in slices when it is long; `preview` as in the `extract` message. */
export async function sendPageText(send: Send, text: string, page: PageInfo, preview = false): Promise<ExtractResult> {
  const flags = preview ? { preview } : {};
  if (text.length <= TEXT_SLICE_CHARS) return timed(() => send('extract', { text, page, ...flags }));
  const run = runId();
  const parts = Math.ceil(text.length / TEXT_SLICE_CHARS) - 1;
  for (let index = 0; index < parts; index++) {
    const slice = text.slice(index * TEXT_SLICE_CHARS, (index + 1) * TEXT_SLICE_CHARS);
    await timed(() => send('extract:part', { run, index, text: slice }));
  }
  return timed(() => send('extract', { text: text.slice(parts * TEXT_SLICE_CHARS), page, ...flags, run, parts }));
}

/** The synchronous part of a send (serialising the message) is timed for the benchmarks. */
function timed<T>(sendOne: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const reply = sendOne();
  measureSpan('send', t0);
  return reply;
}
