/**
 * Who styles the highlights, in the user's colours: the browser when the background can insert the sheet (out of the
 * page's reach), else a sheet adopted here. Styled on the first paint, restyled when the colours change, removed with
 * `signal`.
 */
import { measureSpan as measure } from '../gate/bench-span';
import { adoptCss, highlightCss, pageTheme, type ColourOverrides, type Theme } from './styles';

export interface HighlightStyleDeps {
  signal: AbortSignal;
  doc: Document;
  /** The user's highlight colours (settings). */
  highlightColours?(): Promise<ColourOverrides>;
  /** Has the browser insert the styles; false, or missing, and a sheet is adopted instead. */
  insertStyles?(theme: Theme): Promise<boolean>;
  removeStyles?(): Promise<unknown>;
}

export interface HighlightStyle {
  /** Styles the highlights unless they already are. */
  ensure(): void;
  /** Reads the user's colours; highlights already styled are restyled with them. */
  loadColours(): Promise<void>;
}

export function createHighlightStyle(deps: HighlightStyleDeps): HighlightStyle {
  const { signal, doc } = deps;
  /** Nobody yet, the browser (asked through the background), or a sheet adopted here. */
  let mode: 'none' | 'browser' | 'adopted' = 'none';
  let unadopt: (() => void) | null = null;
  let colours: ColourOverrides = {};

  signal.addEventListener('abort', remove);

  function adopt(theme: Theme): void {
    if (signal.aborted) return;
    unadopt?.();
    unadopt = adoptCss(doc, highlightCss(theme, colours));
    mode = 'adopted';
  }

  function apply(): void {
    const theme = pageTheme(doc);
    if (!deps.insertStyles) return adopt(theme);
    if (mode === 'none') mode = 'browser'; // asked for; the answer follows
    deps.insertStyles(theme).then(
      (inserted) => {
        if (signal.aborted) return;
        if (!inserted) return adopt(theme);
        unadopt?.();
        unadopt = null;
        mode = 'browser';
      },
      () => adopt(theme),
    );
  }

  function remove(): void {
    unadopt?.();
    unadopt = null;
    if (mode === 'browser') void deps.removeStyles?.().catch(() => undefined);
    mode = 'none';
  }

  return {
    ensure() {
      if (mode !== 'none') return;
      const t0 = performance.now();
      apply();
      measure('style', t0);
    },
    async loadColours() {
      const next = await deps.highlightColours?.().catch(() => null);
      if (!next || signal.aborted) return;
      colours = next;
      if (mode !== 'none') apply();
    },
  };
}
