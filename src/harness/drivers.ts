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
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxExtensionBrowser, type FirefoxVersion } from './firefox';

export type BrowserName = 'chromium' | FirefoxVersion;
export const ALL_BROWSERS: BrowserName[] = ['chromium', 'firefox-esr', 'firefox-140'];

/** The browsers to run, from E2E_BROWSERS (comma-separated), all by default. */
export function browsersToRun(): BrowserName[] {
  const wanted = process.env.E2E_BROWSERS?.split(',').map((s) => s.trim()).filter(Boolean);
  return wanted ? ALL_BROWSERS.filter((b) => wanted.includes(b)) : ALL_BROWSERS;
}

/** A tab: a web page or an extension page. `evaluate` runs in the page's own world. */
export interface DrivenPage {
  url(): string;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  bringToFront(): Promise<void>;
  /** A PNG of a part of the viewport, in CSS pixels. */
  screenshot(clip: { x: number; y: number; width: number; height: number }): Promise<Buffer>;
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
  /** The extension's own origin (chrome-extension://<id>/ or moz-extension://<uuid>/). */
  extensionOrigin(): string;
  /** Every request URL the browser made so far. */
  requests(): string[];
  /** Closes the browser and opens it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Playwright's and Puppeteer's pages share these four calls; only their types differ. */
function driven(page: PlaywrightPage | PuppeteerPage): DrivenPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => (page.evaluate as (f: unknown, a: unknown) => Promise<never>).call(page, fn, arg),
    bringToFront: () => page.bringToFront(),
    screenshot: async (clip) => Buffer.from(await (page.screenshot as (o: object) => Promise<Uint8Array>).call(page, { clip })),
    close: () => page.close(),
  };
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

async function chromiumDriver(profile: string): Promise<BrowserDriver> {
  let b: ExtensionBrowser = await launchWithExtension({ userDataDir: profile, locale: 'zh-CN' });
  const earlier: string[] = [];
  return {
    name: 'chromium',
    async open(url) {
      const page = await b.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return driven(page);
    },
    async openExtensionPage(file) {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(`chrome-extension://${b.extensionId}/${file}`, { waitUntil: 'load' });
      return driven(page);
    },
    badge: (url) => b.worker.evaluate(badgeOfTab, url),
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
  const launch = () => launchFirefox(version, { userDataDir: profile, locale: 'zh-CN', extension });
  let ff: FirefoxExtensionBrowser = await launch();
  const requests: string[] = [];
  /** An extension page kept open to ask the extension's APIs (badge) from. */
  let control: PuppeteerPage | null = null;
  return {
    name: version,
    async open(url) {
      const page = await ff.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return driven(page);
    },
    async openExtensionPage(file) {
      return driven(await openFirefoxExtensionPage(ff, file));
    },
    async badge(url) {
      control ??= await openFirefoxExtensionPage(ff, 'options.html');
      return control.evaluate(badgeOfTab, url);
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
