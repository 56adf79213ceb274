/**
 * Wires every background feature to one message router. Feature modules add their handlers here, one line each.
 */
import { browser } from 'wxt/browser';
import type { Envelope } from '../messaging/protocol';
import { createRouter, type Router } from '../messaging/router';
import { sendToTab } from '../messaging/send';
import { clearStaleMirror, createMirroredArea, createTabResultsStore } from '../store/tab-results';
import { browserSettings } from '../settings';
import { appliedSettingsIn, followSettings, mayInject } from '../settings/follow-settings';
import { createSettingsEngine } from '../settings/settings-engine';
import { registerAnnotateHandlers } from './annotate-handlers';
import { browserLibraryDeps, registerLibraryHandlers } from './library-handlers';
import { registerStyleHandlers } from './style-handlers';
import { restrictStorageToExtension, type StorageAreas } from './storage-access';
import { registerPdfHandlers, registerPdfMenu } from './pdf-handlers';
import { loadColourOverrides } from '../settings/colours';
import { senderProblem } from '../messaging/senders';
import type { BadgeApi } from './badge';

/** Name of the manifest command that toggles the in-page panel. */
export const PANEL_COMMAND = 'toggle-panel';

const ANNOTATOR_SCRIPT = '/content-scripts/content.js';

/** Firefox MV2 has no `scripting` namespace: the tabs API inserts and removes CSS there. */
interface TabsCss {
  insertCSS(tabId: number, details: { code: string; frameId: number }): Promise<void>;
  removeCSS(tabId: number, details: { code: string; frameId: number }): Promise<void>;
}

async function insertCss(tabId: number, frameId: number, css: string): Promise<void> {
  if (browser.scripting) await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css });
  else await (browser.tabs as unknown as TabsCss).insertCSS(tabId, { code: css, frameId });
}

async function removeCss(tabId: number, frameId: number, css: string): Promise<void> {
  if (browser.scripting) await browser.scripting.removeCSS({ target: { tabId, frameIds: [frameId] }, css });
  else await (browser.tabs as unknown as TabsCss).removeCSS(tabId, { code: css, frameId });
}

async function injectAnnotator(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANNOTATOR_SCRIPT] });
    return;
  }
  // Firefox MV2: no `scripting` namespace.
  const tabs = browser.tabs as unknown as {
    executeScript(tabId: number, details: { file: string; frameId: number }): Promise<unknown>;
  };
  await tabs.executeScript(tabId, { file: ANNOTATOR_SCRIPT, frameId });
}

export function registerBackground(): Router {
  const libraryDeps = browserLibraryDeps();
  const router = createRouter({ checkSender: (type, sender) => senderProblem(type, sender, libraryDeps.isExtensionPage) });

  void restrictStorageToExtension(browser.storage as StorageAreas);
  const session = browser.storage.session;
  const area = session ?? createMirroredArea(browser.storage.local);
  // Tab ids restart with the browser; a mirror left by the last session would name other tabs.
  if (!session) browser.runtime.onStartup.addListener(() => void clearStaleMirror(browser.storage.local));
  // Firefox MV2 has browserAction only.
  const badge = (browser.action ?? (browser as unknown as { browserAction: BadgeApi }).browserAction) as BadgeApi;

  // The engine runs under the user's settings (custom indicators, hidden indicators, switched-off sites).
  const settings = browserSettings();
  const engine = createSettingsEngine({
    store: settings,
    options: () => ({ wasmUrl: browser.runtime.getURL('/jieba_rs_wasm_bg.wasm' as '/') }),
  });
  const settingsChanged: Envelope<'settings:changed'> = { type: 'settings:changed', payload: {} };
  followSettings({
    store: settings,
    engine,
    tabs: browser.tabs,
    // No frameId: every annotated frame of the tab re-extracts.
    notify: (tabId) => browser.tabs.sendMessage(tabId, settingsChanged),
    inject: (tabId) => injectAnnotator(tabId, 0),
    // (Firefox MV2's background page is never stopped: there, memory is enough.)
    ...(session && { applied: appliedSettingsIn(session) }),
  });

  const store = createTabResultsStore(area);
  registerAnnotateHandlers(router, {
    engine,
    store,
    badge,
    tabs: browser.tabs,
    // The gate runs everywhere; a site the user switched off gets nothing more.
    mayAnnotate: (tabUrl) => mayInject(settings, tabUrl),
    injectAnnotator,
  });

  registerPdfHandlers(router, { engine, store, badge, pageTitle: (title, page) => browser.i18n.getMessage('pdf_page_title', [title, String(page)]) });
  if (browser.contextMenus) {
    registerPdfMenu(browser.contextMenus, {
      title: browser.i18n.getMessage('pdf_open_in_viewer'),
      origin: browser.runtime.getURL('/'),
      openTab: (url, index) => void browser.tabs.create({ url, ...(index !== undefined && { index }) }),
    });
  }

  registerLibraryHandlers(router, libraryDeps);
  registerStyleHandlers(router, {
    insertCss,
    removeCss,
    colours: () => loadColourOverrides({ sync: browser.storage.sync, local: browser.storage.local }),
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== PANEL_COMMAND || tab?.id === undefined) return;
    sendToTab(tab.id, 'panel:toggle', {}).catch(() => undefined); // no content script on this tab
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => router.dispatch(message, sender));
  return router;
}
