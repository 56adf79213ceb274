// Highlight styles go in through the browser, per frame, in the page's theme and the user's colours.
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/messaging/router';
import { registerStyleHandlers } from '../../../src/background/style-handlers';
import type { ColourOverrides } from '../../../src/annotate/styles';

function setup(colours: ColourOverrides = {}) {
  const sheets = new Map<string, string[]>();
  const router = createRouter();
  const user = { colours };
  registerStyleHandlers(router, {
    insertCss: async (tab, frame, css) => void sheets.set(`${tab}/${frame}`, [...(sheets.get(`${tab}/${frame}`) ?? []), css]),
    removeCss: async (tab, frame, css) => void sheets.set(`${tab}/${frame}`, (sheets.get(`${tab}/${frame}`) ?? []).filter((c) => c !== css)),
    colours: async () => user.colours,
  });
  const sender = (tab: number, frame = 0) => ({ tab: { id: tab }, frameId: frame }) as never;
  return { router, sheets, sender, user };
}

describe('style handlers', () => {
  it("insert one sheet per frame in the page's theme, replace it when the colours change, take it out when asked", async () => {
    const { router, sheets, sender, user } = setup();
    expect(await router.dispatch({ type: 'styles:insert', payload: { theme: 'dark' } }, sender(3))).toEqual({ ok: true, value: { inserted: true } });
    expect(sheets.get('3/0')).toHaveLength(1);
    expect(sheets.get('3/0')![0]).toContain('::highlight(indicator-lens-target) { background-color: rgba(96, 165, 250, 0.28)');
    // The same again changes nothing; new colours replace the sheet.
    await router.dispatch({ type: 'styles:insert', payload: { theme: 'dark' } }, sender(3));
    expect(sheets.get('3/0')).toHaveLength(1);
    user.colours = { target: '#aa0000' };
    await router.dispatch({ type: 'styles:insert', payload: { theme: 'dark' } }, sender(3));
    expect(sheets.get('3/0')).toHaveLength(1);
    expect(sheets.get('3/0')![0]).toContain('#aa0000');
    // Another frame has its own.
    await router.dispatch({ type: 'styles:insert', payload: { theme: 'light' } }, sender(3, 2));
    expect(sheets.get('3/2')).toHaveLength(1);
    expect(await router.dispatch({ type: 'styles:remove', payload: {} }, sender(3))).toEqual({ ok: true, value: { removed: true } });
    expect(sheets.get('3/0')).toEqual([]);
    expect(sheets.get('3/2')).toHaveLength(1);
  });

  it("answer the annotator's colours, which it cannot read from storage itself", async () => {
    const { router, sender } = setup({ target: '#aa0000' });
    expect(await router.dispatch({ type: 'colours:get', payload: {} }, sender(3))).toEqual({ ok: true, value: { target: '#aa0000' } });
  });

  it('refuses a theme that is not one, and inserts nothing for a sender with no tab', async () => {
    const { router, sheets, sender } = setup();
    expect(await router.dispatch({ type: 'styles:insert', payload: { theme: '} body { display: none' } }, sender(3))).toMatchObject({ ok: false });
    expect(await router.dispatch({ type: 'styles:insert', payload: { theme: 'light' } }, {} as never)).toEqual({ ok: true, value: { inserted: false } });
    expect(sheets.size).toBe(0);
  });
});
