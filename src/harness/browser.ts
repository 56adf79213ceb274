/**
 * Launches Debian's Chromium with the built extension (playwright-core, no browser download) and records every
 * request made by the pages and the extension's service worker; reads the extension's UI and the page's highlights.
 * Shared by the end-to-end tests and the command-line tools that drive a browser (bench:page, demo, screenshot).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { partCenter, partTexts } from './shadow-parts';

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

interface DomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findHost(node: DomNode): DomNode | null {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'data-indicator-lens') return node;
  for (const child of node.children ?? []) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

/**
 * Runs `fn` on the extension's in-page UI root, which is a closed shadow root: page scripts cannot reach it, so the
 * test goes through the DevTools protocol, as a debugger would. Resolves to null while the page has no UI.
 */
export async function inExtensionUi<A, R>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg: A): Promise<Awaited<R> | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findHost(root)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const reply = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (reply.exceptionDetails) throw new Error(`in the extension UI: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value as Awaited<R>;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Text of `[data-part=…]` elements inside the extension's shadow UI. */
export async function uiParts(page: Page, part: string): Promise<string[]> {
  return (await inExtensionUi(page, partTexts, part)) ?? [];
}

/** Waits until the extension's UI shows a `[data-part=…]` element (a card, the panel). */
export async function waitForUiPart(page: Page, part: string, timeout = 5_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await uiParts(page, part)).length === 0) {
    if (Date.now() > until) throw new Error(`no ${part} in the extension UI after ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

/** Clicks the `index`th `[data-part=…]` element of the extension's UI with the mouse, as a person would (a trusted click). */
export async function clickUiPart(page: Page, part: string, index = 0): Promise<void> {
  const point = await inExtensionUi(page, partCenter, { part, index });
  if (!point) throw new Error(`no ${part} #${index} in the extension UI`);
  await page.mouse.click(point.x, point.y);
}

/** The strings covered by one highlight (e.g. 'indicator-lens-flash'). */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r instanceof Range ? r.toString() : '')), name);
}

/** The texts of the clipped library's figures, asked from an extension page as the library view asks. */
export async function libraryTexts(browser: ExtensionBrowser): Promise<string[]> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/compare.html`);
    const reply = (await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'library:list',
        payload: {},
      }),
    )) as { ok: boolean; value?: { entries: Array<{ record: { text: string } }> }; error?: string };
    if (!reply.ok || !reply.value) throw new Error(`library:list: ${reply.error ?? 'no reply'}`);
    return reply.value.entries.map((e) => e.record.text);
  } finally {
    await page.close();
  }
}

/**
 * The colour most of the page's background shows under a highlighted figure, read from a screenshot (decoded by a
 * canvas in a blank page of the same browser): what a reader sees, whichever stylesheet painted it. Null when no
 * highlight of `name` covers `text`.
 */
export async function tintUnder(page: Page, name: string, text: string): Promise<[number, number, number] | null> {
  const rect = await page.evaluate(
    ({ n, t }) => {
      const range = ([...(CSS.highlights.get(n) ?? [])] as Range[]).find((r) => r.toString().includes(t));
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left, y: r.top, width: Math.max(1, r.width), height: Math.max(1, r.height) };
    },
    { n: name, t: text },
  );
  if (!rect) return null;
  const png = await page.screenshot({ clip: rect });
  const canvasPage = await page.context().newPage();
  try {
    return await canvasPage.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      // The commonest light colour: the tinted background between the glyphs.
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r + g + b < 450) continue;
        const key = `${r},${g},${b}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      return top ? (top[0].split(',').map(Number) as [number, number, number]) : null;
    }, png.toString('base64'));
  } finally {
    await canvasPage.close();
  }
}

/** Runs `use` with the built extension in Chromium and a fixture server, closing both however it ends. */
export async function withExtensionAndServer<T>(
  use: (browser: ExtensionBrowser, server: FixtureServer) => Promise<T>,
  options?: Parameters<typeof launchWithExtension>[0],
): Promise<T> {
  const server = await startFixtureServer();
  try {
    const browser = await launchWithExtension(options);
    try {
      return await use(browser, server);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
