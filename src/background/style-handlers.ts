/**
 * Highlight styles for annotated frames, inserted by the browser (scripting.insertCSS, tabs.insertCSS in Firefox MV2):
 * such a sheet is in no list the page's scripts can read or change, so a page that resets `adoptedStyleSheets` or
 * removes <style> elements cannot make the highlights invisible, and the page's DOM is never touched. The colours
 * come from the settings here, not from the content script.
 */
import type { Router, Sender } from '../messaging/router';
import { validateEmpty, validateTheme } from '../messaging/validate';
import { highlightCss, type ColourOverrides } from '../annotate/styles';

export interface StyleDeps {
  insertCss(tabId: number, frameId: number, css: string): Promise<void>;
  removeCss(tabId: number, frameId: number, css: string): Promise<void>;
  colours(): Promise<ColourOverrides>;
}

export function registerStyleHandlers(router: Router, deps: StyleDeps): void {
  /** The sheet each frame has, to take out when it changes or the annotator stops. */
  const inserted = new Map<string, string>();
  const frameOf = (sender: Sender) =>
    sender.tab?.id === undefined ? null : { tabId: sender.tab.id, frameId: sender.frameId ?? 0, key: `${sender.tab.id}/${sender.frameId ?? 0}` };

  router.on(
    'styles:insert',
    async ({ theme }, sender) => {
      const frame = frameOf(sender);
      if (!frame) return { inserted: false };
      const css = highlightCss(theme, await deps.colours());
      const old = inserted.get(frame.key);
      if (old === css) return { inserted: true };
      await deps.insertCss(frame.tabId, frame.frameId, css);
      inserted.set(frame.key, css);
      if (old !== undefined) await deps.removeCss(frame.tabId, frame.frameId, old).catch(() => undefined);
      return { inserted: true };
    },
    validateTheme,
  );

  // The annotator's own colours (an adopted sheet where the browser refuses insertCSS, the panel's swatches).
  router.on('colours:get', () => deps.colours(), validateEmpty);

  router.on(
    'styles:remove',
    async (_payload, sender) => {
      const frame = frameOf(sender);
      const css = frame ? inserted.get(frame.key) : undefined;
      if (!frame || css === undefined) return { removed: false };
      inserted.delete(frame.key);
      await deps.removeCss(frame.tabId, frame.frameId, css);
      return { removed: true };
    },
    validateEmpty,
  );
}
