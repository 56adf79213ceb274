// Storage is closed to content scripts (which a page can drive): the background restricts every area it can at start.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { restrictStorageToExtension, type StorageAreas } from '../../../src/background/storage-access';

beforeEach(() => fakeBrowser.reset());

describe('storage restricted to trusted contexts', () => {
  it('asks the browser to keep session, local and sync storage from content scripts', async () => {
    const calls: Array<[string, unknown]> = [];
    const storage = fakeBrowser.storage as unknown as StorageAreas & Record<string, object>;
    for (const name of ['session', 'local', 'sync'] as const) {
      Object.assign(storage[name]!, { setAccessLevel: vi.fn(async (options: unknown) => void calls.push([name, options])) });
    }
    expect(await restrictStorageToExtension(storage)).toEqual(['session', 'local', 'sync']);
    expect(calls).toEqual([
      ['session', { accessLevel: 'TRUSTED_CONTEXTS' }],
      ['local', { accessLevel: 'TRUSTED_CONTEXTS' }],
      ['sync', { accessLevel: 'TRUSTED_CONTEXTS' }],
    ]);
  });

  it('leaves alone what a browser cannot restrict: Firefox has no setAccessLevel, older Chrome refuses it but for session', async () => {
    // Firefox: areas without the method.
    expect(await restrictStorageToExtension({ local: {}, sync: {} })).toEqual([]);
    const refuse = vi.fn(async () => {
      throw new Error('This StorageArea does not support setAccessLevel');
    });
    const accept = vi.fn(async () => undefined);
    expect(await restrictStorageToExtension({ session: { setAccessLevel: accept }, local: { setAccessLevel: refuse } })).toEqual(['session']);
  });
});
