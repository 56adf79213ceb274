/**
 * Launches Debian's Chromium with the built extension (playwright-core, no browser download) and records every
 * request made by the pages and the extension's service worker.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionDir = process.env.EXTENSION_DIR ?? path.join(repoRoot, '.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  requests: Request[];
  close(): Promise<void>;
}

/**
 * `userDataDir` keeps a profile across launches (the caller removes it); by default a fresh one is made and removed.
 * `locale` sets the browser's UI language (the extension's i18n follows it). `headless: false` shows the window
 * (the demo, when a display exists).
 */
export async function launchWithExtension(
  options: { userDataDir?: string; locale?: string; headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`no extension build at ${extensionDir}: run \`npx wxt build\` first`);
  }
  // Service-worker network events are opt-in in Playwright.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'indicator-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    ...(options.locale ? { locale: options.locale } : {}),
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    requests,
    async close() {
      await context.close();
      if (!options.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export type HighlightDump = Record<string, string[]>;

/** Every `indicator-lens-*` highlight in the page, as the strings its ranges cover (read from the page's world). */
export function readHighlights(page: Page): Promise<HighlightDump> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('indicator-lens-')) continue;
      out[name] = [...highlight].map((r) => (r instanceof Range ? r.toString() : ''));
    }
    return out;
  });
}

export const PAINTED_KINDS = ['target', 'actual', 'progress', 'masked'].map((k) => `indicator-lens-${k}`);

export function paintedTexts(dump: HighlightDump): string[] {
  return PAINTED_KINDS.flatMap((k) => dump[k] ?? []);
}

/** Waits until the extension has painted at least `min` figures (or the timeout passes); returns the dump. */
export async function waitForHighlights(page: Page, min = 1, timeout = 20_000): Promise<HighlightDump> {
  await page
    .waitForFunction(
      ({ kinds, min }) => kinds.reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0) >= min,
      { kinds: PAINTED_KINDS, min },
      { timeout, polling: 100 },
    )
    .catch(() => undefined);
  return readHighlights(page);
}

/** The badge text of the active tab, read in the service worker. */
export function activeTabBadge(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    type Chrome = {
      tabs: { query(q: object): Promise<Array<{ id?: number }>> };
      action: { getBadgeText(d: { tabId: number }): Promise<string> };
    };
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '<no tab>' : api.action.getBadgeText({ tabId: tab.id });
  });
}

/** Sends a protocol envelope to the active tab's top frame from the service worker; returns the reply. */
export function sendToActiveTab(worker: Worker, message: { type: string; payload: unknown }): Promise<unknown> {
  return worker.evaluate(async (msg) => {
    type Chrome = {
      tabs: {
        query(q: object): Promise<Array<{ id?: number }>>;
        sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown>;
      };
    };
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return api.tabs.sendMessage(tab!.id!, msg, { frameId: 0 });
  }, message);
}

/** Text of `[data-part=…]` elements inside the extension's shadow UI. */
export function uiParts(page: Page, part: string): Promise<string[]> {
  return page.evaluate(
    (p) =>
      [...(document.querySelector('[data-indicator-lens]')?.shadowRoot?.querySelectorAll(`[data-part="${p}"]`) ?? [])].map(
        (el) => el.textContent ?? '',
      ),
    part,
  );
}

/** The strings covered by one highlight (e.g. 'indicator-lens-flash'). */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r instanceof Range ? r.toString() : '')), name);
}
