/**
 * The in-page side every supported browser must show, written once and run in Chromium, Firefox ESR and Firefox 140
 * ESR with the built extension: frames and the badge over them, the card on pointing at a figure (its values, and
 * clipping from it), stepping through the figures with the keyboard, the panel and going back to a passage. The card
 * and panel live in a closed shadow root no page script can reach; the tests read it as a debugger would, through
 * the browser's automation protocol (Chromium's DevTools protocol, Firefox's WebDriver BiDi: `script.callFunction`
 * with `includeShadowTree: 'all'`), and press its buttons with the pointer. Alt+Shift+J / K are the content script's
 * own key handler, not browser commands, so typed keys reach them in every browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, pageHtml } from '../../src/harness/corpus-pages';
import { browsersToRun, launchDriver, type BrowserDriver, type DrivenFrame, type DrivenPage } from '../../src/harness/drivers';
import { clickUiPartIn, clippedTexts, extensionMessage, highlightedBy, uiPartTexts, waitForUiPartIn } from '../../src/harness/driven-ui';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';
import { centreOfHighlight, paintedTexts, pollFor, settledHighlights } from '../../src/harness/page-actions';

const corpus = loadCorpus();
const byName = (name: string) => corpus.find((d) => d.name === name)!;
const SHAANXI = '000_c01e68819d8d14d7';
const COUNTY = '004_7e97ff98d8e8a41e';

/** How many figures a frame has painted. */
function paintedCount(frame: DrivenFrame): Promise<number> {
  return frame.evaluate(
    (kinds) => kinds.reduce((n, k) => n + (CSS.highlights.get(`indicator-lens-${k}`)?.size ?? 0), 0),
    ['target', 'actual', 'progress', 'masked'],
  );
}

describe.each(browsersToRun())('%s: the page, its frames and the in-page UI', (name) => {
  let driver: BrowserDriver;
  let server: FixtureServer;
  /** An extension page, to read the UI's words and the library in. */
  let ext: DrivenPage;
  const word = (key: string) => extensionMessage(ext, key);

  beforeAll(async () => {
    server = await startFixtureServer();
    driver = await launchDriver(name);
    ext = await driver.openExtensionPage('options.html');
  }, 90_000);

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('annotates the page and its same-origin iframe, leaves a cross-origin one alone, badges the sum over frames', async () => {
    const inner = server.add('/frame/inner.html', { body: pageHtml(byName(SHAANXI).source) });
    // Same server, other origin: localhost vs 127.0.0.1.
    const foreign = inner.replace('127.0.0.1', 'localhost');
    const frames = `<iframe id="same" src="${inner}" width="800" height="400"></iframe><iframe id="other" src="${foreign}" width="800" height="400"></iframe>`;
    const outer = server.add('/frame/outer.html', { body: pageHtml(byName(COUNTY).source, '', frames) });
    const page = await driver.open(outer);
    await page.bringToFront();
    const frame = (url: string) => page.frames().find((f) => f.url() === url);
    const [main, same, other] = [page.frames()[0]!, frame(inner), frame(foreign)];
    expect(same, 'the same-origin frame').toBeDefined();
    expect(other, 'the cross-origin frame').toBeDefined();
    // Both annotated frames settle (their counts hold still for a second).
    const counts = () => Promise.all([paintedCount(main), paintedCount(same!)]);
    let last = '';
    await pollFor(
      async () => {
        const now = JSON.stringify(await counts());
        const held = now === last;
        last = now;
        await new Promise((r) => setTimeout(r, 500));
        return held;
      },
      (held) => held && JSON.parse(last).every((n: number) => n > 0),
      20_000,
    );
    const [inMain, inSame] = await counts();
    const inOther = await paintedCount(other!);
    const badge = await pollFor(() => driver.badge(outer), (b) => b === String(inMain! + inSame!), 5000);
    await page.close();
    expect(inOther).toBe(0);
    expect(inSame).toBeGreaterThan(0);
    expect(inMain).toBeGreaterThan(0);
    expect(badge).toBe(String(inMain! + inSame!));
  });

  it('shows the card with the right values when pointing at a figure, painted over the page, and clips from it', async () => {
    const page = await driver.open(server.add('/card.html', { body: pageHtml(byName(SHAANXI).source) }));
    await settledHighlights(page);
    const point = await page.evaluate(centreOfHighlight, ['indicator-lens-target', '城镇新增就业40万人', 0] as const);
    expect(point, 'a target highlight over 城镇新增就业40万人以上').not.toBeNull();
    expect(await uiPartTexts(page, 'card')).toEqual([]);
    await page.moveMouse(point!.x - 40, point!.y - 40);
    await page.moveMouse(point!.x, point!.y, 4);
    await waitForUiPartIn(page, 'card');
    const card = await page.inExtensionUi(
      (root, parts) => Object.fromEntries(parts.map((p) => [p, root.querySelector(`[data-part="${p}"]`)?.textContent ?? null])),
      ['name', 'kind', 'readable', 'exact', 'region', 'period', 'sentence', 'clip'],
    );
    // Painted on top where it is laid out: the page's own hit-testing finds the UI host there (the root is closed).
    const box = await page.inExtensionUi((root) => {
      const r = root.querySelector('[data-part="card"]')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, height: r.height };
    }, null);
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-indicator-lens') ?? false, box!);
    // Clipping (a person's click) stores the record in the library (background) and says so on the button.
    const clippedBefore = await clippedTexts(ext);
    await clickUiPartIn(page, 'clip');
    const clipped = await word('card_clipped');
    const label = await pollFor(() => uiPartTexts(page, 'clip'), (t) => t[0] === clipped, 5000);
    const clippedAfter = await clippedTexts(ext);
    await page.close();
    expect(card).toMatchObject({
      name: await word('indicator_urban_new_jobs'),
      kind: await word('compare_kind_target'),
      readable: '≥40万人',
      exact: '≥ 400,000 人',
      region: '陕西省',
      period: '2022',
      clip: await word('card_clip'),
    });
    expect([clipped, await word('card_clip')]).not.toContain('');
    expect(card!.sentence).toContain('城镇新增就业40万人以上');
    expect(box!.width * box!.height).toBeGreaterThan(10_000);
    expect(onTop, `the card's middle (${box!.x}, ${box!.y}) shows the extension's UI`).toBe(true);
    expect(label).toEqual([clipped]);
    expect(clippedAfter.length).toBe(clippedBefore.length + 1);
    expect(clippedAfter.some((t) => t.includes('40万人'))).toBe(true);
  });

  describe('keyboard, panel and going back to a passage', () => {
    let page: DrivenPage;
    let url: string;
    let painted: string[];

    beforeAll(async () => {
      url = server.add('/nav.html', { body: pageHtml(byName(SHAANXI).source) });
      page = await driver.open(url);
      painted = await settledHighlights(page);
      await page.bringToFront();
    });
    afterAll(() => page?.close());

    const focused = () => highlightedBy(page, 'indicator-lens-focus');

    it('steps through figures with Alt+Shift+J / K, opening each card, and closes it with Escape', async () => {
      await page.press('Alt+Shift+KeyJ');
      const first = await pollFor(focused, (f) => f.length === 1, 5000);
      const name = await pollFor(() => uiPartTexts(page, 'name'), (n) => n.length === 1, 5000);
      await page.press('Alt+Shift+KeyJ');
      const second = await pollFor(focused, (f) => f.length === 1 && f[0] !== first[0], 5000);
      await page.press('Alt+Shift+KeyK');
      const back = await pollFor(focused, (f) => f[0] === first[0], 5000);
      await page.press('Escape');
      const card = await pollFor(() => uiPartTexts(page, 'card'), (c) => c.length === 0, 5000);
      expect(first).toHaveLength(1);
      expect(name).toHaveLength(1);
      expect(painted).toContain(first[0]);
      expect(second).toHaveLength(1);
      expect(second[0]).not.toBe(first[0]);
      expect(painted).toContain(second[0]);
      expect(back).toEqual(first);
      expect(card).toEqual([]);
    });

    it('lists the figures in page order in the panel, and flashes the one chosen', async () => {
      const reply = await driver.sendToTab(url, { type: 'panel:toggle', payload: {} });
      expect(reply).toEqual({ ok: true, value: { open: true } });
      // Core figures lead; the others wait in a group that opens on a click.
      if ((await uiPartTexts(page, 'panel-other-group')).length > 0) await clickUiPartIn(page, 'panel-other-group');
      const items = await pollFor(() => uiPartTexts(page, 'panel-item'), (i) => i.length === painted.length, 5000);
      expect(items).toHaveLength(painted.length);
      await clickUiPartIn(page, 'panel-item', 2);
      const flashed = await pollFor(() => highlightedBy(page, 'indicator-lens-flash'), (f) => f.length > 0, 5000);
      expect(flashed).toHaveLength(1);
      expect(painted).toContain(flashed[0]);
      const closed = await driver.sendToTab(url, { type: 'panel:toggle', payload: {} });
      expect(closed).toEqual({ ok: true, value: { open: false } });
      expect(await uiPartTexts(page, 'panel')).toEqual([]);
    });

    it('re-finds a stored passage by quote and context and flashes it', async () => {
      const text = await page.evaluate(() => document.body.innerText, null);
      const quote = '城镇新增就业40万人以上';
      const second = text.indexOf(quote, text.indexOf(quote) + 1);
      expect(second).toBeGreaterThan(0);
      const source = {
        url,
        title: '',
        quote,
        prefix: text.slice(second - 16, second),
        suffix: text.slice(second + quote.length, second + quote.length + 16),
      };
      await page.evaluate(() => window.scrollTo(0, 0), null);
      const reply = await driver.sendToTab(url, { type: 'reveal', payload: { source } });
      expect(reply).toEqual({ ok: true, value: { found: true } });
      const where = await page.evaluate(() => {
        const r = [...(CSS.highlights.get('indicator-lens-flash') ?? [])][0] as Range | undefined;
        return r ? { text: r.toString(), context: r.startContainer.textContent ?? '' } : null;
      }, null);
      expect(where?.text).toBe(quote);
      expect(where?.context).toContain(source.suffix.trim().slice(0, 6)); // the body occurrence, not the title
      const missing = await driver.sendToTab(url, { type: 'reveal', payload: { source: { ...source, quote: '城镇新增就业99万人' } } });
      expect(missing).toEqual({ ok: true, value: { found: false } });
      const invalid = await driver.sendToTab(url, { type: 'reveal', payload: { source: { quote: 1 } } });
      expect(invalid).toMatchObject({ ok: false });
      expect(await paintedTexts(page)).toEqual(painted);
    });
  });
});
