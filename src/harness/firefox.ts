/**
 * Launches a real Firefox (Debian's ESR, or the 140 ESR that tests/setup.sh unpacks into .cache/) headless through
 * puppeteer-core over WebDriver BiDi, installs the built extension, and records every HTTP request the browser makes
 * through a local recording proxy: BiDi reports only the requests of the pages it drives, not the extension's
 * background page's, while a proxy sees every request of every context.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { repoRoot } from './browser';

export const FIREFOX_VERSIONS = {
  'firefox-esr': process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  'firefox-140': process.env.FIREFOX_140_PATH ?? path.join(repoRoot, '.cache/firefox-140/usr/lib/firefox-esr/firefox-esr'),
} as const;
export type FirefoxVersion = keyof typeof FIREFOX_VERSIONS;

export const firefoxExtensionDir = process.env.FIREFOX_EXTENSION_DIR ?? path.join(repoRoot, '.output/firefox-mv2');
/** The manifest's gecko id; its moz-extension:// UUID is fixed by a pref so tests can address extension pages. */
export const GECKO_ID = 'indicator-lens@example.org';
export const FIREFOX_EXTENSION_UUID = '3c9d2f4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  version: FirefoxVersion;
  /** moz-extension://<uuid>/ */
  extensionOrigin: string;
  /** Every http(s) URL the browser asked for (https ones as host:port, from CONNECT). */
  requests: string[];
  close(): Promise<void>;
}

/** Records each request and forwards the fixture pages' (127.0.0.1 and localhost) to their server; refuses the rest. */
async function startRecordingProxy(requests: string[]): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') {
      res.writeHead(502).end();
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * `extension`: the unpacked build or a zip of it (the package users get); `downloadDir`: where downloads are saved.
 * `userDataDir` keeps a profile across launches (the caller removes it); the temporary add-on is installed again on
 * each launch and, with the UUID and storage kept on uninstall, finds its library where it left it.
 */
export async function launchFirefox(
  version: FirefoxVersion,
  options: { extension?: string; userDataDir?: string; locale?: string; downloadDir?: string } = {},
): Promise<FirefoxExtensionBrowser> {
  const executablePath = FIREFOX_VERSIONS[version];
  if (!fs.existsSync(executablePath)) throw new Error(`no ${version} at ${executablePath}: run \`npm run setup\` first`);
  const extension = options.extension ?? firefoxExtensionDir;
  if (!fs.existsSync(extension)) throw new Error(`no Firefox build at ${extension}: run \`npx wxt build -b firefox\` first`);
  const requests: string[] = [];
  const proxy = await startRecordingProxy(requests);
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'indicator-lens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir,
    // Extension pages (moz-extension://) can be driven only with system access allowed.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.openPopupWithoutUserGesture.enabled': true,
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
      // Downloads land in `downloadDir` without a dialog or the downloads panel, as a user's "save files to" setting.
      ...(options.downloadDir
        ? {
            'browser.download.dir': options.downloadDir,
            'browser.download.folderList': 2,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,text/markdown',
            'browser.download.alwaysOpenPanel': false,
          }
        : {}),
      // Firefox's own checks for a captive portal and connectivity would be recorded as requests: off.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // Every request through the recorder, the fixture server's on 127.0.0.1 and localhost included.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  try {
    await browser.installExtension(extension);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
  return {
    browser,
    version,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}/`,
    requests,
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      if (!options.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page in a new tab. Firefox never resolves a navigation to moz-extension:// over BiDi, so the
 * navigation is started without waiting and the page's address polled until it is there and loaded.
 */
export async function openFirefoxExtensionPage(ff: FirefoxExtensionBrowser, file: string, timeout = 15_000): Promise<Page> {
  const page = await ff.browser.newPage();
  const url = ff.extensionOrigin + file;
  void page.goto(url).catch(() => undefined);
  const until = Date.now() + timeout;
  for (;;) {
    const state = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => null);
    if (state && state[0] === url && state[1] === 'complete') return page;
    if (Date.now() > until) throw new Error(`${url} did not load in ${timeout} ms (at ${state?.[0] ?? '?'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
