/**
 * Reads the extension's own spans of work in a page (src/gate/bench-span.ts) for the benchmarks and the end-to-end
 * tests. They live in the content scripts' isolated world, where page scripts cannot see them, so they are read
 * through the DevTools protocol in that world (Chromium only): the page's top frame's context whose origin is the
 * extension's.
 */
import type { CDPSession } from 'playwright-core';
import { BENCH_ENTRIES_KEY, type BenchEntry } from '../gate/bench-span';

export type { BenchEntry };

export interface ExtensionTimeline {
  /** The entries recorded so far in the top frame (all, or those of one name); [] before the extension runs there. */
  entries(name?: string): Promise<BenchEntry[]>;
  /** Polls until `ready` holds for the entries, or `timeoutMs` passes (then returns what there is). */
  waitFor(ready: (entries: BenchEntry[]) => boolean, timeoutMs: number): Promise<BenchEntry[]>;
  /** Evaluates `expression` (awaited) in the extension's world of the top frame: what its content scripts can reach. */
  evaluate(expression: string): Promise<unknown>;
}

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { frameId?: string; type?: string };
}

/** Starts following the execution contexts of `cdp`'s page; call before or after navigation. */
export async function extensionTimeline(cdp: CDPSession): Promise<ExtensionTimeline> {
  const contexts = new Map<number, ContextDescription>();
  cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) => contexts.set(e.context.id, e.context));
  cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => contexts.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');

  async function extensionWorld(): Promise<number | null> {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = [...contexts.values()]
      .reverse()
      .find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin.startsWith('chrome-extension://'));
    return world?.id ?? null;
  }

  async function evaluate(expression: string): Promise<unknown> {
    const contextId = await extensionWorld();
    if (contextId === null) return undefined;
    const reply = (await cdp
      .send('Runtime.evaluate', { contextId, expression, returnByValue: true, awaitPromise: true })
      .catch(() => null)) as { result?: { value?: unknown } } | null;
    return reply?.result?.value;
  }

  async function entries(name?: string): Promise<BenchEntry[]> {
    const all = ((await evaluate(`globalThis.${BENCH_ENTRIES_KEY} ?? []`)) ?? []) as BenchEntry[];
    return name === undefined ? all : all.filter((e) => e.name === name);
  }

  return {
    entries,
    evaluate,
    async waitFor(ready, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const now = await entries();
        if (ready(now) || Date.now() > deadline) return now;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
