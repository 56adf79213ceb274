// @vitest-environment happy-dom
// The popup asks the background for its data before its interface loads, once.
import { describe, expect, it, vi } from 'vitest';
import { prefetched, startFirstRequests } from '../../../src/ui/compare/prefetch';
import type { CompareApi, Send } from '../../../src/ui/compare/api';

function fakeApi() {
  return {
    tabResults: vi.fn(async () => []),
    libraryList: vi.fn(async () => []),
  } as unknown as CompareApi & { tabResults: ReturnType<typeof vi.fn>; libraryList: ReturnType<typeof vi.fn> };
}

function fakeSend() {
  const sent: string[] = [];
  const send = (async (type: string) => {
    sent.push(type);
    return type === 'library:list' ? { entries: [{ key: 'k' }] } : [{ tabId: 1 }];
  }) as unknown as Send;
  return { sent, send };
}

describe('first requests', () => {
  it("sends them at once and hands them to the view's first calls, later calls ask again", async () => {
    globalThis.localStorage?.setItem('il-include-library-popup', '1');
    const { sent, send } = fakeSend();
    const first = startFirstRequests('popup', send);
    expect(sent).toEqual(['tabs:results', 'library:list']);
    const api = fakeApi();
    const view = prefetched(api, first);
    await expect(view.tabResults()).resolves.toEqual([{ tabId: 1 }]);
    await expect(view.libraryList()).resolves.toEqual([{ key: 'k' }]);
    expect(api.tabResults).not.toHaveBeenCalled();
    expect(api.libraryList).not.toHaveBeenCalled();
    await view.tabResults();
    await view.libraryList({ text: '就业' });
    expect(api.tabResults).toHaveBeenCalledTimes(1);
    expect(api.libraryList).toHaveBeenCalledTimes(1);
  });

  it('leaves the library alone when the view will not include it', async () => {
    globalThis.localStorage?.setItem('il-include-library-popup', '0');
    const { sent, send } = fakeSend();
    const first = startFirstRequests('popup', send);
    expect(sent).toEqual(['tabs:results']);
    const api = fakeApi();
    await prefetched(api, first).libraryList();
    expect(api.libraryList).toHaveBeenCalledTimes(1);
  });

  it('hands a failed first request to the view as a rejection, not as an unhandled one', async () => {
    const send = (async () => {
      throw new Error('tabs:results: no handler answered');
    }) as unknown as Send;
    const view = prefetched(fakeApi(), startFirstRequests('popup', send));
    await expect(view.tabResults()).rejects.toThrow('no handler answered');
  });
});

describe("the popup's head-script handoff", () => {
  it('hands the requests over once', async () => {
    const { putEarlyRequests, takeEarlyRequests } = await import('../../../src/ui/popup/early-requests');
    const requests = { tabs: Promise.resolve([]), library: null };
    expect(takeEarlyRequests()).toBeNull();
    putEarlyRequests(requests);
    expect(takeEarlyRequests()).toBe(requests);
    expect(takeEarlyRequests()).toBeNull();
  });
});
