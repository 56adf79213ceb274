import { describe, expect, it } from 'vitest';
import { MAX_EXTRACT_TEXT, validateExtract, validateReveal } from '../../../src/messaging/validate';
import { createRouter } from '../../../src/messaging/router';

describe('validateExtract', () => {
  it('accepts page text with an optional title and url', () => {
    expect(validateExtract({ text: '城镇新增就业40万人以上', page: {} })).toBeNull();
    expect(validateExtract({ text: '', page: { title: 't', url: 'https://example.org/' } })).toBeNull();
    expect(validateExtract({ text: 'x', page: {}, preview: true })).toBeNull();
  });

  it.each([
    ['no payload', undefined],
    ['an array', []],
    ['text not a string', { text: 42, page: {} }],
    ['missing page', { text: 'x' }],
    ['page not an object', { text: 'x', page: 'https://a' }],
    ['title not a string', { text: 'x', page: { title: 1 } }],
    ['url too long', { text: 'x', page: { url: 'h'.repeat(10_000) } }],
    ['preview not a boolean', { text: 'x', page: {}, preview: 'yes' }],
  ])('rejects %s', (_label, payload) => {
    expect(validateExtract(payload)).toEqual(expect.any(String));
  });

  it('rejects text over the size cap', () => {
    expect(validateExtract({ text: 'x'.repeat(MAX_EXTRACT_TEXT + 1), page: {} })).toMatch(/longer/);
  });
});

describe('validateReveal', () => {
  const source = { url: 'u', title: 't', quote: '40万人', prefix: '', suffix: '' };
  it('needs a full SourceRef with a quote', () => {
    expect(validateReveal({ source })).toBeNull();
    expect(validateReveal({ source: { ...source, quote: '' } })).toEqual(expect.any(String));
    expect(validateReveal({ source: { url: 'u' } })).toEqual(expect.any(String));
  });
});

describe('router', () => {
  const sender = {};

  it('runs the handler only on a valid payload and reports errors as replies', async () => {
    const router = createRouter();
    const seen: unknown[] = [];
    router.on(
      'extract',
      (p) => {
        seen.push(p);
        if (p.text === 'boom') throw new Error('engine failed');
        return { relevant: false, region: null, period: null, records: [] };
      },
      validateExtract,
    );
    await expect(router.dispatch({ type: 'extract', payload: { text: 1 } }, sender)).resolves.toMatchObject({ ok: false });
    expect(seen).toEqual([]);
    await expect(router.dispatch({ type: 'extract', payload: { text: 'a', page: {} } }, sender)).resolves.toMatchObject({
      ok: true,
      value: { records: [] },
    });
    await expect(router.dispatch({ type: 'extract', payload: { text: 'boom', page: {} } }, sender)).resolves.toEqual({
      ok: false,
      error: 'engine failed',
    });
  });

  it('leaves messages it has no handler for to other listeners', () => {
    const router = createRouter();
    expect(router.dispatch({ type: 'library:add', payload: {} }, sender)).toBeUndefined();
    expect(router.dispatch('not an envelope', sender)).toBeUndefined();
  });

  it('refuses a second handler for the same type', () => {
    const router = createRouter();
    router.on('tabs:results', () => []);
    expect(() => router.on('tabs:results', () => [])).toThrow(/duplicate/);
  });
});
