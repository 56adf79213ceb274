/**
 * 「PDF 默认用指标透镜打开」, background side: off until the option is stored as on, then two redirect rules that send a
 * tab's PDF (by its .pdf address, or by its Content-Type) to the viewer with the PDF's address whole; off again, none.
 */
import { describe, expect, it } from 'vitest';
import { applyPdfDefault, registerPdfDefaultOpen, type DynamicRules } from '../../../src/background/pdf-default-open';
import { PDF_DEFAULT_KEY, type RedirectRule } from '../../../src/pdf-viewer/pdf-redirect-rules';
import { viewedFile } from '../../../src/pdf-viewer/viewer-url';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';

/** declarativeNetRequest's dynamic rules, kept in a map; `refuse` rejects rules as an older browser would. */
function fakeRules(refuse: (rule: RedirectRule) => boolean = () => false) {
  const rules = new Map<number, RedirectRule>();
  const api: DynamicRules = {
    async updateDynamicRules({ removeRuleIds = [], addRules = [] }) {
      if (addRules.some(refuse)) throw new Error('Rule with id 2 specifies an unsupported condition');
      for (const id of removeRuleIds) rules.delete(id);
      for (const rule of addRules) rules.set(rule.id, rule);
    },
  };
  return { api, rules };
}

function fakeStorage(stored: Record<string, unknown> = {}) {
  const listeners: Array<(changes: Record<string, { newValue?: unknown }>, area: string) => void> = [];
  return {
    storage: {
      get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
      onChanged: { addListener: (l: (typeof listeners)[number]) => void listeners.push(l) },
    },
    set(on: boolean, area = 'local') {
      stored[PDF_DEFAULT_KEY] = on;
      for (const l of listeners) l({ [PDF_DEFAULT_KEY]: { newValue: on } }, area);
    },
  };
}

/** Where a rule sends a request's address, or null when it does not match (RE2's syntax here is JavaScript's too). */
function redirect(rule: RedirectRule, url: string): string | null {
  const re = new RegExp(rule.condition.regexFilter, rule.condition.isUrlFilterCaseSensitive ? '' : 'i');
  return re.test(url) ? rule.action.redirect.regexSubstitution.replace('\\0', url) : null;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PDFs open in the viewer by default', () => {
  it('is off until the option is on: no rule, so the browser\'s viewer opens PDFs', async () => {
    const { api, rules } = fakeRules();
    const { storage } = fakeStorage();
    await registerPdfDefaultOpen({ rules: api, storage, origin: ORIGIN });
    expect([...rules.keys()]).toEqual([]);
  });

  it('on: a .pdf address goes to the viewer, which reads the PDF\'s address back whole (query and all)', async () => {
    const { api, rules } = fakeRules();
    const option = fakeStorage();
    await registerPdfDefaultOpen({ rules: api, storage: option.storage, origin: ORIGIN });
    option.set(true);
    await settle();
    await settle();
    expect([...rules.keys()].sort()).toEqual([1, 2]);
    const byPath = rules.get(1)!;
    expect(byPath.condition.resourceTypes).toEqual(['main_frame']);
    const pdf = 'https://rsj.example.gov.cn/attach/2023/附件1.PDF?id=12&t=3';
    const viewer = redirect(byPath, pdf)!;
    expect(viewer.startsWith(`${ORIGIN}pdf-viewer.html?open=`)).toBe(true);
    expect(viewedFile(ORIGIN, viewer)).toBe(pdf);
    expect(redirect(byPath, 'https://example.gov.cn/list.html?file=a.pdf')).toBeNull();
    expect(redirect(byPath, 'https://example.gov.cn/a.pdfx')).toBeNull();
    expect(redirect(byPath, 'file:///home/me/a.pdf')).toBeNull();
    // The second matches any http(s) answer by its type, so a PDF served from /download?id=7 is caught too.
    expect(rules.get(2)!.condition.responseHeaders).toEqual([{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }]);
    expect(viewedFile(ORIGIN, redirect(rules.get(2)!, 'http://example.gov.cn/download?id=7')!)).toBe('http://example.gov.cn/download?id=7');
  });

  it('off again takes the rules away; a change to another area or key is ignored', async () => {
    const { api, rules } = fakeRules();
    const option = fakeStorage({ [PDF_DEFAULT_KEY]: true });
    await registerPdfDefaultOpen({ rules: api, storage: option.storage, origin: ORIGIN });
    expect(rules.size).toBe(2);
    option.set(false, 'sync');
    await settle();
    expect(rules.size).toBe(2);
    option.set(false);
    await settle();
    await settle();
    expect(rules.size).toBe(0);
  });

  it('a quick off–on–off ends off', async () => {
    const { api, rules } = fakeRules();
    const option = fakeStorage({ [PDF_DEFAULT_KEY]: true });
    await registerPdfDefaultOpen({ rules: api, storage: option.storage, origin: ORIGIN });
    option.set(false);
    option.set(true);
    option.set(false);
    for (let i = 0; i < 10; i++) await settle();
    expect(rules.size).toBe(0);
  });

  it('a browser that cannot match a response header keeps the .pdf rule', async () => {
    const { api, rules } = fakeRules((rule) => rule.condition.responseHeaders !== undefined);
    expect(await applyPdfDefault(api, ORIGIN, true)).toEqual([1]);
    expect([...rules.keys()]).toEqual([1]);
  });

  it('does nothing where the browser has no declarativeNetRequest', async () => {
    const { storage } = fakeStorage({ [PDF_DEFAULT_KEY]: true });
    await expect(registerPdfDefaultOpen({ rules: undefined, storage, origin: ORIGIN })).resolves.toBeUndefined();
  });
});
