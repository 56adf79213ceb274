/**
 * How long the annotator runs in a frame, decided by the extension alone. WXT's content-script context stops a script
 * when a document event says a newer copy started, and a page can dispatch that event; so the annotator does not live
 * by it. It stops when a newer copy of itself starts in the same frame (content scripts of one extension share their
 * isolated world's globals, which the page cannot see) or when the extension is gone (reloaded, updated, removed).
 */
const STOP = Symbol.for('indicator-lens:stop-annotator');

export interface Lifetime {
  signal: AbortSignal;
  /** Stops the annotator if the extension that injected it is gone; true when it did. */
  stopIfOrphaned(): boolean;
}

export function annotatorLifetime(runtime: () => string | undefined, scope: object = globalThis): Lifetime {
  const g = scope as { [STOP]?: () => void };
  g[STOP]?.();
  const controller = new AbortController();
  const stop = () => controller.abort(new Error('annotator stopped'));
  g[STOP] = stop;
  controller.signal.addEventListener('abort', () => g[STOP] === stop && delete g[STOP], { once: true });
  return {
    signal: controller.signal,
    stopIfOrphaned() {
      let id: string | undefined;
      try {
        id = runtime();
      } catch {
        id = undefined;
      }
      if (id) return false;
      stop();
      return true;
    },
  };
}

/**
 * Calls `onChange` when the frame's URL changes without a reload (pushState, replaceState, back and forward): the
 * history API changes no event a content script sees, so the URL is compared on a timer, as WXT's watcher does.
 */
export function watchLocation(win: Window, signal: AbortSignal, onChange: () => void, everyMs = 1_000): void {
  let last = win.location.href;
  const timer = win.setInterval(() => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  }, everyMs);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
