// @vitest-environment happy-dom
// The popup asks the background for its data before it renders, once.
import { describe, expect, it, vi } from 'vitest';
import { prefetched } from '../../../src/ui/compare/prefetch';
import type { CompareApi } from '../../../src/ui/compare/api';

function fakeApi() {
  const api = {
    tabResults: vi.fn(async () => []),
    libraryList: vi.fn(async () => []),
  } as unknown as CompareApi & { tabResults: ReturnType<typeof vi.fn>; libraryList: ReturnType<typeof vi.fn> };
  return api;
}

describe('prefetched', () => {
  it('sends the first requests at once and hands them to the view\'s first calls', async () => {
    globalThis.localStorage?.setItem('il-include-library-popup', '1');
    const api = fakeApi();
    const view = prefetched(api, 'popup');
    expect(api.tabResults).toHaveBeenCalledTimes(1);
    expect(api.libraryList).toHaveBeenCalledTimes(1);
    await view.tabResults();
    await view.libraryList();
    expect(api.tabResults).toHaveBeenCalledTimes(1);
    expect(api.libraryList).toHaveBeenCalledTimes(1);
    await view.tabResults();
    await view.libraryList({ text: '就业' });
    expect(api.tabResults).toHaveBeenCalledTimes(2);
    expect(api.libraryList).toHaveBeenCalledTimes(2);
  });

  it('leaves the library alone when the view will not include it', () => {
    globalThis.localStorage?.setItem('il-include-library-popup', '0');
    const api = fakeApi();
    prefetched(api, 'popup');
    expect(api.libraryList).not.toHaveBeenCalled();
  });
});
