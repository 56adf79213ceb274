/**
 * One small interface over the browsers the end-to-end scenarios run in — Chromium through playwright-core, Firefox
 * ESR and Firefox 140 through puppeteer-core — so a scenario is written once and run in each. Each driver keeps one
 * browser (and one profile) for its test file; `restart` closes it and opens the same profile again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { inExtensionUi, launchWithExtension, type ExtensionBrowser } from './browser';
import { inClosedUiOverBidi } from './bidi-shadow';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxExtensionBrowser, type FirefoxVersion } from './firefox';

export type BrowserName = 'chromium' | FirefoxVersion;
export const ALL_BROWSERS: BrowserName[] = ['chromium', 'firefox-esr', 'firefox-140'];

/** The browsers to run, from E2E_BROWSERS (comma-separated), all by default. */
export function browsersToRun(): BrowserName[] {
  const wanted = process.env.E2E_BROWSERS?.split(',').map((s) => s.trim()).filter(Boolean);
  return wanted ? ALL_BROWSERS.filter((b) => wanted.includes(b)) : ALL_BROWSERS;
}

/** A frame of a tab; `evaluate` runs in the frame's own world. */
export interface DrivenFrame {
  url(): string;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
}

/** A tab: a web page or an extension page. `evaluate` runs in the page's own world. */
export interface DrivenPage extends DrivenFrame {
  bringToFront(): Promise<void>;
  /** A PNG of a part of the viewport, in CSS pixels. */
  screenshot(clip: { x: number; y: number; width: number; height: number }): Promise<Buffer>;
  /** The top frame first, then every iframe. */
  frames(): DrivenFrame[];
  /** A person's key press, trusted by the page: `Alt+Shift+KeyJ`, `Escape`, `Tab`. */
  press(keys: string): Promise<void>;
  /** A person's pointer moving (in `steps`) to a point of the viewport, in CSS pixels. */
  moveMouse(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /**
   * Runs `fn` on the extension's in-page UI, a closed shadow root no page script can reach, through the browser's
   * automation protocol as a debugger would (Chromium's DevTools protocol, Firefox's WebDriver BiDi). Null while the
   * page has no UI.
   */
  inExtensionUi<A, R>(fn: (root: ShadowRoot, arg: A) => R, arg: A): Promise<Awaited<R> | null>;
  /** The bytes of the file `action` makes the browser download, read where the browser saved it. */
  download(action: () => Promise<void>): Promise<Buffer>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  /** Opens a web page in a new tab and waits for its load event. */
  open(url: string): Promise<DrivenPage>;
  /** Opens one of the extension's pages (popup.html, compare.html#library…) in a new tab, loaded. */
  openExtensionPage(file: string): Promise<DrivenPage>;
  /** The toolbar badge of the tab showing `url`. */
  badge(url: string): Promise<string>;
  /** Sends a protocol envelope to the top frame of the tab showing `url`, as the extension's pages do; the reply. */
  sendToTab(url: string, message: { type: string; payload: unknown }): Promise<unknown>;
  /** The extension's own origin (chrome-extension://<id>/ or moz-extension://<uuid>/). */
  extensionOrigin(): string;
  /** Every request URL the browser made so far. */
  requests(): string[];
  /** Closes the browser and opens it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** What only one of the two libraries can do: the way into the closed UI, and where a download lands. */
type OwnCalls = Pick<DrivenPage, 'inExtensionUi' | 'download'>;

/** Playwright's and Puppeteer's pages share the other calls; only their types differ. */
function driven(page: PlaywrightPage | PuppeteerPage, own: OwnCalls): DrivenPage {
  type Loose = { url(): string; evaluate(f: unknown, a: unknown): Promise<never> };
  const frame = (f: Loose): DrivenFrame => ({ url: () => f.url(), evaluate: (fn, arg) => f.evaluate(fn, arg) });
  const { keyboard, mouse } = page as PlaywrightPage;
  return {
    ...frame(page as unknown as Loose),
    bringToFront: () => page.bringToFront(),
    screenshot: async (clip) => Buffer.from(await (page.screenshot as (o: object) => Promise<Uint8Array>).call(page, { clip })),
    frames: () => (page.frames() as unknown as Loose[]).map(frame),
    // Modifiers held down around the key: both libraries take the same key names (KeyboardEvent.key / .code).
    async press(keys) {
      const parts = keys.split('+');
      const key = parts.pop()!;
      for (const m of parts) await keyboard.down(m);
      await keyboard.press(key);
      for (const m of parts.reverse()) await keyboard.up(m);
    },
    moveMouse: (x, y, steps = 1) => mouse.move(x, y, { steps }),
    click: (x, y) => mouse.click(x, y),
    ...own,
    close: () => page.close(),
  };
}

/** Chromium's own calls: the closed UI through the DevTools protocol, a download through Playwright's event. */
function chromiumOwn(page: PlaywrightPage): OwnCalls {
  return {
    inExtensionUi: (fn, arg) => inExtensionUi(page, fn, arg),
    async download(action) {
      const [file] = await Promise.all([page.waitForEvent('download'), action()]);
      return fs.readFileSync((await file.path())!);
    },
  };
}

/** Firefox's: the closed UI through WebDriver BiDi; downloads saved into `downloadDir` (profile prefs), read once complete. */
function firefoxOwn(ff: FirefoxExtensionBrowser, page: PuppeteerPage, downloadDir: string): OwnCalls {
  return {
    inExtensionUi: (fn, arg) => inClosedUiOverBidi(ff.browser, page.mainFrame(), fn, arg),
    async download(action) {
      const before = new Set(fs.existsSync(downloadDir) ? fs.readdirSync(downloadDir) : []);
      await action();
      const until = Date.now() + 15_000;
      for (;;) {
        const names = fs.existsSync(downloadDir) ? fs.readdirSync(downloadDir).filter((f) => !before.has(f)) : [];
        // Firefox writes `<name>.part` and renames it when the download is complete — and may first create the target as
        // an empty placeholder, or move a file between one listing and the next read: only a file read whole, with
        // content, is the download; anything else is polled again.
        const done = names.find((f) => !f.endsWith('.part'));
        if (done && !names.some((f) => f.endsWith('.part'))) {
          const content = readIfThere(path.join(downloadDir, done));
          if (content && content.length > 0) return content;
        }
        if (Date.now() > until) throw new Error(`no download in ${downloadDir} after 15 s (new: ${names.join(', ') || 'none'})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** A file's bytes, or null when it is gone by the time it is read (renamed or removed since it was listed). */
function readIfThere(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The badge of the tab showing `url`, asked in an extension context (Chromium's service worker, a Firefox extension
 * page): MV3's `action` or MV2's `browserAction`. Tab URLs are readable through the host permissions.
 */
async function badgeOfTab(url: string): Promise<string> {
  type Api = {
    tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
    action?: { getBadgeText(d: { tabId: number }): Promise<string> };
    browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
  };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (tab?.id === undefined) return '<no tab>';
  return (api.action ?? api.browserAction)!.getBadgeText({ tabId: tab.id });
}

/** Sends `message` to the top frame of the tab showing `url`, from an extension context (as `badgeOfTab`). */
async function sendToTabOf({ url, message }: { url: string; message: unknown }): Promise<unknown> {
  type Api = {
    tabs: {
      query(q: object): Promise<Array<{ id?: number; url?: string }>>;
      sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown>;
    };
  };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
  return api.tabs.sendMessage(tab.id, message, { frameId: 0 });
}

async function chromiumDriver(profile: string): Promise<BrowserDriver> {
  let b: ExtensionBrowser = await launchWithExtension({ userDataDir: profile, locale: 'zh-CN' });
  const earlier: string[] = [];
  return {
    name: 'chromium',
    async open(url) {
      const page = await b.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return driven(page, chromiumOwn(page));
    },
    async openExtensionPage(file) {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(`chrome-extension://${b.extensionId}/${file}`, { waitUntil: 'load' });
      return driven(page, chromiumOwn(page));
    },
    badge: (url) => b.worker.evaluate(badgeOfTab, url),
    sendToTab: (url, message) => b.worker.evaluate(sendToTabOf, { url, message }),
    extensionOrigin: () => `chrome-extension://${b.extensionId}/`,
    requests: () => [...earlier, ...b.requests.map((r) => r.url())],
    async restart() {
      earlier.push(...b.requests.map((r) => r.url()));
      await b.close();
      b = await launchWithExtension({ userDataDir: profile, locale: 'zh-CN' });
    },
    close: () => b.close(),
  };
}

async function firefoxDriver(version: FirefoxVersion, profile: string, extension?: string): Promise<BrowserDriver> {
  const downloadDir = path.join(profile, 'downloads');
  const launch = () => launchFirefox(version, { userDataDir: profile, locale: 'zh-CN', extension, downloadDir });
  let ff: FirefoxExtensionBrowser = await launch();
  const requests: string[] = [];
  /** An extension page kept open to ask the extension's APIs (badge) from. */
  let control: PuppeteerPage | null = null;
  return {
    name: version,
    async open(url) {
      const page = await ff.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return driven(page, firefoxOwn(ff, page, downloadDir));
    },
    async openExtensionPage(file) {
      const page = await openFirefoxExtensionPage(ff, file);
      return driven(page, firefoxOwn(ff, page, downloadDir));
    },
    async badge(url) {
      control ??= await openFirefoxExtensionPage(ff, 'options.html');
      return control.evaluate(badgeOfTab, url);
    },
    async sendToTab(url, message) {
      control ??= await openFirefoxExtensionPage(ff, 'options.html');
      return control.evaluate(sendToTabOf, { url, message });
    },
    extensionOrigin: () => ff.extensionOrigin,
    requests: () => [...requests, ...ff.requests],
    async restart() {
      requests.push(...ff.requests);
      control = null;
      await ff.close();
      ff = await launch();
    },
    close: () => ff.close(),
  };
}

/**
 * Launches `name` with the built extension on a fresh profile (removed on close). `firefoxExtension`: what Firefox
 * installs (the unpacked build by default, or the zip users get).
 */
export async function launchDriver(name: BrowserName, options: { firefoxExtension?: string } = {}): Promise<BrowserDriver> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `indicator-lens-${name}-`));
  const driver = name === 'chromium' ? await chromiumDriver(profile) : await firefoxDriver(name, profile, options.firefoxExtension);
  const close = driver.close;
  return {
    ...driver,
    async close() {
      await close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
